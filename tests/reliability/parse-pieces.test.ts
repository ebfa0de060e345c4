/**
 * The repairs that made parse cost linear change no output: remark-parse on bounded pieces gives
 * the tree remark-parse gives on the whole (lists may come cut into consecutive lists of the same
 * items), and the glued-words repair still splits real glue while leaving long runs alone.
 */
import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../parser/index.js';
import { parseMarkdownTree } from '../../parser/markdown/parse-chunked.js';
import { fromOriginal } from '../../parser/normalize/mapped-text.js';
import { splitGluedWords } from '../../parser/normalize/glued-words.js';
import { textPaths } from '../helpers/seeds.js';

const texts = textPaths();

type Node = { type: string; children?: Node[]; position?: Root['position']; [k: string]: unknown };

/** A tree as comparable data: positions, values, and consecutive lists of one kind joined. */
function canonical(node: Node): unknown {
  const p = node.position;
  const out: Record<string, unknown> = {
    type: node.type,
    at: p ? [p.start.offset, p.end.offset, p.start.line, p.start.column, p.end.line, p.end.column] : null,
  };
  for (const k of ['value', 'depth', 'ordered']) if (node[k] !== undefined) out[k] = node[k];
  if (node.children) {
    const kids: Array<Record<string, unknown>> = [];
    for (const child of node.children) {
      const c = canonical(child) as Record<string, unknown>;
      const prev = kids[kids.length - 1];
      if (c.type === 'list' && prev?.type === 'list' && prev.ordered === c.ordered) {
        (prev.children as unknown[]).push(...(c.children as unknown[]));
        const [a, b] = [prev.at as number[], c.at as number[]];
        prev.at = [a[0], b[1], a[2], a[3], b[4], b[5]];
      } else kids.push(c);
    }
    out.children = kids;
  }
  return out;
}

const whole = (md: string) => canonical(unified().use(remarkParse).parse(md) as Node);
const pieces = (md: string) => canonical(parseMarkdownTree(md) as unknown as Node);

describe('remark-parse on bounded pieces', () => {
  it('gives the whole-document tree on every seed and real text', { timeout: 120_000 }, () => {
    let large = 0;
    for (const file of texts) {
      const { markdown } = parseFile(readFileSync(file, 'utf8'), file);
      if (markdown.length > 8192) large++;
      expect(pieces(markdown), file).toEqual(whole(markdown));
    }
    expect(large).toBeGreaterThan(10);
  });

  it('gives it on a point with 400 subpoints, with CR LF, and after indented code', () => {
    let point = '1. Утвердить:\n\n';
    for (let i = 1; i <= 400; i++) point += `   ${i}) подпункт ${i};\n\n      продолжение ${i}\n\n`;
    const docs = [
      `${point}${point.replace('1. Утвердить', '2. Утвердить')}Аким области\n`,
      (point + point).replace(/\n/g, '\r\n'),
      // After indented code micromark reads `17.` as a paragraph (almaty-obl-2016-0127-maslikhat-54-301).
      `${'Абзац текста. '.repeat(700)}\n\n    3) аудит.\n\n17. Права:\n\n    1) запрашивает\n\n${point}`,
    ];
    for (const md of docs) expect(pieces(md)).toEqual(whole(md));
  });
});

describe('glued words', () => {
  it('still splits real glue (seed 001)', () => {
    const text = 'утверждении регламентов государственных услуг. Об утверждениирегламентовгосударственных услуг.';
    const out = splitGluedWords(fromOriginal(text), () => {});
    expect(out.text).toContain('утверждении регламентов государственных услуг.');
    expect(out.text).not.toContain('утверждениирегламентов');
  });

  it('leaves a run longer than any glue as it is, in linear time', () => {
    const run = 'а'.repeat(200_000);
    const text = `${run} аааа аааа ${'аааа '.repeat(10)}`;
    expect(splitGluedWords(fromOriginal(text), () => {}).text).toBe(text);
  });
});
