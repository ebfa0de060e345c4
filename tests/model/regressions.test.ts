/**
 * The bugs the model-based test found, each pinned on a small text: what the
 * generated register showed, and what the parser or the knowledge base must do.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../parser/index.js';
import { findActMentions } from '../../parser/extract/act-ref.js';
import { buildTimeline, type Edition, type TimelineAct } from '../../kb/temporal/timeline.js';
import type { DateBound } from '../../kb/index.js';

const ZKO = 'акимата Западно-Казахстанской области';

/** A small amending act in the PDF flavour; `status` and `ops` vary. */
function act(opts: { status?: string; ops: string[]; points?: string[] }): string {
  return [
    '',
    `О внесении изменений в постановление ${ZKO} от 4 августа 2015 года № 204 "Об `,
    'утверждении регламентов государственных услуг"',
    '',
    ...(opts.status ? [opts.status] : []),
    `Постановление ${ZKO} от 22 мая 2018 года № `,
    '119. Зарегистрировано Департаментом юстиции Западно-Казахстанской области ',
    '13 июня 2018 года № 5247.',
    `      Акимат Западно-Казахстанской области ПОСТАНОВЛЯЕТ:`,
    `      1. Внести в постановление ${ZKO} от 4 августа 2015 года № 204 "Об утверждении регламентов ` +
      `государственных услуг" следующие изменения:`,
    ...opts.ops.map((o) => `      ${o}`),
    ...(opts.points ?? []).map((p, i) => `      ${i + 2}. ${p}`),
    `      ${(opts.points?.length ?? 0) + 2}. Настоящее постановление вводится в действие по истечении ` +
      `десяти календарных дней после дня первого официального опубликования.`,
    '      Аким области А. Кульгинов',
    '',
  ].join('\n');
}

