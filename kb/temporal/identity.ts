/**
 * Regulation identity across documents: within one approving (base) act, the
 * editions of one service's regulation are grouped by the service name,
 * compared on stemmed words so case endings, quote styles and small wording
 * changes still match ("кресло-коляски" / "кресла-коляски").
 *
 * Two appendices of the same act are never the same regulation, so an item
 * never joins a group that already holds an item from its act. Items are
 * visited in a fixed order (the caller's `order` key), which makes the grouping
 * a function of the set of items, not of the order documents were imported in.
 */
import { similarity, stemKey, stemWords } from '../../parser/lib/stem.js';

/** Dice similarity of stems at or above which two service names are taken as one service. */
const SERVICE_MATCH_THRESHOLD = 0.8;

/** One mention of a service in a family (a regulation text or an amendment operation). */
export interface ServiceItem {
  /** Unique within the family. */
  key: string;
  /** The name identity is decided on. */
  serviceName: string;
  sourceActId: string;
  /** Sort key; clusters take their canonical name from the first item in this order. */
  order: string;
}

/** A group of items taken as one regulation. */
export interface ServiceCluster {
  items: ServiceItem[];
  /** Service name of the first item. */
  canonical: string;
  /** stemKey of the canonical name. */
  serviceKey: string;
  /** Items that joined on similarity rather than on an identical stem key. */
  fuzzy: Array<{ item: ServiceItem; matched: ServiceItem; score: number }>;
}

/**
 * Groups service mentions into regulations.
 * @param items mentions within one base act
 * @returns clusters in order of their first item
 */
export function clusterServices(items: ServiceItem[]): ServiceCluster[] {
  const sorted = [...items].sort((a, b) => cmp(a.order, b.order) || cmp(a.key, b.key));
  const clusters: Array<ServiceCluster & { keys: Set<string>; acts: Set<string> }> = [];
  for (const item of sorted) {
    const key = stemKey(item.serviceName);
    const open = clusters.filter((c) => !c.acts.has(item.sourceActId));
    const exact = open.find((c) => c.keys.has(key));
    let target = exact;
    if (!target) {
      let best: { cluster: (typeof clusters)[number]; member: ServiceItem; score: number } | null = null;
      for (const c of open) {
        for (const member of c.items) {
          const score = similarity(item.serviceName, member.serviceName);
          if (score >= SERVICE_MATCH_THRESHOLD && (!best || score > best.score)) best = { cluster: c, member, score };
        }
      }
      if (best) {
        target = best.cluster;
        target.fuzzy.push({ item, matched: best.member, score: round(best.score) });
      }
    }
    if (!target) {
      target = { items: [], canonical: item.serviceName, serviceKey: key, fuzzy: [], keys: new Set(), acts: new Set() };
      clusters.push(target);
    }
    target.items.push(item);
    target.keys.add(key);
    target.acts.add(item.sourceActId);
  }
  return clusters.map(({ items: members, canonical, serviceKey, fuzzy }) => ({
    items: members,
    canonical,
    serviceKey,
    fuzzy,
  }));
}

/**
 * Does a user's service query match a regulation's names? Every stemmed word of
 * the query must occur among the stems of one of the names (a stem that is a
 * prefix of the other counts, from 4 letters: the stemmer cuts "оралмана" to
 * "оралма" but "оралманов" to "оралман"), or the query must be similar enough
 * to a whole name.
 * @param query what the user typed ("жилищная помощь")
 * @param names the regulation's titles over time
 * @returns true on a match
 */
export function serviceMatches(query: string, names: string[]): boolean {
  return serviceMatcher(query)(
    names,
    names.flatMap((n) => stemWords(n)),
  );
}

/**
 * The same test, prepared once per query for many regulations.
 * @param query what the user typed
 * @returns a test taking a regulation's names and their precomputed stems
 */
export function serviceMatcher(query: string): (names: readonly string[], stems: readonly string[]) => boolean {
  const wanted = stemWords(query);
  return (names, stems) => {
    if (wanted.length === 0) return true;
    const found = wanted.filter((w) => stems.some((h) => sameStem(w, h))).length;
    if (found === wanted.length) return true;
    // Similarity needs most words shared; skip the costly comparison otherwise.
    if (found < wanted.length * 0.6) return false;
    return names.some((name) => similarity(query, name) >= SERVICE_MATCH_THRESHOLD);
  };
}

/**
 * The key a regulation is filed under for one of its stems in the service
 * index (`regulation_terms`): the stem's first four letters, or the whole stem
 * when shorter. A stem the matcher counts as found (equal, or one a prefix of
 * the other from four letters) always has the query stem's key, so looking a
 * query's keys up in the index loses no regulation the matcher accepts.
 * @param stem a stem from `stemWords`
 * @returns its key
 */
export function serviceTerm(stem: string): string {
  return stem.length < 4 ? stem : stem.slice(0, 4);
}

/**
 * The distinct keys (`serviceTerm`) of a regulation's stems, as the service index files them.
 * @param stems the regulation's stems
 * @returns keys, sorted
 */
export function serviceTerms(stems: readonly string[]): string[] {
  return [...new Set(stems.map(serviceTerm))].sort(cmp);
}

/** What a service question looks up in the service index. */
export interface ServicePrefilter {
  /** Each query stem's key, with how many query stems share it. */
  terms: Array<{ term: string; weight: number }>;
  /** The weights of the keys a regulation has must add up to at least this. */
  atLeast: number;
}

/**
 * A necessary condition for `serviceMatcher`, cheap enough for the database to
 * test from an index before any edition is read: the regulation must be filed
 * under enough of the query stems' keys (`serviceTerm`) that, counting each query
 * stem once, at least `atLeast` of them are found. A regulation the matcher
 * accepts always passes; one that passes may still fail the exact test, which
 * runs on the rows read.
 * @param query what the user typed
 * @returns the keys and how many query stems must be found; null when every regulation matches
 */
export function servicePrefilter(query: string): ServicePrefilter | null {
  const wanted = stemWords(query);
  if (wanted.length === 0) return null;
  const weights = new Map<string, number>();
  for (const w of wanted) {
    const term = serviceTerm(w);
    weights.set(term, (weights.get(term) ?? 0) + 1);
  }
  // The matcher gives up below 0.6 of the stems found: the smallest count it does not give up at.
  let atLeast = 0;
  while (atLeast < wanted.length * 0.6) atLeast++;
  return { terms: [...weights].sort((a, b) => cmp(a[0], b[0])).map(([term, weight]) => ({ term, weight })), atLeast };
}

function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
