/**
 * The body of one regulation (регламент государственной услуги): its heading,
 * sections ("1. Общие положения", "2. Описание порядка действий …"), points
 * and subpoints numbered as printed, and its own appendices (Справочник
 * бизнес-процессов, Диаграмма, Блок-схема) with their table cells. Older acts
 * (before 2014) follow the older layout of seed 004.
 */
import type { Random } from '../random.js';
import type { Para } from './ir.js';
import { link } from './ir.js';
import * as W from './sentences.js';

/** What a regulation text is about. */
export interface RegulationContext {
  service: string;
  /** "Западно-Казахстанской области" / "Акжарского района Северо-Казахстанской области". */
  placeGen: string;
  /** Adoption date of the act carrying the text (decides the layout). */
  date: string;
}

const NEW_SECTIONS = [
  '1. Общие положения',
  '2. Описание порядка действий структурных подразделений (работников) ' +
    'услугодателя в процессе оказания государственной услуги',
  '3. Описание порядка взаимодействия структурных подразделений (работников) ' +
    'услугодателя в процессе оказания государственной услуги',
  '4. Описание порядка взаимодействия с Государственной корпорацией и (или) иными услугодателями, а также ' +
    'порядка использования информационных систем в процессе оказания государственной услуги',
];
const MIDDLE_SECTIONS = [
  '1. Общие положения',
  '2. Описание порядка действий структурных подразделений (работников) ' +
    'услугодателя в процессе оказания государственной услуги',
  '3. Описание порядка взаимодействия структурных подразделений (работников) ' +
    'услугодателя в процессе оказания государственной услуги',
  '4. Описание порядка взаимодействия, а также порядка использования ' +
    'информационных систем в процессе оказания государственной услуги',
  '5. Заключительные положения',
];
const OLD_SECTIONS = [
  '1. Основные понятия',
  '2. Общие положения',
  '3. Требования к порядку оказания государственной услуги',
  '4. Описание порядка действий (взаимодействия) в процессе оказания государственной услуги',
  '5. Ответственность должностных лиц, оказывающих государственные услуги',
];

/** Where an applicant turns, as regulations print it. */
const CHANNELS = ['в Государственную корпорацию', 'к акиму сельского округа', 'через портал', 'к услугодателю'];
/** Service deadlines as regulations print them. */
const DEADLINES = [
  'в течение десяти календарных дней',
  'в течение пяти рабочих дней',
  'в течение пятнадцати календарных дней',
];

/**
 * Generates a regulation text.
 * @param rng the act's text stream
 * @param ctx service, place and date
 * @returns paragraphs from the "Регламент государственной услуги" heading to its last appendix
 */
export function regulationParas(rng: Random, ctx: RegulationContext): Para[] {
  const out: Para[] = [{ kind: 'regTitle', text: `Регламент государственной услуги "${ctx.service}"` }];
  const sections = ctx.date < '2014-01-01' ? OLD_SECTIONS : ctx.date < '2016-01-01' ? MIDDLE_SECTIONS : NEW_SECTIONS;
  const counter = { point: 0 };
  sections.forEach((heading, i) => {
    out.push({ kind: 'section', text: heading });
    const writer = SECTION_WRITERS[Math.min(i, SECTION_WRITERS.length - 1)]!;
    out.push(...writer(rng, ctx, counter, sections === OLD_SECTIONS));
  });
  const own = rng.int(1, 3);
  for (let n = 1; n <= own; n++) out.push(...ownAppendix(rng, ctx, n, n === own));
  return out;
}

type Counter = { point: number };
type SectionWriter = (rng: Random, ctx: RegulationContext, counter: Counter, old: boolean) => Para[];

const SECTION_WRITERS: SectionWriter[] = [
  generalProvisions,
  procedure,
  interaction,
  informationSystems,
  finalProvisions,
];

function point(counter: Counter, text: string): Para {
  counter.point += 1;
  return { kind: 'rpoint', text: `${counter.point}. ${text}` };
}

function subpoints(items: string[], last = '.'): Para[] {
  return items.map((t, i) => ({ kind: 'rsub', text: `${i + 1}) ${t}${i === items.length - 1 ? last : ';'}` }));
}