describe('parser', () => {
  it('reads the metadata line of an act in force (no status line between it and the title)', () => {
    const { parsed } = parseDocument(
      act({
        ops: [
          'регламент государственной услуги "Назначение жилищной помощи", утвержденный указанным постановлением, ' +
            'изложить в новой редакции согласно приложению 1 к настоящему постановлению.',
        ],
      }),
    );
    expect(parsed.act.title).toBe(
      'О внесении изменений в постановление акимата Западно-Казахстанской области от 4 августа ' +
        '2015 года № 204 "Об утверждении регламентов государственных услуг"',
    );
    expect(parsed.act).toMatchObject({ adopted: '2018-05-22', number: '119', status: 'in_force' });
  });

  it('names the regulation of a point-level insertion ("в регламенте … пункт 5 дополнить подпунктом …")', () => {
    const { parsed } = parseDocument(
      act({
        ops: [
          'в регламенте государственной услуги "Назначение жилищной помощи", утвержденном указанным ' +
            'постановлением, пункт 5 дополнить подпунктом 4) следующего содержания: "4) веб-портал www.egov.kz;".',
        ],
      }),
    );
    // «дополнить подпунктом» adds a provision (tests/fixtures/real/README.md), named by its id in the regulation.
    expect(parsed.amends[0]?.operations).toEqual([
      {
        kind: 'add_provision',
        regulationTitle: 'Назначение жилищной помощи',
        appendix: null,
        where:
          'в регламенте государственной услуги "Назначение жилищной помощи", ' +
          'утвержденном указанным постановлением, пункт 5, подпункт 4)',
        text: '4) веб-портал www.egov.kz;',
        provision: 'point_5__subpoint_4',
      },
    ]);
  });

  it(
    "an insertion into the act's own point names no regulation, even " + 'when the inserted text quotes one (seed 004)',
    () => {
      const { parsed } = parseDocument(
        act({
          ops: [
            '1) пункт 1 дополнить подпунктом 20) следующего содержания: "20) ' +
              'регламент государственной услуги "Выдача справки";".',
          ],
        }),
      );
      expect(parsed.amends[0]?.operations[0]).toMatchObject({
        kind: 'add_provision',
        regulationTitle: null,
        provision: 'point_1__subpoint_20',
      });
    },
  );

  it('tells a whole regulation struck out from a place in one ("регламент …, утвержденный …, исключить")', () => {
    const { parsed } = parseDocument(
      act({
        ops: [
          'регламент государственной услуги "Назначение жилищной помощи", ' +
            'утвержденный указанным постановлением, исключить;',
          'в регламенте государственной услуги "Выдача справки", утвержденном ' +
            'указанным постановлением, подпункт 3) пункта 6 исключить.',
        ],
      }),
    );
    expect(parsed.amends[0]?.operations).toEqual([
      {
        kind: 'delete',
        regulationTitle: 'Назначение жилищной помощи',
        appendix: null,
        where: null,
        text: null,
        provision: null,
      },
      {
        kind: 'delete',
        regulationTitle: 'Выдача справки',
        appendix: null,
        where:
          'в регламенте государственной услуги "Выдача справки", утвержденном ' +
          'указанным постановлением, подпункт 3) пункта 6',
        text: null,
        // The place after the regulation's quoted name (the name is no old words to cut at).
        provision: 'point_6__subpoint_3',
      },
    ]);
  });

  it(
    "reads the place after a regulation's quoted name in a word " +
      'replacement ("в регламенте "…", … в пункте 9 слова …")',
    () => {
      const { parsed } = parseDocument(
        act({
          ops: [
            'в регламенте государственной услуги "Выдача справки", утвержденном указанным постановлением, в ' +
              'пункте 9 слова "бумажная" заменить словами "электронная и (или) бумажная".',
          ],
        }),
      );
      expect(parsed.amends[0]?.operations).toMatchObject([
        {
          kind: 'replace_words',
          regulationTitle: 'Выдача справки',
          text: 'электронная и (или) бумажная',
          provision: 'point_9',
        },
      ]);
    },
  );

  it('names the regulation added from an appendix ("дополнить регламентом … "…" согласно приложению 1", A83)', () => {
    // The title ends at the quote before «согласно»: without it the operation named neither the regulation nor
    // its appendix, and the knowledge base kept the added regulation apart from the one it extends (duplicated
    // editions in the generated register).
    const { parsed } = parseDocument(
      act({
        ops: [
          'дополнить регламентом государственной услуги "Обеспечение инвалидов ' +
            'сурдо-тифлотехническими средствами" согласно приложению 1 к настоящему постановлению.',
        ],
      }),
    );
    expect(parsed.amends[0]?.operations).toEqual([
      {
        kind: 'add_regulation',
        regulationTitle: 'Обеспечение инвалидов сурдо-тифлотехническими средствами',
        appendix: 1,
        where: null,
        text: null,
        provision: null,
      },
    ]);
  });

  it("an act that only amends is no rule itself, though the amended title's nested quote is collapsed (A51)", () => {
    // «№ 204 "Об утверждении регламента … "Назначение жилищной помощи" (…) следующее дополнение: …»: the register
    // prints one closing quote for two; pairing quotes blindly blanked the instruction and the act became a
    // regulation of kind `act` whose title names the service — a second answer to every question about it.
    // One paragraph, as the register prints it: the instruction follows the amended act's name on its line.
    const text = act({ ops: [] }).replace(
      '"Об утверждении регламентов государственных услуг" следующие изменения:',
      '"Об утверждении регламента государственной услуги "Назначение жилищной помощи" (зарегистрированное в ' +
        'Реестре государственной регистрации нормативных правовых актов № 3245, опубликованное 23 августа 2015 года ' +
        'в информационно-правовой системе "Әділет") следующее дополнение: в регламенте государственной услуги ' +
        '"Назначение жилищной помощи", утвержденном указанным постановлением, пункт 4 дополнить подпунктом 3) ' +
        'следующего содержания: "3) при обращении через портал результат направляется в "личный кабинет" ' +
        'услугополучателя;".',
    );
    expect(text).toContain('следующее дополнение:');
    const { parsed } = parseDocument(text);
    expect(parsed.regulations).toEqual([]);
    expect(parsed.amends[0]?.operations).toMatchObject([
      { kind: 'add_provision', regulationTitle: 'Назначение жилищной помощи', provision: 'point_4__subpoint_3' },
    ]);
  });

  it('a number sign left at a line end before a displaced word is not a number ("… года № решение")', () => {
    const text = act({
      ops: [
        'регламент государственной услуги "Назначение жилищной помощи", утвержденный указанным постановлением, ' +
          'изложить в новой редакции согласно приложению 1 к настоящему постановлению.',
      ],
      points: ['Признать утратившими силу:'],
    }).replace(
      '      3. Настоящее',
      [
        '      1)  акимата Западно-Казахстанской области от 25 февраля 2016 года № постановление',
        '9/7 "О внесении изменения в постановление акимата Западно-Казахстанской области от 24 мая 2014 года № 8 ' +
          '"Об утверждении регламентов" (зарегистрированное в Реестре государственной регистрации нормативных ' +
          'правовых актов № 1433, опубликованное 9 марта 2016 года в газетах "Сыр бойы" и "Кызылординские вести").',
        '      3. Настоящее',
      ].join('\n'),
    );
    const { parsed } = parseDocument(text);
    // One act repealed, the outer one: the act named inside its title is part of the title, and the
    // facts in the parentheses are the outer act's.
    expect(parsed.repeals).toMatchObject([
      { adopted: '2016-02-25', number: '9/7', registryNumber: '1433', published: '2016-03-09' },
    ]);
  });

  it('"Признать утратившими силу следующие постановления акимата …:" names a body, not an act', () => {
    const { parsed } = parseDocument(
      act({
        ops: [
          'регламент государственной услуги "Назначение жилищной помощи", утвержденный указанным постановлением, ' +
            'изложить в новой редакции согласно приложению 1 к настоящему постановлению.',
        ],
        points: [`Признать утратившими силу следующие постановления ${ZKO}:`],
      }).replace(
        '      3. Настоящее',
        `      1) постановление ${ZKO} от 3 апреля 2014 года № 111 "Об утверждении регламентов".\n      3. Настоящее`,
      ),
    );
    expect(parsed.repeals.map((r) => [r.adopted, r.number])).toEqual([['2014-04-03', '111']]);
  });

  it("a reference quoted inside another reference's title is not a mention of its own", () => {
    const mentions = findActMentions(
      `постановление ${ZKO} от 25 февраля 2016 года № 9 "О внесении изменений в постановление ${ZKO} от 24 ` +
        `мая 2014 года № 8 "Об утверждении регламентов" (зарегистрированное …) и решение маслихата ` +
        `Западно-Казахстанской области от 1 марта 2016 года № 3/1-V`,
    );
    expect(mentions.map((m) => m.ref.number)).toEqual(['9', '3/1-V']);
  });
});

