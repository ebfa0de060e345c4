/**
 * Russian labels for the knowledge base's codes: diagnostics, evidence fields, act events,
 * amendment operations.
 */

/** How a diagnostic is grouped on the act page. */
export type DiagnosticGroup = 'repair' | 'uncertain' | 'inference' | 'conflict';

/** Diagnostic code → what it means for a reader, and its group. */
const DIAGNOSTICS: Record<string, { label: string; group: DiagnosticGroup }> = {
  'displaced-words-repaired': {
    label: 'Слова, смещённые при извлечении текста (гиперссылки), возвращены на место',
    group: 'repair',
  },
  'displaced-words-uncertain': {
    label: 'Строка со смещёнными словами оставлена как есть: восстановить порядок слов уверенно нельзя',
    group: 'uncertain',
  },
  'docx-marker-removed': { label: 'Удалены служебные метки DOCX ([bookmark], [image])', group: 'repair' },
  'glued-words-split': { label: 'Разделены слипшиеся слова', group: 'repair' },
  'split-number-joined': { label: 'Соединены разорванные числа (например, год «20 15»)', group: 'repair' },
  'letter-spacing-joined': { label: 'Устранена разрядка букв («и з м е н е н и я»)', group: 'repair' },
  'point-numbering': { label: 'Нумерация пунктов нарушена', group: 'uncertain' },
  'date-order': { label: 'Даты идут в невозможном порядке', group: 'conflict' },
  'title-mismatch': {
    label: 'Название регламента в постановляющей части и в заголовке приложения различается',
    group: 'uncertain',
  },
  'metadata-missing': { label: 'Не найдена строка с реквизитами акта', group: 'uncertain' },
  truncated: { label: 'Текст акта, похоже, обрезан', group: 'uncertain' },
  'amendment-target-unread': { label: 'Не удалось прочитать, какой акт изменяется', group: 'uncertain' },
  'amendment-operations-unread': { label: 'Не удалось распознать, что именно изменяется', group: 'uncertain' },
  'amendment-unread': { label: 'Не удалось понять одно из указаний об изменении', group: 'uncertain' },
  'regulation-title-from-clause': {
    label: 'Заголовок документа обрезан или слит с текстом: название взято из постановляющей части',
    group: 'repair',
  },
  'repeal-list-absent': {
    label: 'Отменяемые акты перечислены в приложении, которого в тексте нет',
    group: 'uncertain',
  },
  'amendment-text-cut': {
    label: 'Текст обрывается внутри указания об изменении: оно не учтено',
    group: 'uncertain',
  },
  'repeal-unread': { label: 'Не удалось прочитать, какой акт отменяется', group: 'uncertain' },
  'issuer-region-inferred': {
    label: 'Регион органа дополнен по другому его наименованию в тексте',
    group: 'inference',
  },
  'markdown-consolidated': {
    label: 'Сторонний Markdown: разметка снята, абзацы разобраны как текст из Реестра',
    group: 'repair',
  },
  'regulation-kind-guessed': { label: 'Вид документа в заголовке не назван: принят за перечень', group: 'inference' },
  'regulation-text-absent': {
    label: 'Постановляющая часть утверждает документы, но их текстов в документе нет',
    group: 'uncertain',
  },
  'issuer-conflict': { label: 'Орган в строке реквизитов и в преамбуле назван по-разному', group: 'conflict' },
  'requisite-from-sidecar': { label: 'Реквизиты акта взяты из файла meta.yaml, а не из текста', group: 'inference' },
  impossible_adoption_date: {
    label: 'Напечатанная дата принятия невозможна; для хронологии взяты границы из других дат',
    group: 'conflict',
  },
  inferred_repeal: { label: 'Отмена выведена косвенно', group: 'inference' },
  fact_conflict: { label: 'Тексты расходятся в сведениях об акте', group: 'conflict' },
  multiple_repealers: { label: 'Акт отменён несколькими актами', group: 'conflict' },
  repealed_before_adoption: { label: 'Отмена датирована раньше принятия', group: 'conflict' },
  registration_before_adoption: { label: 'Регистрация датирована раньше принятия', group: 'conflict' },
  publication_before_registration: { label: 'Опубликование датировано раньше регистрации', group: 'conflict' },
  publication_before_adoption: { label: 'Опубликование датировано раньше принятия', group: 'conflict' },
  status_superseded: { label: 'Статус акта уточнён по более новым текстам', group: 'inference' },
  service_name_differs: { label: 'Название услуги в редакциях различается', group: 'uncertain' },
  regulation_without_operation: {
    label: 'Регламент в приложении не назван в постановляющей части',
    group: 'uncertain',
  },
  fuzzy_service_match: { label: 'Регламент сопоставлен с прежней редакцией по сходству названия', group: 'inference' },
  fuzzy_operation_link: { label: 'Изменение связано с регламентом по сходству названия', group: 'inference' },
  approving_act_date_mismatch: { label: 'Дата утверждающего акта в текстах различается', group: 'conflict' },
  expiry_date_unknown: {
    label: 'Срок действия истёк, но дата его истечения не указана: окончание ограничено только известными датами',
    group: 'uncertain',
  },
  expiry_and_repeal: { label: 'Акт и истёк, и отменён: взято более раннее окончание', group: 'conflict' },
  regulation_kind_guessed: {
    label: 'Вид документа определён по его названию: текста документа в базе нет',
    group: 'inference',
  },
};

