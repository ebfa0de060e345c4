/**
 * The pages read regulation Markdown in bounded pieces (linear cost) and join a list's pieces
 * again: the tree they render equals one remark-parse call's on every seed and real text, list
 * numbering, looseness and positions included, and a page of 1 MB of points costs linear time.
 */
import { readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../api/pages/text/markdown.js';
import { parseFile } from '../../parser/index.js';
import { textPaths } from '../helpers/seeds.js';

const texts = textPaths();

/** The tree without the fields remark leaves undefined in one place and absent in another. */
const plain = (tree: unknown) => JSON.parse(JSON.stringify(tree)) as unknown;

function cpuMs(f: () => void): number {
  const before = process.cpuUsage();
  f();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

describe('page Markdown, read in pieces', () => {
  it('is the tree of one remark-parse call on every seed and real text', { timeout: 120_000 }, () => {
    let compared = 0;
    for (const file of texts) {
      const { markdown } = parseFile(readFileSync(file, 'utf8'), file);
      expect(plain(parseMarkdown(markdown)), file).toEqual(plain(unified().use(remarkParse).parse(markdown)));
      compared++;
    }
    expect(compared).toBeGreaterThan(5);
  });

  it('costs linear time: 1 MB of headings and points at most 40× 100 KB', { timeout: 120_000 }, () => {
    const build = (bytes: number) =>
      '## Глава 1. Общие положения\n\n1. Пункт первый.\n\n'.repeat(Math.ceil(bytes / 70));
    const [small, large] = [build(100 * 1024), build(1024 * 1024)];
    parseMarkdown(small);
    let least = { small: Infinity, large: Infinity };
    for (let i = 0; i < 3; i++) {
      least = {
        small: Math.min(
          least.small,
          cpuMs(() => parseMarkdown(small)),
        ),
        large: Math.min(
          least.large,
          cpuMs(() => parseMarkdown(large)),
        ),
      };
    }
    expect(least.large / least.small).toBeLessThanOrEqual(40);
  });
});
