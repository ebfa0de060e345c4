import { type Stats, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { KbError } from '../kb/errors.js';
import type { ParsedDocument } from '../parser/index.js';
import { EXIT, InputError, UsageError } from './cli-common.js';
import { commandUsage, version, wantsHelp } from './help.js';
import { maxBytesOption, readText, tooLarge } from './files.js';

const USAGE =
  `zankb — Kazakhstan regional acts: parser and versioned knowledge base

Usage:
  zankb parse FILE [--json | --md] [--max-bytes N]
                                          parse one document (.txt register text or .md); no database
  zankb import PATH… [--db FILE] [--json] [--jobs N] [--quiet] [--max-bytes N]
                                          import files or folders into the knowledge base
                                          (N parser threads; default: cores − 1 from 16 files;
                                          the parser's warnings per file unless --quiet)
  zankb query --region R --date D [--service S] [--kind K] [--db FILE] [--json]
                                          which regulations (rules, rates … of any kind K) applied on D in R
  zankb serve [--db FILE] [--port N] [--host H]
                                          the HTTP API, web pages and MCP (/mcp)
  zankb start [--db FILE] [--port N] [--host H]
                                          what \`npm start\` runs: import the bundled corpus when the
                                          database is older than it, then serve
  zankb mcp [--db FILE] [--base-url URL]  the MCP server over stdio, for desktop AI assistants
  zankb copy --from FILE|URL --to FILE|URL [--json]
                                          copy a knowledge base (SQLite ⇄ PostgreSQL), checked table by table
  zankb check [--db FILE] [--json]        check a SQLite knowledge base's file (PRAGMA integrity_check):
                                          what is damaged and what to do; exit 1 on problems

--max-bytes refuses larger files (default 5242880, the API's body limit).
--db (a file, or postgres://user:pass@host/db) defaults to $ZANKB_DB, then data/zankb.sqlite; --port to $PORT, ` +
  `then 3000; --host to every interface.
\`zankb COMMAND --help\` prints one command's usage; \`zankb --version\` the version.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-v' || command === 'version') {
    process.stdout.write(`zankb ${version()}\n`);
    return EXIT.ok;
  }
  if (command && wantsHelp(rest)) {
    const help = commandUsage(USAGE, command);
    if (!help) throw new UsageError(`unknown command "${command}"`);
    process.stdout.write(`${help}\n`);
    return EXIT.ok;
  }
  switch (command) {
    case 'parse':
      return parseCommand(rest);
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? EXIT.usage : EXIT.ok;
    default: {
      const handler = COMMANDS[command];
      if (!handler) throw new UsageError(`unknown command "${command}"`);
      return handler(rest);
    }
  }
}

/** Commands beyond `parse` live in their own modules so `parse` never loads the database. */
const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  import: async (args) => (await import('./commands/import.js')).importCommand(args),
  query: async (args) => (await import('./commands/query.js')).queryCommand(args),
  serve: async (args) => (await import('./commands/serve.js')).serveCommand(args),
  mcp: async (args) => (await import('./commands/mcp.js')).mcpCommand(args),
  copy: async (args) => (await import('./commands/copy.js')).copyCommand(args),
  check: async (args) => (await import('./commands/check.js')).checkCommand(args),
  // `npm start`: import the bundled corpus when the database is missing or older than it, then serve.
  start: async (args) => (await import('./commands/serve.js')).startCommand(args),
};

async function parseCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, md: { type: 'boolean' }, 'max-bytes': { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UsageError('parse takes exactly one FILE');
  if (values.json && values.md) throw new UsageError('choose one of --json and --md');
  const file = positionals[0]!;
  const maxBytes = maxBytesOption(values['max-bytes']);
  let text: string;
  try {
    const size = fileSize(file);
    const over = tooLarge(size, maxBytes);
    if (over) throw new Error(over);
    text = readText(file);
  } catch (e) {
    process.stderr.write(`zankb: ${file}: ${(e as Error).message}\n`);
    return EXIT.failed;
  }
  // Loaded here, not at the top: an import's main thread only relays progress from the import
  // thread (bin/import-thread), and the parser's modules would only add to its memory.
  const { parseFile } = await import('../parser/index.js');
  const { sidecarOf } = await import('./sidecar.js');
  const { parsed, markdown } = parseFile(text, file, sidecarOf(file));
  if (values.md) process.stdout.write(markdown);
  else if (values.json) process.stdout.write(`${JSON.stringify(parsed, null, 2)}\n`);
  else process.stdout.write(summarize(file, parsed));
  // The same check as import's: a text that names no act is a failure here too.
  const { validateParsed } = await import('../kb/import/validate.js');
  try {
    validateParsed(parsed);
  } catch (e) {
    process.stderr.write(`zankb: ${file}: ${(e as Error).message}\n`);
    return EXIT.failed;
  }
  return EXIT.ok;
}

/** The size of a regular file; a missing one, or not a file, throws with the reason, as a read would. */
function fileSize(file: string): number {
  let stat: Stats;
  try {
    stat = statSync(file);
  } catch (e) {
    throw new Error(`cannot read (${(e as Error).message})`);
  }
  if (!stat.isFile()) throw new Error('cannot read (not a regular file)');
  return stat.size;
}

function summarize(file: string, p: ParsedDocument): string {
  const a = p.act;
  const lines = [
    `${file}`,
    `  ${a.title}`,
    `  ${a.issuer ?? 'issuer unknown'}, ${a.adopted ?? 'date unknown'} ` +
      `№ ${a.number ?? '?'}${a.registration ? `; registered ${a.registration.date} № ${a.registration.number}` : ''}`,
    `  status: ${a.status}${a.repealedBy ? ` (by ${a.repealedBy.adopted} № ${a.repealedBy.number})` : ''}; ` +
      `commencement: ${a.commencement.kind}${a.commencement.days !== null ? ` +${a.commencement.days} days` : ''}`,
    ...p.amends.map(
      (m) =>
        `  amends ${m.target.adopted} ` +
        `№ ${m.target.number}:` +
        ` ${m.operations.map((o) => o.kind + (o.appendix ? ` (app. ${o.appendix})` : '')).join(', ')}`,
    ),
    ...p.repeals.map((r) => `  repeals ${r.adopted} № ${r.number}`),
    `  regulations: ${p.regulations.length}`,
    ...p.regulations.map(
      (r) =>
        `    ${r.position}. ${r.appendix !== null ? `[app. ${r.appendix}] ` : ''}${r.title} ` +
        `— ${r.sections.length} sections, ${r.pointCount} points`,
    ),
    `  diagnostics: ${p.diagnostics.filter((d) => d.severity !== 'info').length} warnings,` +
      ` ${p.diagnostics.filter((d) => d.severity === 'info').length} repairs/notes`,
  ];
  return `${lines.join('\n')}\n`;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`zankb: ${(e as Error).message}\n\n${USAGE}\n`);
      process.exitCode = EXIT.usage;
    } else if (e instanceof InputError || e instanceof KbError) {
      process.stderr.write(`zankb: ${e.message}\n`);
      process.exitCode = EXIT.failed;
    } else {
      process.stderr.write(`zankb: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = EXIT.failed;
    }
  },
);
