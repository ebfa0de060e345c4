/** Parses each case as `zankb parse` would and scores it. */
import { readFileSync } from 'node:fs';
import { sidecarOf } from '../../bin/sidecar.js';
import { parseFile, type ParsedDocument } from '../../parser/index.js';
import type { Case } from './expectations.js';
import { score, type FieldResult } from './score.js';

export interface CaseResult {
  id: string;
  flavour: string;
  actType: string;
  fields: FieldResult[];
  /** Why the parser threw, when it did (every field of the case then counts as wrong). */
  error?: string;
}

/**
 * @param cases the cases to parse
 * @param field when given, only fields whose name starts with it are kept
 * @param opts `sidecar: false` parses a Markdown text without the register metadata beside it
 */
export function evaluate(cases: Case[], field?: string, opts: { sidecar?: boolean } = {}): CaseResult[] {
  return cases.map((c) => {
    let parsed: ParsedDocument | null = null;
    let error: string | undefined;
    try {
      const sidecar = opts.sidecar === false ? {} : sidecarOf(c.input);
      parsed = parseFile(readFileSync(c.input, 'utf8'), c.input, sidecar).parsed;
    } catch (e) {
      error = (e as Error).message;
    }
    const fields = score(c.expected, parsed).filter((f) => !field || f.field.startsWith(field));
    return { id: c.id, flavour: c.expected.flavour, actType: c.expected.actType, fields, ...(error ? { error } : {}) };
  });
}
