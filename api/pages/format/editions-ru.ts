/**
 * Editions of a regulation in Russian: who approved or replaced the text, and how it ends.
 */
import type { ActRefOut, EndReason, RegulationVersionOut } from '../../../kb/index.js';
import { actShort, appendixPart } from './acts-ru.js';

/** What these phrases need of an edition (kb `RegulationVersionOut`). */
export type Edition = Pick<RegulationVersionOut, 'kind' | 'sourceAct' | 'appendix' | 'endedBy' | 'endReason'>;

/** How an edition came about, by kind; the subject is "регламент" (masculine). */
const KIND_VERBS: Record<RegulationVersionOut['kind'], string> = {
  base: 'утверждён', // утверждён постановлением
  new: 'утверждён',
  add: 'добавлен',
  replace: 'изложен в новой редакции',
  edit: 'изменён',
};

/** Short labels of edition kinds for tables. */
export const KIND_LABELS: Record<RegulationVersionOut['kind'], string> = {
  base: 'первоначальная редакция',
  new: 'утверждён',
  add: 'добавлен',
  replace: 'новая редакция',
  edit: 'изменения',
};

/**
 * How an edition came about.
 * @param v the edition
 * @returns `изложен в новой редакции постановлением № 119 от 22.05.2018, приложение 1`
 */
export function editionWords(v: Edition): string {
  return `${KIND_VERBS[v.kind]} ${actShort(v.sourceAct, 'ins')}${appendixPart(v.appendix)}`;
}

/**
 * The edition named by its source act, for "редакция …".
 * @param v the edition's source act and appendix
 * @returns `постановления № 119 от 22.05.2018 (приложение 1)`
 */
export function editionOf(v: { sourceAct: ActRefOut; appendix: number | null }): string {
  return `${actShort(v.sourceAct, 'gen')}${v.appendix !== null ? ` (приложение ${v.appendix})` : ''}`;
}

/**
 * Why an edition stops applying.
 * @param v the edition, its end reason and the act that ends it
 * @returns e.g. `заменяется редакцией постановления № 119 от 22.05.2018`
 */
export function endWords(v: Edition): string {
  const by = v.endedBy ? ` ${actShort(v.endedBy, 'ins')}` : '';
  const reason: EndReason | null = v.endReason;
  switch (reason) {
    case 'replaced':
      return v.endedBy ? `заменяется редакцией ${actShort(v.endedBy, 'gen')}` : 'заменяется новой редакцией';
    case 'carrier_repealed':
      return `${actShort(v.sourceAct)}, содержащее эту редакцию, ${repealed(v.sourceAct)}${by}`;
    case 'base_repealed':
      return `утверждающий акт отменён${by}`;
    case 'base_repealed_inferred':
      return `вывод: утверждающий акт считается отменённым${by}`;
    case 'regulation_repealed':
      return `регламент отменён${by}`;
    case 'expired':
      return v.endedBy ? `истёк срок действия: ${actShort(v.endedBy)}` : 'истёк срок действия утверждающего акта';
    case 'carrier_expired':
      return `истёк срок действия: ${actShort(v.sourceAct)}, содержащее эту редакцию`;
    default:
      return `утрачивает силу${by}`;
  }
}

/**
 * Why a regulation no longer applies, without its edition (the «ended» list of an empty answer).
 * @param reason the last edition's end reason
 * @param by the act that caused it, or null
 * @returns e.g. `утверждающий акт отменён решением № 351 от 11.12.2015`
 */
export function endReasonRu(reason: EndReason | null, by: ActRefOut | null): string {
  const ins = by ? ` ${actShort(by, 'ins')}` : '';
  switch (reason) {
    case 'replaced':
      return by ? `заменяется редакцией ${actShort(by, 'gen')}` : 'заменяется новой редакцией';
    case 'base_repealed':
      return `утверждающий акт отменён${ins}`;
    case 'base_repealed_inferred':
      return `вывод: утверждающий акт считается отменённым${ins}`;
    case 'carrier_repealed':
      return `акт, содержащий последнюю редакцию, отменён${ins}`;
    case 'regulation_repealed':
      return `документ отменён${ins}`;
    case 'expired':
      return by ? `истёк срок действия: ${actShort(by)}` : 'истёк срок действия';
    case 'carrier_expired':
      return by ? `истёк срок действия акта с последней редакцией: ${actShort(by)}` : 'истёк срок действия';
    default:
      return `утрачивает силу${ins}`;
  }
}

/** "отменено" for постановление/решение/распоряжение, "отменён" for an act of unknown type. */
function repealed(act: ActRefOut): string {
  return act.type ? 'отменено' : 'отменён';
}
