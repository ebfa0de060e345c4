/**
 * The row filter: which matching rows pass the region and date filters. A row id lies in one
 * document's run of ids (`search_docs`), and within it in a group of rows that share kind, text
 * and scope act (`EntryGroup`, kb/search/indexer.ts), so a filter is decided once per group run
 * rather than per row; date decisions (kb/search/applied.ts) are looked up in batches and kept
 * for the query.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import { parseJson } from '../util.js';
import { appliedOn } from './applied.js';
import { type Candidate, tieOrder } from './candidate.js';
import { docsCovering } from './fts-sqlite.js';
import type { EntryGroup } from './indexer.js';
import type { SearchHitApplicability } from './types.js';

/** A document's entry range as `search_docs` stores it. */
interface DocRange {
  start: number;
  end: number;
  documentId: string;
  actId: string;
  groups: EntryGroup[];
}

/**
 * What the query knows about rows: the documents their ids lie in and the date decisions, each
 * looked up once per query, in batches; the region filter as the set of the region's acts.
 */
export class RowFilter {
  private readonly docs: DocRange[] = [];
  private readonly texts = new Map<string, SearchHitApplicability | null>();
  private readonly acts = new Map<string, SearchHitApplicability | null>();
  /** Texts and acts decided for the date so far. */
  decisions = 0;

