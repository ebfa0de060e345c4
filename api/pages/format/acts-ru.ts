/**
 * Acts named in Russian: `постановление акимата Западно-Казахстанской области от 22.05.2018 № 119`,
 * short forms in the cases sentences need (`постановлением № 131 от 05.06.2020`).
 */
import type { ActType } from '../../../parser/types.js';
import { ruDate } from './dates-ru.js';

/** Grammatical case of the act's type noun. */
export type Case = 'nom' | 'gen' | 'ins'; // именительный | родительный | творительный

/** The type noun in each case; an act of unknown type is an "акт". */
const TYPE_WORDS: Record<ActType | 'unknown', Record<Case, string>> = {
  resolution: { nom: 'постановление', gen: 'постановления', ins: 'постановлением' }, // постановление акимата
  decision: { nom: 'решение', gen: 'решения', ins: 'решением' }, // решение маслихата или акима
  order: { nom: 'распоряжение', gen: 'распоряжения', ins: 'распоряжением' }, // распоряжение акима
  unknown: { nom: 'акт', gen: 'акта', ins: 'актом' },
};

/** The issuing body's first word in the genitive (the rest of the name already is). */
const ISSUER_GENITIVE: Record<string, string> = { акимат: 'акимата', аким: 'акима', маслихат: 'маслихата' };

/** What naming an act needs. */
export interface ActNaming {
  type: ActType | null;
  issuer: string | null;
  adopted: string | null;
  number: string | null;
}

/**
 * The type noun of an act.
 * @param type the act's type
 * @param grammaticalCase which case
 * @returns e.g. `постановлением`
 */
export function typeWord(type: ActType | null, grammaticalCase: Case = 'nom'): string {
  return TYPE_WORDS[type ?? 'unknown'][grammaticalCase];
}

/**
 * The issuer in the genitive, as it follows the type noun.
 * @param issuer nominative, `акимат Западно-Казахстанской области`
 * @returns `акимата Западно-Казахстанской области`
 */
export function issuerGenitive(issuer: string): string {
  const [first = '', ...rest] = issuer.split(' ');
  const gen = ISSUER_GENITIVE[first.toLowerCase()];
  return gen ? [gen, ...rest].join(' ') : issuer;
}

/**
 * The full name of an act.
 * @param act type, issuer, adoption date, number
 * @param grammaticalCase case of the type noun
 * @returns `постановление акимата Западно-Казахстанской области от 22.05.2018 № 119`
 */
export function actName(act: ActNaming, grammaticalCase: Case = 'nom'): string {
  const issuer = act.issuer ? ` ${issuerGenitive(act.issuer)}` : '';
  return `${typeWord(act.type, grammaticalCase)}${issuer}${datePart(act)}${numberPart(act)}`;
}

/**
 * The short name used inside sentences.
 * @param act type, adoption date, number
 * @param grammaticalCase case of the type noun
 * @returns `постановление № 119 от 22.05.2018`
 */
export function actShort(act: ActNaming, grammaticalCase: Case = 'nom'): string {
  return `${typeWord(act.type, grammaticalCase)}${numberPart(act)}${datePart(act)}`;
}

/**
 * An act's status in words.
 * @param status `in_force`, `repealed`, `expired`, `unknown`
 * @returns `действует`, `утратил силу`, …
 */
export function statusRu(status: string): string {
  return STATUS_WORDS[status] ?? 'статус неизвестен';
}

const STATUS_WORDS: Record<string, string> = {
  in_force: 'действует',
  repealed: 'утратил силу',
  expired: 'прекратил действие (истёк срок)',
  unknown: 'статус не указан в известных текстах',
};

/**
 * An appendix reference.
 * @param appendix its number or null
 * @returns `, приложение 1` or an empty string
 */
export function appendixPart(appendix: number | null): string {
  return appendix !== null ? `, приложение ${appendix}` : '';
}

function datePart(act: ActNaming): string {
  return act.adopted ? ` от ${ruDate(act.adopted)}` : '';
}

function numberPart(act: ActNaming): string {
  return act.number ? ` № ${act.number}` : '';
}
