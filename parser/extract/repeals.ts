import type { DocModel } from '../markdown/read.js';
import type { ActRef } from '../types.js';
import { findActMentions } from './act-ref.js';
import type { Evidence } from './evidence.js';
import { clausesOf } from './provisions.js';
import { readTargetFacts } from './target-facts.js';

const REPEAL = /Признать\s+утратившим\p{L}*\s+силу/u;

/** Acts this act repeals: "Признать утратившим силу постановление … от … № …" (one per clause or subpoint). */
export function extractRepeals(doc: DocModel, ev: Evidence): ActRef[] {
  const out: ActRef[] = [];
  for (const point of doc.points) {
    const clauses = clausesOf(point);
    if (!REPEAL.test(clauses[0]!.text)) continue;
    for (const clause of clauses) {
      const start = REPEAL.exec(clause.text)?.index ?? 0;
      // Skip the "… следующие постановления:" head when the acts are listed below it.
      for (const mention of findActMentions(clause.text.slice(start))) {
        // "Признать утратившими силу следующие постановления акимата …:" names the body, not an act.
        if (!mention.ref.adopted && !mention.ref.number) continue;
        const facts = readTargetFacts(clause.text.slice(start + mention.end, start + mention.end + 400));
        const i = out.length;
        if (mention.dateText) ev.add(`repeals[${i}].adopted`, clause, mention.dateText);
        if (mention.numberText) ev.add(`repeals[${i}].number`, clause, mention.numberText);
        out.push({
          ...mention.ref,
          registryNumber: facts.registryNumber,
          published: facts.published,
          publishedIn: facts.publishedIn,
          registered: facts.registered,
        });
      }
    }
  }
  return out;
}
