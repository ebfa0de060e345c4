/**
 * The register metadata a source keeps beside a consolidated Markdown text: `<name>.meta.yaml`
 * next to `<name>.md`, or `meta.yaml` in the folder of a `rus.md` (the layout of the open
 * repositories of register texts). Its `requisite` is the register's metadata line, which the
 * parser reads as the paragraph after the title (parser/index.ts `parseFile`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** What a file's sidecar tells the parser. */
export interface Sidecar {
  requisite?: string;
}

/**
 * Reads the sidecar of a Markdown file, if it has one.
 * @param path the `.md` file
 * @returns its requisite; nothing for other files, a missing or unreadable sidecar, or one without it
 */
export function sidecarOf(path: string): Sidecar {
  if (!/\.md$/iu.test(path)) return {};
  const base = basename(path).replace(/\.md$/iu, '');
  for (const candidate of [join(dirname(path), `${base}.meta.yaml`), join(dirname(path), 'meta.yaml')]) {
    if (!existsSync(candidate)) continue;
    try {
      const requisite = yamlScalar(readFileSync(candidate, 'utf8'), 'requisite');
      return requisite ? { requisite } : {};
    } catch {
      return {};
    }
  }
  return {};
}

/**
 * A top-level scalar of a YAML mapping: plain (continued on more-indented lines), `'single'`
 * (with `''`), `"double"` (with backslash escapes) or a block scalar (`|`, `>`). Enough for the
 * sidecars' flat mappings, without a YAML dependency.
 * @param yaml the document
 * @param key the top-level key
 * @returns the value, or null when the key is absent or not a scalar
 */
export function yamlScalar(yaml: string, key: string): string | null {
  const lines = yaml.replace(/\r\n?/gu, '\n').split('\n');
  const at = lines.findIndex((l) => l.startsWith(`${key}:`));
  if (at < 0) return null;
  const first = lines[at]!.slice(key.length + 1).trim();
  if (first === '' && /^\s+(?:-\s|[\w-]+:)/u.test(lines[at + 1] ?? '')) return null; // a mapping or a list
  const more: string[] = [];
  for (let i = at + 1; i < lines.length && (/^\s/u.test(lines[i]!) || lines[i] === ''); i++) more.push(lines[i]!);
  while (more.length > 0 && more[more.length - 1]!.trim() === '') more.pop();
  if (/^[|>][-+]?$/u.test(first)) {
    const indent = Math.min(...more.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
    const body = more.map((l) => l.slice(indent));
    return first.startsWith('|') ? body.join('\n').trim() : body.join(' ').replace(/\s+/gu, ' ').trim();
  }
  const whole = [first, ...more.map((l) => l.trim())].join(' ').trim();
  if (whole.startsWith("'")) return whole.slice(1, whole.lastIndexOf("'")).replace(/''/gu, "'");
  if (whole.startsWith('"')) {
    const inner = /^"((?:[^"\\]|\\.)*)"/u.exec(whole)?.[1] ?? whole.slice(1);
    return inner.replace(/\\(.)/gu, (_, c: string) => ({ n: '\n', t: '\t' })[c] ?? c);
  }
  if (whole === '' || whole === '~' || whole === 'null') return null;
  return whole.replace(/\s+#.*$/u, '');
}
