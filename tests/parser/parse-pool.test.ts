/** Parser threads (parser/parallel/pool.ts): the same results as parsing in place, errors passed on. */
import { afterAll, describe, expect, it } from 'vitest';
import { parseFile } from '../../parser/index.js';
import { startParsePool } from '../../parser/parallel/pool.js';
import { seeds } from '../helpers/seeds.js';

const pool = startParsePool(2);
afterAll(() => pool.close());

describe('parser threads', () => {
  it(
    'give every seed exactly the result parsing in place gives ' + '(ParsedDocument, Markdown, regulation texts)',
    async () => {
      const files = seeds();
      expect(files.length).toBe(5);
      const threaded = await Promise.all(files.map((f) => pool.parse(f.text, f.path)));
      files.forEach((f, i) => {
        expect(threaded[i]).toEqual(parseFile(f.text, f.path));
      });
      expect(pool.parseMs()).toBeGreaterThan(0);
    },
  );

  it('read a .md file as Markdown, as parseFile does', async () => {
    const md = parseFile(seeds()[0]!.text, 'a.txt').markdown;
    expect(await pool.parse(md, 'edited.md')).toEqual(parseFile(md, 'edited.md'));
  });

  it('refuse work once closed, with a message saying so', async () => {
    const closed = startParsePool(1);
    await closed.close();
    await expect(closed.parse('текст', 'a.txt')).rejects.toThrow('the pool is closed');
  });

  it('reject a size that is not a whole number of threads', () => {
    expect(() => startParsePool(0)).toThrow('expected a whole number ≥ 1, got 0');
  });
});
