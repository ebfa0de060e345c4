import { describe, expect, it } from 'vitest';
import { normalize } from '../../parser/normalize/index.js';

/** Normalize and return the paragraphs (indent dropped) and the codes of what was reported. */
function run(raw: string) {
  const n = normalize(raw);
  return {
    paragraphs: n.text
      .split('\n\n')
      .map((p) => p.trim())
      .filter(Boolean),
    codes: n.diagnostics.map((d) => d.code),
    n,
  };
}

describe('displaced hyperlink words', () => {
  it('moves a trailing link word back into its double-space gap', () => {
    const { paragraphs } = run(
      '      1. Внести в  акимата Павлодарской области от 12 постановление\nмарта ' +
        '2019 года № 45/2 "О бюджете" следующие изменения:\n',
    );
    expect(paragraphs[0]).toBe(
      '1. Внести в постановление акимата Павлодарской области от 12 марта ' +
        '2019 года № 45/2 "О бюджете" следующие изменения:',
    );
  });
  it('handles a link glued to the last word and to punctuation', () => {
    expect(
      run('      1. Внести в  маслихата города Костаная от 7 июлярешение\n2016 года № 12 следующее изменение:\n')
        .paragraphs[0],
    ).toBe('1. Внести в решение маслихата города Костаная от 7 июля 2016 года № 12 следующее изменение:');
    expect(run('изложить в новой редакции согласно  к настоящему постановлению:приложению 3\n').paragraphs[0]).toBe(
      'изложить в новой редакции согласно приложению 3 к настоящему постановлению:',
    );
  });
  it('uses the extra leading space of an indented line as the gap', () => {
    expect(
      run('       государственной услуги "Выдача архивных справок" регламент\nутвержденный указанным постановлением\n')
        .paragraphs[0],
    ).toBe('регламент государственной услуги "Выдача архивных справок" утвержденный указанным постановлением');
  });
  it('moves a number sign and a link with a number', () => {
    expect(
      run(
        '      Сноска. Утратило силу решением маслихата от 05.06.2020  (вводится в ' +
          'действие со дня № 45-3\nпервого официального опубликования).\n',
      ).paragraphs[0],
    ).toBe(
      'Сноска. Утратило силу решением маслихата от 05.06.2020 № 45-3 (вводится в ' +
        'действие со дня первого официального опубликования).',
    );
    expect(
      run('      В соответствии с  статьи 6 Закона Республики Казахстан от 23 пунктом 1\nянваря 2001 года\n')
        .paragraphs[0],
    ).toBe('В соответствии с пунктом 1 статьи 6 Закона Республики Казахстан от 23 января 2001 года');
  });
  it('leaves scrambled lines alone and reports them with a span', () => {
    const raw = '      результаты согласно ,  регламенту государственной 1 2 приложений\n';
    const { paragraphs, n } = run(raw);
    expect(paragraphs[0]).toBe('результаты согласно, регламенту государственной 1 2 приложений');
    const d = n.diagnostics.find((x) => x.code === 'displaced-words-uncertain')!;
    expect(raw.slice(d.span!.start, d.span!.end)).toContain('согласно ,');
  });
  it('does not touch justified spacing, lone numbers in text or flush text-box lines', () => {
    expect(run('      в  течение  8\n').paragraphs[0]).toBe('в течение 8');
    expect(run(' от "26" декабря 2014 года № 357\n').paragraphs[0]).toBe('от "26" декабря 2014 года № 357');
    expect(run('      Аким района              А. Тастемиров\n').paragraphs[0]).toBe('Аким района А. Тастемиров');
  });
});

