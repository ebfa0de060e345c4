/**
 * Merging the facts several documents state about one act. Every source is
 * kept (act_facts); the merged value prefers the act's own text, then the
 * value most sources agree on, then the smallest value (so the choice never
 * depends on import order). Disagreement is never silent: it becomes a
 * `fact_conflict` diagnostic naming every value and its sources.
 */
import type { CoIssuer, Commencement, Expiry } from '../../parser/types.js';
import type { ActFactRow } from '../schema/database.js';
import { cmpStr } from '../util.js';

/** Fields an act can have facts for. */
const ACT_FIELDS = [
  'type',
  'issuer',
  'issuer_kind',
  'region_id',
  'adopted',
  'number',
  'title',
  'registry_number',
  'registered',
  'registration_authority',
  'published',
  'published_in',
  'commencement',
  'signed_by',
  'status',
  'expiry',
  'co_issuers',
] as const;

/** One act field name. */
export type ActField = (typeof ACT_FIELDS)[number];

/** An act as merged from its facts. */
export interface MergedAct {
  id: string;
  values: Record<ActField, string | null>;
  commencement: Commencement | null;
  /** The end of force the act's texts state (истечение срока), or null. */
  expiry: Expiry | null;
  /** Further issuers of a joint act, in printed order. */
  coIssuers: CoIssuer[];
  /** Some document is this act's own text. */
  inCorpus: boolean;
  documentIds: string[];
  conflicts: Array<{ field: ActField; message: string }>;
}

/**
 * Merges one act's facts.
 * @param id the act id
 * @param facts every fact row about the act
 * @param filenameOf how to name a document in messages
 * @returns merged values and conflicts
 */
export function mergeActFacts(
  id: string,
  facts: readonly ActFactRow[],
  filenameOf: (documentId: string) => string,
): MergedAct {
  const values = Object.fromEntries(ACT_FIELDS.map((f) => [f, null])) as Record<ActField, string | null>;
  const conflicts: MergedAct['conflicts'] = [];
  for (const field of ACT_FIELDS) {
    const rows = facts.filter((f) => f.field === field);
    if (rows.length === 0) continue;
    const groups = groupByNormalized(field, rows);
    const chosen = groups[0];
    if (!chosen) continue;
    values[field] = chosen.value;
    if (groups.length > 1) {
      const list = groups
        .map(
          (g) =>
            `"${display(field, g.value)}" ` +
            `(${g.rows.map((r) => `${filenameOf(r.document_id)}${r.role === 'self' ? ', own text' : ''}`).join('; ')})`,
        )
        .join(' vs ');
      const why =
        chosen.self > 0
          ? "the act's own text"
          : chosen.rows.length > (groups[1]?.rows.length ?? 0)
            ? 'most sources'
            : 'a fixed order, no source outweighs the other';
      conflicts.push({
        field,
        message: `act ${id}: conflicting ${field}: ${list}; using "${display(field, chosen.value)}" (${why})`,
      });
    }
  }
  const documentIds = [...new Set(facts.filter((f) => f.role === 'self').map((f) => f.document_id))].sort(cmpStr);
  const commencement = values.commencement ? (JSON.parse(values.commencement) as Commencement) : null;
  const expiry = values.expiry ? (JSON.parse(values.expiry) as Expiry) : null;
  const coIssuers = values.co_issuers ? (JSON.parse(values.co_issuers) as CoIssuer[]) : [];
  return { id, values, commencement, expiry, coIssuers, inCorpus: documentIds.length > 0, documentIds, conflicts };
}

interface Group {
  key: string;
  value: string;
  rows: ActFactRow[];
  self: number;
}

/** Groups equal values (after normalising) and orders the groups best first. */
function groupByNormalized(field: ActField, rows: readonly ActFactRow[]): Group[] {
  const byKey = new Map<string, ActFactRow[]>();
  for (const row of rows) {
    const key = normalize(field, row.value);
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  const groups = [...byKey.entries()].map(([key, members]): Group => {
    // Within a group the own text's spelling wins, then the smallest spelling.
    const own = members.filter((r) => r.role === 'self');
    const pool = (own.length > 0 ? own : members).map((r) => r.value).sort(cmpStr);
    // Sources listed by document, not by import order (concurrent importers interleave their rows).
    const rows = [...members].sort((x, y) => cmpStr(x.document_id, y.document_id) || cmpStr(x.path, y.path));
    return { key, value: pool[0] ?? '', rows, self: own.length };
  });
  return groups.sort((a, b) => b.self - a.self || b.rows.length - a.rows.length || cmpStr(a.key, b.key));
}

/** Values equal for people compare equal: quotes, case, spacing and a final full stop do not count. */
function normalize(field: ActField, value: string): string {
  if (field === 'commencement') {
    const c = JSON.parse(value) as Commencement;
    return `${c.kind}|${c.days ?? ''}|${c.date ?? ''}`;
  }
  // Two texts saying the act expired on the same day agree, whatever their words.
  if (field === 'expiry') return (JSON.parse(value) as Expiry).date ?? 'undated';
  if (field === 'co_issuers')
    return (JSON.parse(value) as CoIssuer[]).map((c) => `${c.issuerKind}|${c.number ?? ''}`).join(';');
  return value
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»“”„"']/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '')
    .trim();
}

function display(field: ActField, value: string): string {
  if (field === 'expiry') return (JSON.parse(value) as Expiry).date ?? 'expired, date not stated';
  if (field === 'co_issuers') return normalize(field, value);
  if (field !== 'commencement') return value;
  const c = JSON.parse(value) as Commencement;
  return [c.kind, c.days, c.date].filter((x) => x !== null && x !== undefined).join(' ');
}