  /**
   * @param db the database
   * @param date the date filter
   * @param regionActs the acts of the region filter (those whose region is in its scope)
   */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly date: string | null,
    private readonly regionActs: ReadonlySet<string> | null,
  ) {}

  /**
   * The rows that pass the region and date filters, in the order given.
   * @param rowids entry row ids, ascending
   * @param bound when given, only rows before it in tie order (the others are not even decided)
   * @returns their candidates
   */
  async pass(rowids: readonly number[], bound: Candidate | null = null): Promise<Candidate[]> {
    const out: Candidate[] = [];
    await this.each(
      rowids,
      (rowid, doc, g, applied) => {
        const c: Candidate = {
          rowid,
          kind: g[1],
          actId: doc.actId,
          documentId: doc.documentId,
          ordinal: rowid - doc.start,
          textId: g[2],
        };
        if (applied) c.applied = applied;
        out.push(c);
      },
      bound,
    );
    return out;
  }

  /**
   * How many of the rows pass the filters.
   * @param rowids entry row ids, ascending
   * @returns the count
   */
  async count(rowids: readonly number[]): Promise<number> {
    let n = 0;
    await this.each(rowids, () => n++);
    return n;
  }

  /**
   * Calls `fn` for each row passing the filters (in the order given; only rows before `bound`
   * when given), after loading what they need.
   */
  private async each(
    rowids: readonly number[],
    fn: (rowid: number, doc: DocRange, g: EntryGroup, applied: SearchHitApplicability | undefined) => void,
    bound: Candidate | null = null,
  ): Promise<void> {
    if (rowids.length === 0) return;
    await this.loadDocs(rowids);
    const inBound = (doc: DocRange, rowid: number) =>
      !bound || tieOrder({ actId: doc.actId, documentId: doc.documentId, ordinal: rowid - doc.start }, bound) < 0;
    if (this.date) {
      const texts = new Set<string>();
      const acts = new Set<string>();
      this.walk(rowids, (rowid, doc, g) => {
        if ((!this.regionActs || this.regionActs.has(g[3])) && inBound(doc, rowid)) {
          if (g[2] !== null) {
            if (!this.texts.has(g[2])) texts.add(g[2]);
          } else if (g[1] === 'act' && !this.acts.has(doc.actId)) acts.add(doc.actId);
        }
        return false;
      });
      if (texts.size + acts.size > 0) await this.loadDates([...texts], [...acts]);
    }
    let applied: SearchHitApplicability | undefined;
    this.walk(rowids, (rowid, doc, g, first) => {
      if (first) {
        applied = undefined;
        if (this.regionActs && !this.regionActs.has(g[3])) return true;
        if (this.date && !inBound(doc, rowid)) return true; // rows after it in the run come later in tie order too
        if (this.date) {
          applied =
            (g[2] !== null ? this.texts.get(g[2]) : g[1] === 'act' ? this.acts.get(doc.actId) : null) ?? undefined;
          if (!applied) return true;
        }
      }
      if (inBound(doc, rowid)) fn(rowid, doc, g, applied);
      return false;
    });
  }

  /**
   * Visits rows (ascending) with their document and group; `first` is true on the first row of
   * each run in one group, and when the visitor then returns true the rest of the run is skipped.
   */
  private walk(
    rowids: readonly number[],
    visit: (rowid: number, doc: DocRange, g: EntryGroup, first: boolean) => boolean,
  ): void {
    let doc: DocRange | undefined;
    let gi = -1;
    let gEnd = -1;
    let skip = false;
    for (const rowid of rowids) {
      if (!doc || rowid >= doc.end || rowid < doc.start) {
        doc = this.docAt(rowid);
        gi = -1;
        gEnd = -1;
        if (!doc) continue;
      }
      const ordinal = rowid - doc.start;
      let first = false;
      if (gi < 0 || ordinal >= gEnd || ordinal < doc.groups[gi]![0]) {
        gi = groupIndex(doc.groups, ordinal);
        gEnd = gi + 1 < doc.groups.length ? doc.groups[gi + 1]![0] : doc.end - doc.start;
        first = true;
      }
      if (!first && skip) continue;
      skip = visit(rowid, doc, doc.groups[gi]!, first);
    }
  }

  private docAt(rowid: number): DocRange | undefined {
    const d = this.docs;
    let lo = 0;
    let hi = d.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (d[mid]!.start <= rowid) lo = mid + 1;
      else hi = mid - 1;
    }
    const doc = d[hi];
    return doc && rowid < doc.end ? doc : undefined;
  }

  private async loadDocs(rowids: readonly number[]): Promise<void> {
    for (;;) {
      const missing: number[] = [];
      let doc: DocRange | undefined;
      for (const r of rowids) {
        if (doc && r >= doc.start && r < doc.end) continue;
        doc = this.docAt(r);
        if (!doc) missing.push(r);
      }
      if (missing.length === 0) return;
      // A document covers a run of row ids: a sample of the missing ones finds most of them; the next round the rest.
      const step = Math.max(1, Math.floor(missing.length / 256));
      const sample = missing.filter((_, i) => i % step === 0);
      const ids = (await docsCovering(this.db, sample)).filter((id) => !this.docAt(id));
      if (ids.length === 0) return; // rows without a document (cannot happen: entries are written with theirs)
      for (let i = 0; i < ids.length; i += 5000) {
        const found = await this.db
          .selectFrom('search_docs')
          .selectAll()
          .where('id', 'in', ids.slice(i, i + 5000))
          .execute();
        for (const r of found) {
          const start = Number(r.id);
          this.docs.push({
            start,
            end: start + Number(r.entries),
            documentId: r.document_id,
            actId: r.act_id,
            groups: parseJson<EntryGroup[]>(r.groups, []),
          });
        }
      }
      this.docs.sort((a, b) => a.start - b.start);
    }
  }

  private async loadDates(textIds: readonly string[], actIds: readonly string[]): Promise<void> {
    this.decisions += textIds.length + actIds.length;
    const applied = await appliedOn(this.db, this.date!, { textIds, actIds });
    for (const id of textIds) this.texts.set(id, applied.texts.get(id) ?? null);
    for (const id of actIds) this.acts.set(id, applied.acts.get(id) ?? null);
  }
}

/** The index of the group an ordinal lies in (groups sorted by their first ordinal, the first at 0). */
function groupIndex(groups: readonly EntryGroup[], ordinal: number): number {
  let lo = 0;
  let hi = groups.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (groups[mid]![0] <= ordinal) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