/**
 * Whether a code has its own Russian label (the test of every parser and knowledge-base code asks).
 * @param code the diagnostic code
 */
export function hasDiagnosticLabel(code: string): boolean {
  return Object.hasOwn(DIAGNOSTICS, code);
}

/** Group titles, in page order. */
export const DIAGNOSTIC_GROUPS: Array<{ group: DiagnosticGroup; title: string }> = [
  { group: 'conflict', title: 'Противоречия в данных' },
  { group: 'uncertain', title: 'Под вопросом' },
  { group: 'inference', title: 'Выводы' },
  { group: 'repair', title: 'Исправлено при разборе текста' },
];

/**
 * A diagnostic code explained.
 * @param code the code
 * @param severity its severity, for unknown codes
 * @returns the label and group
 */
export function diagnosticInfo(code: string, severity: string): { label: string; group: DiagnosticGroup } {
  return (
    DIAGNOSTICS[code] ?? { label: `Замечание разбора (${code})`, group: severity === 'info' ? 'repair' : 'uncertain' }
  );
}

/** Evidence field (last part of the fact's path) → what the highlighted words state. */
const FIELDS: Record<string, string> = {
  adopted: 'дата принятия',
  number: 'номер',
  title: 'название',
  type: 'вид акта',
  issuer: 'орган, принявший акт',
  issuerKind: 'вид органа',
  region: 'регион',
  date: 'дата регистрации',
  registration: 'регистрация',
  commencement: 'порядок введения в действие',
  status: 'статус',
  signedBy: 'подпись',
  published: 'дата опубликования',
  publishedIn: 'где опубликован',
  registryNumber: 'номер в Реестре',
  registered: 'дата регистрации',
  repealedBy: 'отменяющий акт',
  target: 'изменяемый акт',
};

/**
 * What a piece of evidence states, from its JSON path.
 * @param path e.g. `act.repealedBy.commencement`, `amends[0].target.published`
 * @returns e.g. `отменяющий акт: порядок введения в действие`
 */
export function evidenceLabel(path: string): string {
  const parts = path.replace(/\[\d+\]/g, '').split('.');
  const last = parts[parts.length - 1] ?? '';
  const field = path.endsWith('registration.number') ? 'регистрационный номер' : (FIELDS[last] ?? last);
  const about = path.startsWith('act.repealedBy.')
    ? 'отменяющий акт'
    : path.startsWith('amends') && parts.length > 2
      ? 'изменяемый акт'
      : path.startsWith('repeals') && parts.length > 1
        ? 'отменяемый акт'
        : null;
  return about ? `${about}: ${field}` : field;
}

/** Act event kinds in words. */
export const EVENT_LABELS: Record<string, string> = {
  adoption: 'Принят',
  registration: 'Зарегистрирован',
  publication: 'Опубликован',
  commencement: 'Вводится в действие',
  amendment: 'Вносит изменения',
  amended: 'Изменён',
  repeal: 'Отменяет',
  repealed: 'Утрачивает силу',
  expiry: 'Истекает срок действия',
};

/** Amendment operations in words. */
export const OPERATION_LABELS: Record<string, string> = {
  replace_regulation: 'изложен в новой редакции',
  add_regulation: 'дополнен документом',
  replace_appendix: 'приложение изложено в новой редакции',
  insert_text: 'дополнен текстом',
  delete: 'исключено',
  replace_words: 'заменены слова',
  replace_provision: 'изложено в новой редакции',
  add_provision: 'дополнено новым пунктом',
  add_row: 'добавлена строка',
  delete_row: 'исключена строка',
  replace_row: 'строка изложена в новой редакции',
};

/** Levels of a provision id (`appendix_1__point_4-1__subpoint_2`) in words. */
const PROVISION_LEVELS: Record<string, (n: string) => string> = {
  appendix: (n) => (n ? `приложение ${n}` : 'приложение'),
  sec: (n) => `раздел ${n}`,
  section: (n) => `раздел ${n}`,
  chapter: (n) => `глава ${n}`,
  point: (n) => `пункт ${n}`,
  subpoint: (n) => `подпункт ${n})`,
  paragraph: (n) => `абзац ${n}`,
  row: (n) => `строка ${n}`,
};

/**
 * A provision id in words.
 * @param id `point_3`, `point_2__subpoint_2`, `appendix_1__row_5`
 * @returns `пункт 3`, `пункт 2, подпункт 2)`, `приложение 1, строка 5`; an unknown level reads as itself
 */
export function provisionRu(id: string): string {
  return id
    .split('__')
    .map((part) => {
      const m = /^([a-z]+)(?:_(.+))?$/.exec(part);
      const level = m ? PROVISION_LEVELS[m[1] ?? ''] : undefined;
      return level && m ? level(m[2] ?? '') : part;
    })
    .join(', ');
}