function generalProvisions(rng: Random, ctx: RegulationContext, c: Counter, old: boolean): Para[] {
  const out: Para[] = [];
  if (old) {
    out.push(point(c, `В настоящем регламенте "${ctx.service}" (далее - регламент) используются следующие понятия:`));
    out.push(
      ...subpoints([
        'структурно-функциональные единицы – это ответственные лица уполномоченных органов, ' +
          'структурные подразделения государственных органов, государственные органы, ' +
          'информационные системы или их подсистемы (далее – СФЕ)',
        `уполномоченный орган – государственное учреждение, оказывающее государственную услугу на ` +
          `территории ${ctx.placeGen}`,
        'получатель государственной услуги – физическое или юридическое лицо, ' +
          'обратившееся за оказанием государственной услуги',
      ]),
    );
    return out;
  }
  const provider = rng.pick(W.PROVIDERS);
  out.push(
    point(
      c,
      `Государственная услуга "${ctx.service}" (далее – государственная услуга) ` +
        `оказывается ${provider} ${ctx.placeGen} (далее – услугодатель).`,
    ),
  );
  out.push({
    kind: 'rtext',
    text:
      `Государственная услуга оказывается в соответствии со ${link('стандартом')} государственной ` +
      `услуги "${ctx.service}", утвержденным приказом Министра ` +
      `от ${rng.int(1, 28)} ${rng.pick(['апреля', 'мая', 'июня'])} ${rng.pick([2015, 2016, 2017])} года ` +
      `№ ${rng.int(100, 999)} (далее – Стандарт).`,
  });
  out.push({
    kind: 'rtext',
    text: 'Прием заявлений и выдача результатов оказания государственной услуги осуществляются через:',
  });
  out.push(
    ...subpoints(
      rng.sample(W.CHANNELS, rng.int(2, 4)).map((ch) => `${ch}${rng.chance(0.4) ? ' (далее – портал)' : ''}`),
    ),
  );
  out.push(point(c, `Форма оказания государственной услуги: ${rng.pick(W.FORMS)}.`));
  const outcome = rng.pick(W.OUTCOMES);
  out.push(
    point(
      c,
      `Результат оказания государственной услуги – ${outcome} либо мотивированный ответ об отказе в ` +
        `оказании государственной услуги в случаях и по основаниям, ` +
        `предусмотренным ${link(`пунктом ${rng.int(9, 12)}`)} Стандарта.`,
    ),
  );
  out.push({
    kind: 'rtext',
    text: `Форма предоставления результата оказания государственной услуги: ${rng.pick(W.FORMS)}.`,
  });
  if (rng.chance(0.6))
    out.push(
      point(
        c,
        'Государственная услуга оказывается физическим и юридическим лицам (далее – услугополучатель) бесплатно.',
      ),
    );
  return out;
}

function procedure(rng: Random, _ctx: RegulationContext, c: Counter, old: boolean): Para[] {
  const out: Para[] = [];
  out.push(
    point(
      c,
      `Основанием для начала процедуры (действия) по оказанию государственной услуги является заявление ` +
        `услугополучателя с приложением документов, указанных в ${link(`пункте ${rng.int(9, 11)}`)} Стандарта.`,
    ),
  );
  const groups = rng.int(old ? 1 : 2, old ? 3 : 4);
  for (let g = 0; g < groups; g++) {
    out.push(
      point(
        c,
        g === 0
          ? 'Содержание каждой процедуры (действия), входящей в состав процесса оказания ' +
              'государственной услуги, длительность его выполнения:'
          : `При обращении ${rng.pick(CHANNELS)} процедуры (действия) выполняются в следующем порядке:`,
      ),
    );
    const steps = rng.int(4, 10);
    const items: string[] = [];
    for (let s = 0; s < steps; s++) {
      let t = `${rng.pick(W.ACTORS)} ${rng.pick(W.DURATIONS)} ${rng.pick(W.ACTIONS)}`;
      if (rng.chance(0.5)) t += `. Результат – ${rng.pick(W.RESULTS)}`;
      items.push(t);
    }
    out.push(...subpoints(items));
    if (rng.chance(0.4)) {
      out.push({
        kind: 'rtext',
        text:
          `В случаях недостаточности документов для оказания государственной услуги либо невозможности ` +
          `предоставления услугополучателем необходимых документов в связи с их порчей или утерей срок оказания ` +
          `государственной услуги составляет ${rng.pick(['20 (двадцать)', '15 (пятнадцать)', '30 (тридцать)'])} ` +
          `рабочих дней.`,
      });
    }
  }
  return out;
}

function interaction(rng: Random, ctx: RegulationContext, c: Counter): Para[] {
  const out: Para[] = [];
  out.push(
    point(
      c,
      'Перечень структурных подразделений (работников) услугодателя, которые ' +
        'участвуют в процессе оказания государственной услуги:',
    ),
  );
  out.push(...subpoints(rng.sample(W.ACTORS, rng.int(3, 7)).map((a) => a)));
  out.push(
    point(
      c,
      `Подробное описание последовательности процедур (действий), взаимодействий структурных подразделений ` +
        `(работников) услугодателя в процессе оказания государственной услуги приведено в справочнике ` +
        `бизнес-процессов оказания государственной услуги согласно ${link('приложению 1')} к настоящему ` +
        `Регламенту государственной услуги "${ctx.service}".`,
    ),
  );
  if (rng.chance(0.5))
    out.push({
      kind: 'rtext',
      text:
        `Описание последовательности процедур (действий) сопровождается блок-схемой ` +
        `согласно ${link('приложению 2')} к настоящему регламенту.`,
    });
  return out;
}

