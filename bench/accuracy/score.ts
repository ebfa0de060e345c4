/**
 * Scores one ParsedDocument against the facts a lawyer reads off the same text. Pure: every
 * expected fact is one row (right or wrong), and so is every fact the parser found that the
 * expectations do not have (an extra amendment operation or repeal counts against it).
 */
import type { ParsedDocument } from '../../parser/types.js';
import type { Expectation } from './expectations.js';

export interface FieldResult {
  /** Field group, the unit of the accuracy table (`act.adopted`, `amends.operation`). */
  field: string;
  ok: boolean;
  expected: unknown;
  got: unknown;
}

type Ref = { adopted: string | null; number: string | null } | null | undefined;

/** Compare text the way a reader does: case, quote style, spacing and a final period do not count. */
export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  return normText(a) === normText(b);
}

function normText(s: string | null | undefined): string | null {
  if (s == null) return null;
  return (
    s
      .normalize('NFC')
      .toLowerCase()
      .replace(/ё/gu, 'е')
      .replace(/[«»“”„"']/gu, '')
      .replace(/[‐‑‒–—−]/gu, '-')
      // A hyphen spaced on one side only is an extraction slip («детей -сирот»), not a dash.
      .replace(/(\S) -(?=\S)|(\S)- (?=\S)/gu, (_, a, b) => `${a ?? b}-`)
      // «N 1230» and «№ 1230» are the same sign in the register's texts.
      .replace(/\bn\s*(?=\d)/gu, '№ ')
      .replace(/№\s*/gu, '№ ')
      .replace(/\s+/gu, ' ')
      .replace(/[\s.;:]+$/u, '')
      .trim()
  );
}

/** A service regulation is titled by its service: `Регламент государственной услуги "X"` reads as `X`. */
function regulationTitle(s: string): string | null {
  return normText(s.replace(/^\s*регламент\s+(?:оказания\s+)?государственной\s+услуги\s*/iu, ''));
}

/** Act numbers as printed: `№`, spaces and Latin/Cyrillic look-alikes do not count. */
function normNumber(s: string | null | undefined): string | null {
  if (s == null) return null;
  const latinToCyrillic: Record<string, string> = { C: 'С', c: 'с', A: 'А', a: 'а', B: 'В', E: 'Е', e: 'е' };
  return s
    .replace(/^№\s*/u, '')
    .replace(/\s+/gu, '')
    .replace(/[CcAaBEe]/gu, (ch) => latinToCyrillic[ch] ?? ch)
    .toUpperCase();
}

function refKey(r: Ref): string {
  return r ? `${r.adopted ?? '?'}|${normNumber(r.number) ?? '?'}` : 'null';
}

function row(field: string, ok: boolean, expected: unknown, got: unknown): FieldResult {
  return { field, ok, expected, got };
}

function eq(field: string, expected: unknown, got: unknown): FieldResult {
  const ok =
    typeof expected === 'string' || typeof got === 'string'
      ? sameText(asText(expected), asText(got))
      : (expected ?? null) === (got ?? null);
  return row(field, ok, expected, got ?? null);
}

function asText(v: unknown): string | null {
  return typeof v === 'string' ? v : v == null ? null : String(v);
}

/** Every scored field of one case. */
export function score(expected: Expectation, got: ParsedDocument | null): FieldResult[] {
  const out: FieldResult[] = [...scoreAct(expected.act, got)];
  if (expected.regulations) out.push(...scoreRegulations(expected.regulations, got));
  if (expected.amends) out.push(...scoreAmends(expected.amends, got));
  if (expected.repeals) out.push(...scoreRefs('repeals', expected.repeals, got?.repeals ?? []));
  return out;
}

function scoreAct(e: Expectation['act'], doc: ParsedDocument | null): FieldResult[] {
  const a = doc?.act;
  const out = [
    eq('act.type', e.type, a?.type),
    eq('act.issuerKind', e.issuerKind, a?.issuerKind),
    eq('act.region.oblast', e.region.oblast, a?.region.oblast),
    eq('act.region.district', e.region.district, a?.region.district),
    eq('act.region.city', e.region.city, a?.region.city),
    eq('act.adopted', e.adopted, a?.adopted),
    row('act.number', normNumber(e.number) === normNumber(a?.number), e.number, a?.number ?? null),
    row(
      'act.registration',
      e.registration === null
        ? !a?.registration?.date && !a?.registration?.number
        : e.registration.date === (a?.registration?.date ?? null) &&
            normNumber(e.registration.number) === normNumber(a?.registration?.number),
      e.registration,
      a?.registration ? { date: a.registration.date, number: a.registration.number } : null,
    ),
    eq('act.status', e.status, a?.status),
    row('act.repealedBy', refKey(e.repealedBy) === refKey(a?.repealedBy), e.repealedBy, pickRef(a?.repealedBy)),
  ];
  if (e.expires !== undefined) out.push(eq('act.expires', e.expires, a?.expiry?.date ?? null));
  if (e.coIssuers) {
    const key = (c: { issuerKind: string; number: string | null }) => `${c.issuerKind}|${normNumber(c.number)}`;
    const want = e.coIssuers.map(key).sort().join(', ');
    const have = (a?.coIssuers ?? []).map(key).sort().join(', ');
    out.push(row('act.coIssuers', want === have, e.coIssuers, a?.coIssuers ?? []));
  }
  return out;
}

function pickRef(r: Ref): { adopted: string | null; number: string | null } | null {
  return r ? { adopted: r.adopted, number: r.number } : null;
}

function scoreRegulations(want: NonNullable<Expectation['regulations']>, doc: ParsedDocument | null): FieldResult[] {
  const have = doc?.regulations ?? [];
  const out = [row('regulations.count', want.length === have.length, want.length, have.length)];
  want.forEach((w, i) => {
    const h = have[i];
    out.push(row('regulations.kind', w.kind === h?.kind, w.kind, h?.kind ?? null));
    out.push(
      row('regulations.title', regulationTitle(w.title) === regulationTitle(h?.title ?? ''), w.title, h?.title ?? null),
    );
  });
  return out;
}

function scoreAmends(want: NonNullable<Expectation['amends']>, doc: ParsedDocument | null): FieldResult[] {
  const have = doc?.amends ?? [];
  const out = [row('amends.count', want.length === have.length, want.length, have.length)];
  const used = new Set<number>();
  for (const w of want) {
    // The amended act is matched by its date and number, then by order among the unmatched.
    let j = have.findIndex((h, k) => !used.has(k) && refKey(h.target) === refKey(w.target));
    if (j < 0) j = have.findIndex((_, k) => !used.has(k));
    const h = j >= 0 ? have[j] : undefined;
    if (j >= 0) used.add(j);
    out.push(row('amends.target', refKey(w.target) === refKey(h?.target), w.target, pickRef(h?.target)));
    const key = (o: { kind: string; provision?: string | null }) =>
      o.provision === undefined ? o.kind : `${o.kind}|${o.provision ?? '-'}`;
    const got = (h?.operations ?? []).map((o) => ({ kind: o.kind, provision: o.provision ?? null }));
    const left = [...got];
    for (const op of w.operations) {
      const k = key(op);
      const at = left.findIndex((g) => key(op.provision === undefined ? { kind: g.kind } : g) === k);
      out.push(row('amends.operation', at >= 0, k, at >= 0 ? k : null));
      if (at >= 0) left.splice(at, 1);
    }
    for (const extra of left) out.push(row('amends.operation', false, null, key(extra)));
  }
  return out;
}

function scoreRefs(field: string, want: NonNullable<Ref>[], have: NonNullable<Ref>[]): FieldResult[] {
  const left = have.map(refKey);
  const out: FieldResult[] = [];
  for (const w of want) {
    const at = left.indexOf(refKey(w));
    out.push(row(field, at >= 0, refKey(w), at >= 0 ? left[at] : null));
    if (at >= 0) left.splice(at, 1);
  }
  for (const extra of left) out.push(row(field, false, null, extra));
  return out;
}
