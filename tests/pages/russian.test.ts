/**
 * Russian throughout (issue 18, item 2): every diagnostic code the parser or the knowledge base can
 * write has Russian wording for the pages, and no page of the seeds shows an English sentence.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeKb, type Kb } from '../../kb/index.js';
import { diagnosticDetailRu } from '../../api/pages/format/diagnostics-ru.js';
import { diagnosticInfo, hasDiagnosticLabel } from '../../api/pages/format/labels-ru.js';
import { appFor, seededKb } from '../api/helpers.js';
import { ROOT } from '../helpers/seeds.js';
import { getPage, links } from './helpers.js';

/** Every `code: '…'` literal in the TypeScript under a folder. */
function codesIn(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...codesIn(path));
    else if (name.endsWith('.ts'))
      for (const m of readFileSync(path, 'utf8').matchAll(/\bcode: '([a-z][a-z_-]*)'/g)) out.push(m[1]!);
  }
  return [...new Set(out)].sort();
}

/**
 * Three or more Latin words in a row, outside what is quoted from the sources («…»), code
 * (`<code>`) and the source texts (`.src`).
 */
function latinSentences(html: string): string[] {
  const text = html
    .replace(/<(script|style|datalist|code)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<div class="src">[\s\S]*?<\/div>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/«[^»]*»/g, ' ');
  return [...text.matchAll(/[A-Za-z][A-Za-z'-]*(?:[\s,:;]+[A-Za-z][A-Za-z'-]*){2,}/g)].map((m) => m[0]);
}

describe('diagnostic codes in Russian', () => {
  const codes = [...codesIn(join(ROOT, 'parser')), ...codesIn(join(ROOT, 'kb'))];

  it('finds the codes the parser and the knowledge base write', () => {
    expect(codes).toContain('displaced-words-repaired');
    expect(codes).toContain('impossible_adoption_date');
    expect(codes.length).toBeGreaterThan(25);
  });

  it('every code has its own Russian label', () => {
    expect(codes.filter((c) => !hasDiagnosticLabel(c))).toEqual([]);
  });

  it('an unknown code falls back to a Russian sentence naming the code', () => {
    expect(diagnosticInfo('brand-new-check', 'warning').label).toBe('Замечание разбора (brand-new-check)');
  });

  it('the specifics of a place are put in Russian from the message', () => {
    expect(
      diagnosticDetailRu('displaced-words-repaired', 'moved "№ 131", "9" back into the gap left by the extraction'),
    ).toBe('на место возвращено: «№ 131», «9»');
    expect(
      diagnosticDetailRu(
        'inferred_repeal',
        'inference: act № 204 of 2015-08-04 is not in the corpus, and every act known to amend it ' +
          '(act № 34 of 2018-02-23, act № 119 of 2018-05-22) was repealed by act № 131 of ' +
          '2020-06-05; the approving act is taken as repealed by it too',
      ),
    ).toBe(
      'акт № 204 от 04.08.2015 в базе отсутствует, а все известные акты, изменявшие его ' +
        '(акт № 34 от 23.02.2018, акт № 119 от 22.05.2018), отменены: акт № 131 от ' +
        '05.06.2020; поэтому он считается отменённым тем же актом',
    );
    expect(
      diagnosticDetailRu(
        'date-order',
        'adopted 2012-02-04 (as printed) is before 2012-08-22, the adoption of act № 277 it ' +
          'amends; the printed date is probably wrong (registration: 2013-03-05)',
      ),
    ).toMatch(/^напечатанная дата принятия 04\.02\.2012 раньше 22\.08\.2012/);
    expect(diagnosticDetailRu('date-order', 'a wording nobody wrote yet')).toBeNull();
  });
});

describe('every page of the seeds is Russian', () => {
  let kb: Kb;
  let app: ReturnType<typeof appFor>;
  beforeAll(async () => {
    kb = await seededKb();
    app = appFor(kb);
  });
  afterAll(async () => closeKb(kb));

  it('crawls the pages from the home page and finds no English sentence', async () => {
    const seen = new Set<string>();
    const queue = ['/', '/answer?region=ЗКО&date=2018-08-01', '/search?q=помощи', '/no/such/page'];
    const found: string[] = [];
    while (queue.length > 0 && seen.size < 300) {
      const path = queue.shift()!.split('#')[0]!;
      if (seen.has(path)) continue;
      seen.add(path);
      const p = await getPage(app, path);
      for (const s of latinSentences(p.html)) found.push(`${path}: ${s}`);
      for (const l of links(p.html))
        if (l.startsWith('/') && !l.startsWith('/api') && !l.startsWith('/assets')) queue.push(l);
    }
    expect(seen.size).toBeGreaterThan(60);
    expect(found).toEqual([]);
  });
});
