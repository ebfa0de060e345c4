/**
 * A truncated text: the parser's `truncated` warning fires on texts cut before their act ends and
 * on none of the complete ones (every seed and real text), with a Russian wording for the pages;
 * on import a truncated text cannot replace a complete text's facts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { diagnosticDetailRu } from '../../api/pages/format/diagnostics-ru.js';
import { sidecarOf } from '../../bin/sidecar.js';
import { closeKb, openKb, type Kb } from '../../kb/index.js';
import { parseFile } from '../../parser/index.js';
import { REAL, realNames, seeds } from '../helpers/seeds.js';
import { importText } from '../kb/helpers.js';

const realFiles = realNames();
const warning = (text: string, file: string) =>
  parseFile(text, file, sidecarOf(file)).parsed.diagnostics.find((d) => d.code === 'truncated') ?? null;

describe('the truncated warning', () => {
  it('never fires on a seed', () => {
    for (const seed of seeds())
      expect({ seed: seed.name, warning: warning(seed.text, seed.path) }).toEqual({
        seed: seed.name,
        warning: null,
      });
  });

  it('on the real consolidated texts (complete acts) only where the register gives no operative part', () => {
    const fired = realFiles
      .filter((f) => f.endsWith('.md'))
      .filter((f) => warning(readFileSync(join(REAL, f), 'utf8'), join(REAL, f)) !== null);
    // The register's page of a repealed act: only the note that it was repealed.
    expect(fired).toEqual(['almaty-obl-1998-0402-akim-4-131.md']);
    expect(readFileSync(join(REAL, fired[0]!), 'utf8')).toMatch(/Утратило силу/);
  });

  it('fires on the real page excerpts cut inside the operative part, saying where', () => {
    const at = (f: string) => warning(readFileSync(join(REAL, f), 'utf8'), join(REAL, f))?.message;
    expect(at('aktobe-2013-1225-maslikhat-131.txt')).toMatch(
      /^the text looks truncated \(cut mid-sentence: .*на прио"/,
    );
    expect(at('kostanay-1999-0407-joint-v99n000080.txt')).toMatch(/\(cut mid-point: .*3\. Изменить границы:"/);
    expect(at('aktobe-2009-0129-maslikhat-101.txt')).toMatch(/\(no operative part: the resolving formula/);
    const excerpts = realFiles.filter((f) => f.endsWith('.txt'));
    const flagged = excerpts.filter((f) => at(f) !== undefined);
    // The rest reach a signature or an appendix before the cut: their operative part is whole.
    expect(flagged.length).toBeGreaterThan(excerpts.length / 2);
  });

  it('fires on a seed cut inside its operative part, or before it', () => {
    for (const seed of seeds()) {
      const formula = /ПОСТАНОВЛЯЕТ|РЕШИЛ/.exec(seed.text)!;
      const cut = seed.text.slice(0, seed.text.indexOf(' ', formula.index + 150));
      expect(warning(cut, seed.path)?.message).toMatch(/cut mid-sentence/);
      expect(warning(seed.text.slice(0, formula.index - 5), seed.path)?.message).toMatch(/no operative part/);
    }
  });

  it('has a Russian sentence for each of its forms on the pages', () => {
    const seed = seeds()[0]!;
    const formula = /ПОСТАНОВЛЯЕТ|РЕШИЛ/.exec(seed.text)!;
    const cases = [
      seed.text.slice(0, seed.text.indexOf(' ', formula.index + 150)),
      seed.text.slice(0, formula.index - 5),
      seed.text.slice(0, formula.index + formula[0].length + 1),
      readFileSync(join(REAL, 'kostanay-1999-0407-joint-v99n000080.txt'), 'utf8'),
    ];
    for (const text of cases) {
      const w = warning(text, seed.path)!;
      expect(diagnosticDetailRu(w.code, w.message)).toMatch(/[а-я]/);
    }
  });
});

describe('importing a truncated text beside a complete one', () => {
  let kb: Kb;
  afterEach(async () => closeKb(kb));
  const seed = seeds()[0]!;
  const formula = /ПОСТАНОВЛЯЕТ|РЕШИЛ/.exec(seed.text)!;
  const cut = seed.text.slice(0, seed.text.indexOf(' ', formula.index + 150));
  const put = (text: string, filename: string) => importText(kb, text, filename);
  const actsTable = async () => JSON.stringify(await kb.db.selectFrom('acts').selectAll().orderBy('id').execute());
  const facts = async () =>
    JSON.stringify(
      await kb.db.selectFrom('act_facts').select(['act_id', 'field', 'value', 'role']).orderBy('id').execute(),
    );

  it('after it: refused, naming the complete text kept; nothing changes', async () => {
    kb = await openKb(':memory:');
    await put(seed.text, 'whole.txt');
    const before = [await actsTable(), await facts()];
    await expect(put(cut, 'cut.txt')).rejects.toMatchObject({
      code: 'import_failed',
      message: expect.stringMatching(/^cut\.txt looks truncated .*complete text of act \S+ \(whole\.txt\): kept/),
    });
    expect([await actsTable(), await facts()]).toEqual(before);
  });

  it('before it: the complete text takes its place; the acts are as with the complete text alone', async () => {
    kb = await openKb(':memory:');
    await put(seed.text, 'whole.txt');
    const alone = [await actsTable(), await facts()];
    await closeKb(kb);
    kb = await openKb(':memory:');
    expect((await put(cut, 'cut.txt')).status).toBe('imported');
    expect((await put(seed.text, 'whole.txt')).status).toBe('imported');
    expect([await actsTable(), await facts()]).toEqual(alone);
  });
});
