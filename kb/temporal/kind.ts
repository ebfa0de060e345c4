/**
 * What kind of document a regulation is (RegulationKind) when no text of it states one: an
 * amendment that names a document it does not carry ("Правила … изложить в новой редакции").
 * The parser decides the kind of every text it reads; this guess is for references only, and
 * whoever uses it records a diagnostic.
 */
import type { RegulationKind } from '../../parser/types.js';

/** The word a document's name starts with → its kind. */
const FIRST_WORDS: ReadonlyArray<readonly [RegExp, RegulationKind]> = [
  [/^регламент/u, 'service_regulation'],
  [/^правил/u, 'rules'],
  [/^порядо?к/u, 'procedure'],
  [/^положени/u, 'statute'],
  [/^(перечн|перечен|списо?к)/u, 'list'],
  [/^(ставк|тариф|размер)/u, 'rates'],
  [/^методик/u, 'methodology'],
  [/^квот/u, 'quota'],
  [/^(план|программ)/u, 'plan'],
];

/** Every kind, in the order pages list them (kb/shapes/common.ts checks that none is missing). */
export const REGULATION_KINDS = [
  'service_regulation',
  'rules',
  'procedure',
  'statute',
  'list',
  'rates',
  'methodology',
  'quota',
  'plan',
  'act',
] as const satisfies readonly RegulationKind[];

/**
 * Guesses a document's kind from the first word of its name.
 * @param title the name as an operation quotes it ("Правила содержания животных", "Назначение жилищной помощи")
 * @returns the kind its first word names, or null when it names none (a bare service name)
 */
export function kindFromTitle(title: string): RegulationKind | null {
  const first = title
    .trim()
    .replace(/^[«"„“']+/u, '')
    .toLowerCase();
  for (const [word, kind] of FIRST_WORDS) if (word.test(first)) return kind;
  return null;
}

/**
 * Is a string one of the kinds?
 * @param value candidate
 * @returns true for `rules`, false for `rule`
 */
export function isRegulationKind(value: unknown): value is RegulationKind {
  return typeof value === 'string' && (REGULATION_KINDS as readonly string[]).includes(value);
}
