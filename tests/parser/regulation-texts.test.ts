import { describe, expect, it } from 'vitest';
import { parseDocument, type ProvisionNode } from '../../parser/index.js';
import { seeds } from '../helpers/seeds.js';

function flatten(nodes: ProvisionNode[]): ProvisionNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

describe('regulation texts: each regulation’s Markdown and provision tree', () => {
  for (const seed of seeds()) {
    describe(seed.name, () => {
      const { parsed, regulationTexts } = parseDocument(seed.text);

      it('has one text per regulation, starting at its heading and ending before the next', () => {
        expect(Object.keys(regulationTexts).sort()).toEqual(parsed.regulations.map((r) => r.id).sort());
        for (const r of parsed.regulations) {
          const md = regulationTexts[r.id]!.markdown;
          expect(md.startsWith('### ')).toBe(true);
          expect(md.slice(4).includes('\n### ')).toBe(false);
          expect(md.includes('\n## ')).toBe(false);
          expect(md).toContain(r.title.slice(0, 20).replace(/"/g, ''));
        }
      });

      it('locates every provision in that Markdown, with its printed number first', () => {
        for (const r of parsed.regulations) {
          const { markdown, provisions } = regulationTexts[r.id]!;
          const all = flatten(provisions);
          expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
          for (const p of all) {
            expect(p.id.startsWith(`${r.id}__`)).toBe(true);
            const slice = markdown.slice(p.start, p.end);
            if (p.level === 'section') expect(slice).toMatch(new RegExp(`^#### ${p.number}\\.`));
            else expect(slice).toMatch(new RegExp(`^${p.number}[.)]`));
            expect(p.text.startsWith(`${p.number}`)).toBe(true);
          }
          const points = all.filter((p) => p.level === 'point' && !/__point_.*__point_/.test(p.id));
          const topLevel = [
            ...provisions.filter((p) => p.level === 'point'),
            ...provisions
              .filter((p) => p.level === 'section')
              .flatMap((s) => s.children.filter((c) => c.level === 'point')),
          ];
          expect(topLevel.length).toBe(r.pointCount);
          expect(points.length).toBeGreaterThanOrEqual(topLevel.length);
          expect(provisions.filter((p) => p.level === 'section').map((s) => s.text.split('\n')[0])).toEqual(r.sections);
        }
      });
    });
  }
});
