/** The server's `instructions`: how an assistant should use what the tools return. */
export const INSTRUCTIONS =
  `zankb answers which regional normative acts of Kazakhstan (resolutions of ` +
  `akimats, decisions of maslikhats and akims) and which editions of their regulations applied in a region ` +
  `on a date, and why.

How to answer with it:
- Answer only from what the tools returned. Do not add facts, dates, numbers or act names from memory; if the ` +
  `tools do not say it, say that the knowledge base does not say it.
- Cite: put the returned link (the "link"/"Ссылка" URL of the regulation, act or source sentence) next to every ` +
  `fact you state, so the reader can check it on the page.
- State uncertainty as given. Dates come with their wording and certainty: "exact" dates are facts; "bounded" ` +
  `ones are only known to lie after (or before) a date — say "не ранее …"/"not before …"; "estimated" upper bounds ` +
  `are assumptions (publication assumed within 30 days), never facts. A status "uncertain" (под вопросом) means ` +
  `the date falls inside a window where the edition may not yet (or no longer) apply: say so and name the window ` +
  `and the edition that applies otherwise.
- When nothing applied, say so and why, as the tool says it (no edition in force on that date, no regulation ` +
  `with those words, or an unknown region), and suggest what the tool suggests.
- Typical path: regions (if unsure how a region is named) → applicable_rules(region, date, words) → ` +
  `regulation_text for the wording in force, regulation_history for how it changed, compare_editions for what ` +
  `changed, act for an act's facts and sources, search for words in the texts.
- Everything is read-only; the tools never change the knowledge base.`;
