/**
 * The SQL prefilter of service questions (`servicePrefilter`) may only ever
 * narrow to a superset of what `serviceMatcher` accepts: a regulation it drops
 * would silently vanish from an answer.
 */
import { describe, expect, it } from 'vitest';
import { stemWords } from '../../parser/lib/stem.js';
import { serviceMatcher, servicePrefilter, serviceTerms } from '../../kb/temporal/identity.js';
import { SPHERES } from '../../bench/gen/vocab/services.js';
import { loadSeedDocuments } from './gold-as-parsed.js';

function passes(query: string, stems: readonly string[]): boolean {
  const f = servicePrefilter(query);
  if (!f) return true;
  const filed = new Set(serviceTerms(stems));
  return f.terms.reduce((n, t) => n + (filed.has(t.term) ? t.weight : 0), 0) >= f.atLeast;
}

/**
 * Service names of the generator and of the seeds, and queries made from them: whole, halves, single words, inflected,
 * truncated.
 */
async function namesAndQueries(): Promise<{ names: string[]; queries: string[] }> {
  const seedNames = (await loadSeedDocuments()).flatMap((d) => d.parsed.regulations.map((r) => r.title));
  const names = [...new Set([...SPHERES.flatMap((s) => s.services), ...seedNames])];
  const queries = new Set<string>([
    'жилищная помощь',
    'оралманов',
    'справки',
    'пособие',
    'субсидий',
    'инвалидов',
    'выдача',
    'архив',
  ]);
  for (const n of names) {
    const words = n.split(/\s+/);
    queries.add(n);
    queries.add(words.slice(0, 2).join(' '));
    queries.add(words.slice(-2).join(' '));
    queries.add(words.slice(1).join(' '));
    for (const w of words) {
      queries.add(w);
      if (w.length > 6) queries.add(w.slice(0, w.length - 2));
    }
  }
  return { names, queries: [...queries] };
}

describe('servicePrefilter', () => {
  it('never drops a regulation the service matcher accepts (every name × every query)', async () => {
    const { names, queries } = await namesAndQueries();
    let accepted = 0;
    let dropped = 0;
    for (const q of queries) {
      const matches = serviceMatcher(q);
      for (const name of names) {
        const stems = [...new Set(stemWords(name))];
        const ok = matches([name], stems);
        if (ok) {
          accepted++;
          expect(passes(q, stems), `"${q}" matches "${name}" but the prefilter drops it`).toBe(true);
        } else if (!passes(q, stems)) dropped++;
      }
    }
    // Worth having: it must also rule most non-matches out before any row is read.
    expect(accepted).toBeGreaterThan(500);
    expect(dropped).toBeGreaterThan(accepted * 10);
  });

  it('counts a stem found by the prefix rule either way, from four letters', () => {
    expect(passes('оралманов', ['присвоен', 'статус', 'оралма'])).toBe(true);
    expect(passes('оралма', ['присвоен', 'статус', 'оралман'])).toBe(true);
    expect(passes('жилищная помощь', ['назначен', 'жилищн', 'помощ'])).toBe(true);
    expect(passes('жилищная помощь', ['присвоен', 'статус', 'оралман'])).toBe(false);
    // Short stems match only whole.
    expect(passes('до', ['дом'])).toBe(false);
    expect(servicePrefilter('  «»  ')).toBeNull();
  });
});