describe('kb timeline', () => {
  const bound = (d: string): DateBound => ({
    earliest: d,
    latest: d,
    exact: true,
    estimatedLatest: null,
    basis: 'exact',
  });
  const timelineAct = (id: string, from: string): TimelineAct => ({
    id,
    label: id,
    adoptedUsed: from,
    inCorpus: true,
    effectiveFrom: bound(from),
    effectiveTo: null,
    repealedById: null,
  });
  const edition = (kind: Edition['kind'], sourceActId: string): Edition => ({
    key: `${kind}-${sourceActId}`,
    kind,
    sourceActId,
    appendix: null,
    title: 'Выдача справки',
    textId: null,
    position: null,
  });

  it('a regulation added by an amending act gets no "text not available" edition of the approving act', () => {
    const acts = new Map(
      [timelineAct('base', '2015-01-01'), timelineAct('adds', '2016-01-01'), timelineAct('edits', '2017-01-01')].map(
        (a) => [a.id, a],
      ),
    );
    const versions = buildTimeline({
      baseActId: 'base',
      editions: [edition('add', 'adds'), edition('edit', 'edits')],
      deletions: [],
      inferredBaseEnd: null,
      acts,
    });
    expect(versions.map((v) => [v.kind, v.sourceActId])).toEqual([
      ['add', 'adds'],
      ['edit', 'edits'],
    ]);
  });

  it('a regulation known only from its amendments still starts with the approving act (text not available)', () => {
    const acts = new Map([timelineAct('base', '2015-01-01'), timelineAct('edits', '2017-01-01')].map((a) => [a.id, a]));
    const versions = buildTimeline({
      baseActId: 'base',
      editions: [edition('replace', 'edits')],
      deletions: [],
      inferredBaseEnd: null,
      acts,
    });
    expect(versions.map((v) => [v.kind, v.sourceActId, v.textAvailable])).toEqual([
      ['base', 'base', false],
      ['replace', 'edits', false],
    ]);
  });
});