function informationSystems(rng: Random, _ctx: RegulationContext, c: Counter, old: boolean): Para[] {
  const out: Para[] = [];
  if (old) {
    out.push(point(c, 'Сроки оказания государственной услуги:'));
    out.push(
      ...subpoints([
        `с момента сдачи получателем государственной услуги необходимых документов – ${rng.pick(DEADLINES)}`,
        'максимально допустимое время ожидания до получения государственной услуги – не более 30 минут',
      ]),
    );
    out.push(
      point(c, 'В процессе оказания государственной услуги задействованы следующие структурно-функциональные единицы:'),
    );
    out.push(...subpoints(rng.sample(W.ACTORS, rng.int(3, 5))));
    return out;
  }
  out.push(
    point(
      c,
      'Описание порядка обращения в Государственную корпорацию, длительность обработки запроса услугополучателя:',
    ),
  );
  out.push(...subpoints(rng.sample(W.CORPORATION_STEPS, rng.int(3, 6)).map((s) => `${s} – ${rng.pick(W.DURATIONS)}`)));
  out.push(
    point(
      c,
      'Описание порядка обращения и последовательности процедур (действий) услугодателя и ' +
        'услугополучателя при оказании государственной услуги через портал:',
    ),
  );
  const steps = W.PORTAL_STEPS.slice(0, rng.int(5, W.PORTAL_STEPS.length));
  let process = 0;
  let condition = 0;
  out.push(
    ...subpoints(
      steps.map((s, i) =>
        i === 0 ? s : s.startsWith('проверка') ? `условие ${++condition} – ${s}` : `процесс ${++process} – ${s}`,
      ),
    ),
  );
  out.push({
    kind: 'rtext',
    text:
      `Диаграмма функционального взаимодействия информационных систем, задействованных при оказании ` +
      `государственной услуги через портал, приведена в ${link(`приложении ${rng.int(2, 3)}`)} к настоящему ` +
      `Регламенту.`,
  });
  out.push(
    point(
      c,
      rng.pick(W.APPEAL_TEXTS) +
        (rng.chance(0.5) ? ` Порядок обжалования установлен ${link('разделом 3')} Стандарта.` : ''),
    ),
  );
  return out;
}

function finalProvisions(rng: Random, _ctx: RegulationContext, c: Counter, old: boolean): Para[] {
  const out: Para[] = [];
  out.push(
    point(
      c,
      old
        ? 'Ответственными лицами за оказание государственной услуги являются руководитель и должностные лица ' +
            'уполномоченного органа, задействованные в оказании государственной услуги.'
        : rng.pick(W.APPEAL_TEXTS),
    ),
  );
  out.push({
    kind: 'rtext',
    text:
      `Должностные лица несут ответственность за принятие решений и действия (бездействие) в ходе ` +
      `оказания государственной услуги в порядке, предусмотренном ${link('законодательством')} Республики Казахстан.`,
  });
  return out;
}

/** One of the regulation's own appendices: header, caption, and (sometimes) table cells. */
function ownAppendix(rng: Random, ctx: RegulationContext, n: number, last: boolean): Para[] {
  const nameLines = splitName(`услуги "${ctx.service}"`, rng.int(22, 34));
  const lines = [`Приложение ${n}`, 'к регламенту государственной', ...nameLines];
  const caption = rng.pick([
    `Справочник бизнес-процессов оказания государственной услуги "${ctx.service}"`,
    'Диаграмма функционального взаимодействия информационных систем, ' +
      'задействованных при оказании государственной услуги через портал',
    'Блок-схема описания последовательности процедур (действий) между структурными ' +
      'подразделениями (работниками) с указанием длительности каждой процедуры (действия)',
  ]);
  const out: Para[] = [
    { kind: 'ownHeader', text: lines.join('\n'), lines },
    { kind: 'caption', text: caption },
  ];
  if (rng.chance(0.7)) {
    const cells = Array.from({ length: rng.int(6, last ? 40 : 24) }, () => rng.pick(W.TABLE_CELLS));
    out.push({ kind: 'cells', text: cells.join('\n'), lines: cells });
  }
  return out;
}

/** Breaks a phrase into short header lines. */
function splitName(text: string, width: number): string[] {
  const words = text.split(' ');
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines;
}
