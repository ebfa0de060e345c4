/**
 * What kind of document a heading (or an operative clause's object) names: the first noun of
 * «Правила …», «ПОРЯДОК …», «Единые ставки …», «Распределение лимита …». Shared by the paragraph
 * classifier (is this paragraph a document's heading?) and the regulation extractor (its kind).
 */
import type { RegulationKind } from '../types.js';
import { pattern } from '../lib/pattern.js';

/**
 * Kinds by their leading noun, in any case and grammatical form an approving clause uses
 * («утвердить методику», «установить ставки»). Order matters: a service regulation before a
 * bare «Регламент» (the rules of procedure of a body).
 */
const KINDS: ReadonlyArray<readonly [RegulationKind, RegExp]> = [
  // «Регламент государственной услуги» (seeds 000–004).
  ['service_regulation', /^регламент\p{L}*\s+(?:оказания\s+)?государственн\p{L}*\s+услуг/iu],
  // «Правила общего водопользования» (shymkent-2019-0329-…-47-382-6s), «ПРАВИЛА и размеры» (almaty-obl-2002-0315-…).
  ['rules', /^правил[ао]?(?!\p{L})/iu],
  // «ПОРЯДОК реконструкции» (almaty-obl-1999-0610-…); «Регламент маслихата» is its rules of procedure.
  ['procedure', /^(?:порядок|регламент\p{L}*)(?!\p{L})/iu],
  // «Положение о награждении» (astana-2021-1124-…).
  ['statute', /^положени[еяю](?!\p{L})/iu],
  // «Перечень социально значимых сообщений» (almaty-obl-2023-0914-…), «Категории рынков»
  // (almaty-obl-1998-1208-akim-12-330). Not «Состав комиссии» (almaty-obl-2004-0401-akim-4-37): people, not a rule.
  // «Специализированные места для … мирных собраний» (almaty-obl-2020-0000-maslikhat-v20da005558), «места и
  // маршруты мирных собраний» (atyrau-2016-0000-maslikhat-v16th003470): places listed with their addresses.
  [
    'list',
    /^(?:переч[еи]н\p{L}*|список|списки|реестр|категори\p{L}*|классификаци\p{L}*|мест[ао]?|маршрут\p{L}*)(?!\p{L})/iu,
  ],
  // «Ставки платы» (almaty-obl-2005-0701-…, kostanay-2022-0420-…), «Стоимость разовых талонов»
  // (almaty-obl-2006-1004-…), tariffs, amounts, norms, correction coefficients.
  [
    'rates',
    pattern('iu')`
      ^(?:ставк\p{L}*|тариф\p{L}*|размер\p{L}*|стоимост\p{L}*|цен[аы]|норм[аы]?|нормативы?
      |коэффициент\p{L}*)(?!\p{L})
    `,
  ],
  // «Проценты повышения (понижения) базовой ставки земельного налога» by zone: rates set as shares of a base rate
  // (astana-2009-0129-maslikhat-184-30-iv, astana-2012-1206-maslikhat-94-11-v). Not a bare «проценты».
  ['rates', /^процент\p{L}*\s+(?:повышени|понижени|увеличени|уменьшени)\p{L}*/iu],
  ['methodology', /^методик\p{L}*/iu],
  // «Распределение лимита вылова рыбы» (almaty-obl-2005-0203-akimat-24), «квоту рабочих мест». An allocation of a
  // fixed amount: «государственный образовательный заказ на дошкольное воспитание» — places funded
  // (akmola-2017-0000-akimat-v17bf005841, kyzylorda-2015-0522-akimat-183); «Объемы субсидий … по подаче воды»
  // (almaty-obl-2015-0518-akim-5-5; «Установить объемы субсидий по районам», adilet V16V0004580).
  [
    'quota',
    /^(?:квот\p{L}*|лимит\p{L}*|заказ\p{L}*|объ[её]м\p{L}*|распределени\p{L}*\s+(?:лимит|квот)\p{L}*)(?!\p{L})/iu,
  ],
  // «Проект (схема) зонирования земель» (shymkent-2021-1213-maslikhat-12-98-vii; Осакаровский район, adilet
  // V23KO648109), «схему пастбищеоборотов» (adilet V18KB004635). Not a figure «Схема 1.» inside a document,
  // nor the draft of an act («проект решения»).
  ['plan', /^(?:план[аы]?|программ\p{L}*|дорожн\p{L}*\s+карт\p{L}*|схем\p{L}*(?!\p{L})(?!\s*\d))(?!\p{L})/iu],
  // «Утвердить границы оценочных зон и поправочные коэффициенты к базовым ставкам платы за земельные участки»
  // (Кызылкогинский район, adilet V23TE506206; Сайрамский район, V20UJ005465): zones drawn on a map, like a
  // zoning scheme; the head noun decides, as «места …, нормы их предельной заполняемости» is a list. Zones and
  // territories only («Границы санитарных зон …», astana-2019-1212-maslikhat-461-58-vi; «Границы прилегающих
  // территорий, в которых запрещено проведение пикетирования», shymkent-2020-0622-maslikhat-67-598-6c):
  // «Установить границы села …» changes a boundary in the act's own points.
  ['plan', /^границ\p{L}*\s+(?:\p{L}+\s+)?(?:зон|территори)/iu],
  // «Характеристика границ зон для целей налогообложения»: the zoning scheme's zones described in words, annexed
  // beside the map (astana-2009-0129-maslikhat-184-30-iv, astana-2012-1206-maslikhat-94-11-v).
  ['plan', /^характеристик\p{L}*\s+границ\p{L}*\s+(?:\p{L}+\s+)?зон/iu],
  ['plan', /^проект\p{L}*(?!\p{L})(?!\s+(?:решени|постановлени|приказ|закон|бюджет|нормативн))/iu],
];

/** One or two leading adjectives: «Единые ставки», «Типовые правила», «Государственная программа». */
const ADJECTIVES = /^(?:\p{L}+(?:ые|ое|ая|ий|ый|ой|ее|яя|ие|ую|юю)\s+){1,2}/iu;
/** Section headings that look like a kind after an adjective. */
const NOT_A_DOCUMENT = /^(?:общ\p{L}*\s+положени|заключительн\p{L}*\s+положени|переходн\p{L}*\s+положени)/iu;

/**
 * The kind of document a heading names, or null when its first words name none.
 * @param heading a heading or the object of an approving clause, from its first word
 */
export function documentKind(heading: string): RegulationKind | null {
  const t = heading.replace(/^[«"\s]+/u, '');
  if (NOT_A_DOCUMENT.test(t)) return null;
  for (const [kind, re] of KINDS) if (re.test(t)) return kind;
  const bare = t.replace(ADJECTIVES, '');
  if (bare === t) return null;
  for (const [kind, re] of KINDS) if (kind !== 'service_regulation' && re.test(bare)) return kind;
  return null;
}

/**
 * A heading printed in capitals from its first word (`ПРАВИЛА …`, `ПОЛОЖЕНИЕ о …`): a document even without an appendix
 * header.
 */
export function isCapitalDocumentHeading(text: string): boolean {
  const first = /^\p{L}+/u.exec(text)?.[0] ?? '';
  return first.length > 3 && first === first.toUpperCase() && documentKind(text) !== null;
}
