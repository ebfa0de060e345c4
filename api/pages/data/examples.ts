/**
 * Questions worth asking, taken from the knowledge base (never written into the page): for each
 * region a date on which some of its documents surely applied, and for the home page's examples
 * an answer with documents and an empty answer that explains what ended before the date.
 */
import type { DateBound, Kb } from '../../../kb/index.js';

/** A date and the words that make a question show something. */
export interface Example {
  regionId: string;
  date: string;
  /** Service words (a few words of a document's name), or '' for the whole region. */
  service: string;
  /** What the answer shows: `applies` (documents in force) or `ended` (all of them ended before). */
  shows: 'applies' | 'ended';
}

interface Span {
  regionId: string;
  regulationId: string;
  title: string;
  /** First day the edition surely applies (after its start window). */
  sure: string;
  /** First day it may have ended, or null when no end is known. */
  end: string | null;
}

/**
 * For every region with documents, a date inside the newest edition's sure window.
 * @param kb the knowledge base
 * @returns region id → example (applies)
 */
export async function regionExamples(kb: Kb): Promise<Map<string, Example>> {
  const out = new Map<string, Example>();
  for (const s of await spans(kb)) {
    if (s.end !== null && s.end <= s.sure) continue;
    const date = s.end === null ? s.sure : middle(s.sure, s.end);
    const seen = out.get(s.regionId);
    if (!seen || date > seen.date) out.set(s.regionId, { regionId: s.regionId, date, service: '', shows: 'applies' });
  }
  return out;
}

/**
 * The home page's examples: the region with the most documents on a date they apply, then a
 * document after its end (the answer says what ended, when and by which act).
 * @param kb the knowledge base
 * @returns up to two examples
 */
export async function homeExamples(kb: Kb): Promise<Example[]> {
  const all = await spans(kb);
  const out: Example[] = [];
  const byRegion = await regionExamples(kb);
  const counts = new Map<string, number>();
  for (const s of all) counts.set(s.regionId, (counts.get(s.regionId) ?? 0) + 1);
  const busiest = [...byRegion.values()].sort(
    (a, b) => (counts.get(b.regionId) ?? 0) - (counts.get(a.regionId) ?? 0) || (a.regionId < b.regionId ? -1 : 1),
  )[0];
  if (busiest) out.push(busiest);
  // An ended document: the one whose last edition ended latest, asked about 30 days after its end
  // with two words of its name, so that nothing else of the region answers.
  const last = new Map<string, Span>();
  for (const s of all) {
    const seen = last.get(s.regulationId);
    if (!seen || (seen.end !== null && (s.end === null || s.end > seen.end))) last.set(s.regulationId, s);
  }
  const ended = [...last.values()]
    .filter((s): s is Span & { end: string } => s.end !== null)
    .sort((a, b) => (a.end < b.end ? 1 : a.end > b.end ? -1 : a.regulationId < b.regulationId ? -1 : 1));
  for (const s of ended) {
    const service = nameWords(s.title);
    if (!service) continue;
    out.push({ regionId: s.regionId, date: addDays(s.end, 45), service, shows: 'ended' });
    break;
  }
  return out;
}

async function spans(kb: Kb): Promise<Span[]> {
  const rows = await kb.db
    .selectFrom('regulation_versions as v')
    .innerJoin('regulations as r', 'r.id', 'v.regulation_id')
    .select(['v.region_id', 'v.regulation_id', 'r.title', 'v.valid_from', 'v.valid_to'])
    .where('v.region_id', 'is not', null)
    .orderBy('v.id')
    .execute();
  return rows.map((r) => {
    const from = JSON.parse(r.valid_from) as DateBound;
    const to = r.valid_to ? (JSON.parse(r.valid_to) as DateBound) : null;
    return {
      regionId: r.region_id!,
      regulationId: r.regulation_id,
      title: r.title ?? '',
      sure: from.latest ?? from.estimatedLatest ?? from.earliest ?? '9999-12-31',
      end: to ? to.earliest : null,
    };
  });
}

/** Three words of a document's name that are not service boilerplate. */
function nameWords(title: string): string {
  const common = /^(оказани|государствен|услуг|регламент|документ|специальн|социальн|порядк|правил)/i;
  const words = title.split(/[^\p{L}-]+/u).filter((w) => w.length >= 5 && !common.test(w));
  return words.slice(0, 3).join(' ');
}

function middle(a: string, b: string): string {
  const t = (Date.parse(`${a}T00:00:00Z`) + Date.parse(`${b}T00:00:00Z`)) / 2;
  return new Date(t).toISOString().slice(0, 10);
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
