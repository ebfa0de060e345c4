/**
 * Diagnostics in Russian for the pages. The parser and the knowledge base write their messages in
 * English for developers (the API keeps them, with the machine `code`); a reader of the pages gets
 * the code's Russian label (labels-ru.ts) and, here, a Russian sentence with the specifics of one
 * place: the words moved back, the dates that contradict each other, the act that is missing.
 *
 * Each template reads the English message by its fixed wording; a message whose wording changed,
 * or a code without a template, gives null and the page shows the label alone — never English.
 */
import { ruDate } from './dates-ru.js';
import { pattern } from '../../../parser/lib/pattern.js';

/** A template: the English message's pattern and the Russian sentence built from its groups. */
type Template = readonly [RegExp, (g: string[]) => string];

/** Quoted words of the source text, as printed (already Russian or a fragment of the source). */
const Q = '"([^"]*(?:"[^"]*"[^"]*)*)"';

/** Per code, the message forms it has (one code may be written by several rules). */
const TEMPLATES: Record<string, readonly Template[]> = {
  'displaced-words-repaired': [[/^moved (.+) back into the gap/, (g) => `на место возвращено: ${quoted(g[0])}`]],
  'displaced-words-uncertain': [[/with certainty: "([\s\S]*)"$/, (g) => `строка: «${g[0]}»`]],
  truncated: [
    [
      /no operative part: the resolving formula .* never comes; ends "([\s\S]*)"\)$/,
      (g) => `нет постановляющей части: до слов «ПОСТАНОВЛЯЕТ», «РЕШИЛ» текст не доходит; конец: «${g[0]}»`,
    ],
    [
      /no operative part: nothing follows the resolving formula\)$/,
      () => 'после слов «ПОСТАНОВЛЯЕТ», «РЕШИЛ» текста нет',
    ],
    [
      /cut mid-(point|sentence): the operative part ends "([\s\S]*)", with no signature after it\)$/,
      (g) => `постановляющая часть обрывается на ${g[0] === 'point' ? 'пункте' : 'полуслове'}, подписи нет: «${g[1]}»`,
    ],
  ],
  'docx-marker-removed': [[/^removed extraction marker (.+)$/, (g) => `удалена метка ${g[0]}`]],
  'glued-words-split': [
    [new RegExp(`^split ${Q} into ${Q}`), (g) => `«${g[0]}» → «${g[1]}»`],
    [/^split words glued by the extraction$/, () => 'слова разделены'],
  ],
  'split-number-joined': [[new RegExp(`^joined split year ${Q} → (\\S+)`), (g) => `«${g[0]}» → «${g[1]}»`]],
  'letter-spacing-joined': [[new RegExp(`^joined letter-spaced text ${Q} → ${Q}`), (g) => `«${g[0]}» → «${g[1]}»`]],
  'point-numbering': [
    [
      /^regulation (\S+): point (\S+) follows point (\S+)/,
      (g) => `документ ${g[0]}: пункт ${g[1]} идёт после пункта ${g[2]} (номера — как напечатаны)`,
    ],
  ],
  'date-order': [
    [
      /^adopted (\S+) is after its registration (\S+)$/,
      (g) => `дата принятия ${d(g[0])} позже даты регистрации ${d(g[1])}`,
    ],
    [
      /^adopted (\S+) \(as printed\) is before (\S+), the adoption of act № (\S+) it amends/,
      (g) =>
        `напечатанная дата принятия ${d(g[0])} раньше ${d(g[1])} — даты принятия изменяемого акта № ${g[2]}; ` +
        'вероятно, дата напечатана с ошибкой',
    ],
  ],
  'title-mismatch': [
    [
      new RegExp(`^appendix (\\S+): the operative clause names ${Q}, the regulation's heading ${Q}`),
      (g) => `приложение ${g[0]}: в постановляющей части — «${g[1]}», в заголовке — «${g[2]}»`,
    ],
  ],
  'amendment-target-unread': [
    [/^point (\S+) amends an act that could not be read: "([\s\S]*)"$/, (g) => `пункт ${g[0]}: «${g[1]}»`],
  ],
  'amendment-unread': [
    [/^point (\S+): an amending instruction was not understood: "([\s\S]*)"$/, (g) => `пункт ${g[0]}: «${g[1]}»`],
  ],
  'regulation-title-from-clause': [
    [
      new RegExp(`^regulation (\\S+): the heading ${Q} is (cut short|run on into the text)`),
      (g) => `документ ${g[0]}: заголовок «${g[1]}» ${g[2] === 'cut short' ? 'обрезан' : 'слит с текстом'}`,
    ],
  ],
  'repeal-list-absent': [[/^point (\S+) repeals the acts listed «([^»]*)»/, (g) => `пункт ${g[0]}: «${g[1]}»`]],
  'amendment-text-cut': [
    [/^point (\S+): the text ends inside an instruction[^"]*"([\s\S]*)"$/, (g) => `пункт ${g[0]}: «${g[1]}»`],
    [
      /^point (\S+) amends an act, but the text ends before/,
      (g) => `пункт ${g[0]}: текст обрывается до конца указаний`,
    ],
  ],
  'amendment-operations-unread': [[/^point (\S+) amends an act/, (g) => `пункт ${g[0]}`]],
  'repeal-unread': [
    [/^point (\S+) repeals an act that could not be read: "([\s\S]*)"$/, (g) => `пункт ${g[0]}: «${g[1]}»`],
  ],
  'regulation-kind-guessed': [[/^regulation (\S+):/, (g) => `документ ${g[0]}: принят за перечень`]],
  'regulation-text-absent': [
    [/^(\d+) approved document/, (g) => `постановляющая часть называет утверждаемых документов: ${g[0]}`],
  ],
  'issuer-region-inferred': [
    [
      new RegExp(
        `^the preamble names the issuer as ${Q}; its region is completed from another naming of the same body: (.+)$`,
      ),
      (g) => `в преамбуле орган назван «${g[0]}»; регион дополнен: ${g[1]}`,
    ],
  ],
  'issuer-conflict': [
    [
      new RegExp(`^the metadata line names the issuer ${Q}, the preamble ${Q}`),
      (g) => `в строке реквизитов — «${g[0]}», в преамбуле — «${g[1]}»; взято из преамбулы`,
    ],
  ],
  'requisite-from-sidecar': [[/^the metadata line was read from/, () => 'реквизиты взяты из файла meta.yaml']],
  inferred_repeal: [
    [
      pattern('')`
        ^inference: (act № \S+ of \S+(?: date)?) is not in the corpus, and every act known to amend it \(
        (.*)\) was repealed by (act № \S+ of \S+(?: date)?);
      `,
      (g) =>
        `${acts(g[0])} в базе отсутствует, а все известные акты, изменявшие его (${acts(g[1])}), отменены: ` +
        `${acts(g[2])}; поэтому он считается отменённым тем же актом`,
    ],
  ],
  impossible_adoption_date: [
    [
      pattern('')`
        ^(act № \S+ of \S+(?: date)?): printed adoption date (\S+) is before the adoption of (.+)
        ; kept as printed, timeline uses the window (\S+)…(\S+)$
      `,
      (g) =>
        `${acts(g[0])}: напечатанная дата принятия ${d(g[1])} раньше принятия: ${acts(g[2])}; ` +
        `дата оставлена как напечатана, для хронологии взято окно ${d(g[3])} — ${d(g[4])}`,
    ],
  ],
  registration_before_adoption: [
    [
      /^(act № \S+ of \S+(?: date)?): registered (\S+) before its printed adoption (\S+);/,
      (g) => `${acts(g[0])}: зарегистрирован ${d(g[1])}, раньше напечатанной даты принятия ${d(g[2])}`,
    ],
  ],
  publication_before_registration: [
    [
      /^(act № \S+ of \S+(?: date)?): published (\S+) before registration (\S+);/,
      (g) => `${acts(g[0])}: опубликован ${d(g[1])}, раньше регистрации ${d(g[2])}; обе даты оставлены как напечатаны`,
    ],
  ],
  publication_before_adoption: [
    [
      /^(act № \S+ of \S+(?: date)?): published (\S+) before adoption (\S+);/,
      (g) => `${acts(g[0])}: опубликован ${d(g[1])}, раньше принятия ${d(g[2])}; обе даты оставлены как напечатаны`,
    ],
  ],
  repealed_before_adoption: [
    [
      pattern('')`
        ^(act № \S+ of \S+(?: date)?): (act № \S+ of \S+(?: date)?) repeals it but was adopted earlier \(
        (\S+) < (\S+)\)$
      `,
      (g) => `${acts(g[0])} отменён актом, принятым раньше него: ${acts(g[1])} (${d(g[2])} < ${d(g[3])})`,
    ],
  ],
  fuzzy_service_match: [
    [
      new RegExp(`^${Q} \\((.+?)\\) taken as the same service as ${Q} \\((.+?)\\): stemmed-word similarity (\\S+)$`),
      (g) => `«${g[0]}» (${acts(g[1])}) и «${g[2]}» (${acts(g[3])}) считаются одной услугой: сходство слов ${g[4]}`,
    ],
  ],
  fuzzy_operation_link: [
    [
      new RegExp(
        `^regulation (\\S+) \\(unnumbered appendix\\) linked to the operation on ${Q} by name similarity (\\S+)$`,
      ),
      (g) => `документ ${g[0]} (приложение без номера) связан с изменением «${g[1]}»: сходство названий ${g[2]}`,
    ],
  ],
  service_name_differs: [
    [
      new RegExp(`^regulation (\\S+): heading ${Q} differs from the operative clause ${Q};`),
      (g) => `документ ${g[0]}: заголовок «${g[1]}», в постановляющей части — «${g[2]}»; взято название из неё`,
    ],
  ],
  approving_act_date_mismatch: [
    [
      /^regulation (\S+): approved by № (\S+) of (.+?), matched to the mentioned act № (\S+) of (.+)$/,
      (g) =>
        `документ ${g[0]}: утверждён актом № ${g[1]} от ${d(g[2])}; сопоставлен с упомянутым актом ` +
        `№ ${g[3]} от ${d(g[4])}`,
    ],
  ],
  regulation_without_operation: [
    [
      /^regulation (\S+): approved by an act \(№ (\S+) of (.+?)\) that no operation/,
      (g) => `документ ${g[0]}: утверждён актом № ${g[1]} от ${d(g[2])}; принят за новую редакцию документа этого акта`,
    ],
  ],
  multiple_repealers: [
    [
      /^(act № \S+ of \S+(?: date)?) is said to be repealed by (.+); the earliest, (\S+), is used$/,
      (g) => `${acts(g[0])} отменён несколькими актами (${g[1]}); взят самый ранний: ${g[2]}`,
    ],
  ],
  status_superseded: [
    [
      /^(act № \S+ of \S+(?: date)?): its text says in force, but (\S+) repeals it$/,
      (g) => `${acts(g[0])}: в тексте указано «действующий», но его отменяет ${g[1]}`,
    ],
  ],
  fact_conflict: [
    [
      /^act (\S+): conflicting (\S+): (.+); using "(.*)" \(/,
      (g) => `${FIELDS[g[1] ?? ''] ?? 'сведение'}: в текстах ${values(g[2])}`,
    ],
  ],
};

/** Act fields named in conflicts. */
const FIELDS: Record<string, string> = {
  adopted: 'дата принятия',
  number: 'номер',
  registered: 'дата регистрации',
  registryNumber: 'номер в Реестре',
  published: 'дата опубликования',
  commencement: 'введение в действие',
  issuer: 'орган',
  title: 'название',
  type: 'вид акта',
  status: 'статус',
};

/**
 * The Russian sentence for one place of a diagnostic.
 * @param code the diagnostic's code
 * @param message its English message (parser or knowledge base)
 * @returns the specifics in Russian, or null when the code has no template or the wording is not recognised
 */
export function diagnosticDetailRu(code: string, message: string): string | null {
  for (const [re, ru] of TEMPLATES[code] ?? []) {
    const m = re.exec(message);
    if (m) return ru(m.slice(1).map((x) => x ?? ''));
  }
  return null;
}

/** `"a", "b"` → `«a», «b»`. */
function quoted(s: string | undefined): string {
  return (s ?? '').replace(/"([^"]*)"/g, '«$1»');
}

/** An ISO date as DD.MM.YYYY; `unknown date` and `unknown` in words. */
function d(s: string | undefined): string {
  if (!s || s === 'unknown date' || s === 'unknown' || s === '?') return 'дата неизвестна';
  return ruDate(s);
}

/** `act № 34 of 2018-02-23` → `акт № 34 от 23.02.2018`, in a list too. */
function acts(s: string | undefined): string {
  return (s ?? '')
    .replace(
      /act № (\S+) of (unknown date|\d{4}-\d{2}-\d{2})/g,
      (_, n: string, date: string) => `акт № ${n} от ${d(date)}`,
    )
    .replace(/ and /g, ' и ');
}

/** The values of a conflict (`"v1" (files) vs "v2" (files)`), dates as DD.MM.YYYY; codes are not shown. */
function values(s: string | undefined): string {
  const list = [...(s ?? '').matchAll(/"([^"]*)" \(/g)].map((m) => m[1] ?? '');
  if (list.length < 2 || list.some((v) => /[A-Za-z]{3,}/.test(v))) return 'значения расходятся';
  return list.map((v) => `«${/^\d{4}-\d{2}-\d{2}$/.test(v) ? ruDate(v) : v}»`).join(' и ');
}
