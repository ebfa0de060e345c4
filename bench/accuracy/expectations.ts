/**
 * The real development corpus (tests/fixtures/real/) and the seeds' gold files, read as one list of
 * cases: the input file to parse and the facts a lawyer reads off it (tests/fixtures/real/README.md).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const actRef = z.object({ adopted: z.string().nullable(), number: z.string().nullable() });

export const expectationSchema = z.object({
  source: z.union([
    z.object({ url: z.string() }),
    z.object({ repo: z.string(), path: z.string(), commit: z.string().optional() }),
    z.object({ seed: z.string() }),
  ]),
  flavour: z.enum(['web_page', 'web_page_from_footnote', 'consolidated_markdown', 'pdf', 'docx']),
  actType: z.enum(['akimat_resolution', 'maslikhat_decision', 'akim_decision', 'joint']),
  act: z.object({
    type: z.enum(['resolution', 'decision', 'order']).nullable(),
    issuerKind: z.enum(['akimat', 'akim', 'maslikhat']).nullable(),
    region: z.object({ oblast: z.string().nullable(), district: z.string().nullable(), city: z.string().nullable() }),
    adopted: z.string().nullable(),
    number: z.string().nullable(),
    registration: z.object({ date: z.string().nullable(), number: z.string().nullable() }).nullable(),
    status: z.enum(['in_force', 'repealed', 'expired']),
    repealedBy: actRef.nullable(),
    expires: z.string().nullable().optional(),
    coIssuers: z
      .array(z.object({ issuerKind: z.enum(['akimat', 'akim', 'maslikhat']), number: z.string().nullable() }))
      .optional(),
  }),
  regulations: z.array(z.object({ kind: z.string(), title: z.string() })).optional(),
  amends: z
    .array(
      z.object({
        target: actRef,
        operations: z.array(z.object({ kind: z.string(), provision: z.string().nullable().optional() })),
      }),
    )
    .optional(),
  repeals: z.array(actRef).optional(),
  notes: z.string().optional(),
});

export type Expectation = z.infer<typeof expectationSchema>;

export interface Case {
  id: string;
  /** The file to parse, as a user would hand it to `zankb parse`. */
  input: string;
  expected: Expectation;
}

/**
 * Every case of the real corpus, sorted by id. A malformed expectations file is an error naming
 * the file and the field, so a typo never silently drops a case.
 */
export function realCases(dir: string): Case[] {
  const out: Case[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.expected.json')) continue;
    const id = name.slice(0, -'.expected.json'.length);
    const input = ['.txt', '.md'].map((ext) => join(dir, id + ext)).find((p) => existsSync(p));
    if (!input) throw new Error(`${join(dir, name)}: no ${id}.txt or ${id}.md beside it`);
    const parsed = expectationSchema.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${join(dir, name)}: field ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    out.push({ id, input, expected: parsed.data });
  }
  return out;
}

const goldAct = z.object({
  type: z.enum(['resolution', 'decision', 'order']).nullable(),
  issuerKind: z.enum(['akimat', 'akim', 'maslikhat']).nullable(),
  region: z.object({ oblast: z.string().nullable(), district: z.string().nullable().optional() }),
  adopted: z.string().nullable(),
  number: z.string().nullable(),
  registration: z.object({ date: z.string().nullable(), number: z.string().nullable() }).nullable(),
  status: z.enum(['in_force', 'repealed', 'expired']),
  repealedBy: actRef.nullable(),
});
const goldSchema = z.object({
  file: z.string(),
  act: goldAct,
  amends: z.array(z.object({ target: actRef, operations: z.array(z.object({ kind: z.string() })) })),
  repeals: z.array(actRef),
  regulations: z.array(z.object({ title: z.string() })),
});

/**
 * The seeds' gold files as cases of the same shape: akimat resolutions approving service
 * regulations, in the PDF and DOCX flavours (the gold names no provisions and no city).
 */
export function seedCases(goldDir: string, seedDir: string): Case[] {
  const out: Case[] = [];
  for (const name of readdirSync(goldDir).sort()) {
    if (!name.endsWith('.json')) continue;
    const gold = goldSchema.parse(JSON.parse(readFileSync(join(goldDir, name), 'utf8')));
    const input = join(seedDir, gold.file);
    if (!existsSync(input)) continue;
    const docx = /\[bookmark:/u.test(readFileSync(input, 'utf8'));
    out.push({
      id: `seed-${gold.file.replace(/\.txt$/u, '')}`,
      input,
      expected: {
        source: { seed: gold.file },
        flavour: docx ? 'docx' : 'pdf',
        actType: 'akimat_resolution',
        act: { ...gold.act, region: { district: null, ...gold.act.region, city: null } },
        regulations: gold.regulations.map((r) => ({ kind: 'service_regulation', title: r.title })),
        amends: gold.amends,
        repeals: gold.repeals,
      },
    });
  }
  return out;
}