describe('letter-spacing', () => {
  it('joins spaced words and keeps one-letter words', () => {
    expect(run('следующие и з м е н е н и я  и  д о п о л н е н и я :\n').paragraphs[0]).toBe(
      'следующие изменения и дополнения:',
    );
    expect(run('      к  п о с т а н о в л е н и ю  а к и м а т а\n').paragraphs[0]).toBe('к постановлению акимата');
    expect(run('(далее – С Ф Е ) ;\n').paragraphs[0]).toBe('(далее – СФЕ);');
  });
  it('does not merge ordinary one-letter words', () => {
    expect(run('      документы в и с учетом\n').paragraphs[0]).toBe('документы в и с учетом');
  });
});

describe('line joining', () => {
  it('starts paragraphs at the 6-space indent and joins wrapped lines', () => {
    expect(
      run('      1. Первый пункт продолжается\nна следующей строке.\n      2. Второй пункт.\n').paragraphs,
    ).toEqual(['1. Первый пункт продолжается на следующей строке.', '2. Второй пункт.']);
  });
  it('does not break a sentence at a page break', () => {
    expect(
      run('      Результат оказания услуги – уведомление, или\n\n\n\nмотивированный ответ об отказе.\n').paragraphs,
    ).toEqual(['Результат оказания услуги – уведомление, или мотивированный ответ об отказе.']);
  });
  it('keeps a number that wrapped after № in its sentence', () => {
    expect(
      run('Решение маслихата Костанайской области от 2 мая 2019 года № \n471. Зарегистрировано Департаментом юстиции\n')
        .paragraphs,
    ).toEqual([
      'Решение маслихата Костанайской области от 2 мая 2019 года № 471. Зарегистрировано Департаментом юстиции',
    ]);
  });
  it('joins "(" and closing punctuation without a space', () => {
    expect(run('      в учреждениях (\nорганизациях)\n, от 15 апреля 2013 года\n').paragraphs[0]).toBe(
      'в учреждениях (организациях), от 15 апреля 2013 года',
    );
  });
  it('splits status lines, headings and appendix blocks', () => {
    expect(
      run(
        'Утративший силу\nРешение маслихата города Алматы от 1 марта 2017 года № 2\n\nПриложение 1\nк решению ' +
          'маслихата\n\nгорода Алматы\n\nРегламент государственной услуги "X"\n\n1. Общие положения\n',
      ).paragraphs,
    ).toEqual([
      'Утративший силу',
      'Решение маслихата города Алматы от 1 марта 2017 года № 2',
      'Приложение 1 к решению маслихата города Алматы',
      'Регламент государственной услуги "X"',
      '1. Общие положения',
    ]);
  });
});

describe('DOCX markers, split numbers, characters, glued words', () => {
  it('removes markers and tabs, joins a split year', () => {
    expect(run('[bookmark: z3]\n\t\tУтвержден\nот 4 августа 20      15 года № 204[image: ]\n').paragraphs).toEqual([
      'Утвержден от 4 августа 2015 года № 204',
    ]);
  });
  it('turns N before a number into №, NBSP into space', () => {
    expect(run('от 24 мая 2013 года N\u00a0178, NATO N2\n').paragraphs[0]).toBe('от 24 мая 2013 года № 178, NATO №2');
  });
  it('splits glued words only into words the document uses on its own', () => {
    const raw = 'помощи и отдельным, помощи и отдельным, помощиотдельным; самоуправление\n';
    expect(run(raw).paragraphs[0]).toBe('помощи и отдельным, помощи и отдельным, помощи отдельным; самоуправление');
    expect(run('на интернет-ресурсеАкиматаЖамбылской области\n').paragraphs[0]).toBe(
      'на интернет-ресурсе Акимата Жамбылской области',
    );
  });
  it('is idempotent on every example above', () => {
    for (const raw of [
      '      1. Внести в  акимата области от 4 постановление\nавгуста 2015 года № 204\n',
      'и з м е н е н и я  и  д о п\n',
      '      в учреждениях (\nорганизациях)\n',
    ]) {
      const once = normalize(raw).text;
      expect(normalize(once).text).toBe(once);
    }
  });
});
