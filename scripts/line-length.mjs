#!/usr/bin/env node
// Lists source lines longer than the house limit (CONTRIBUTING.md) as `file:line: N characters` and exits 1
// when there is any. Files: the .ts/.tsx/.mjs/.js files git tracks or would track (.gitignore applies), or
// the paths given as arguments. Characters are Unicode code points, so a Cyrillic letter counts as one.
//   node scripts/line-length.mjs            # the whole tree
//   node scripts/line-length.mjs api/app.ts # some files
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const LIMIT = 120;
const SOURCE = /\.(?:ts|tsx|mjs|js)$/;

function sourceFiles() {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return out.split('\0').filter((f) => SOURCE.test(f) && existsSync(f));
}

const files = process.argv.length > 2 ? process.argv.slice(2) : sourceFiles();
let count = 0;
for (const file of files.sort()) {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    const length = [...line.replace(/\r$/, '')].length;
    if (length <= LIMIT) return;
    count++;
    process.stdout.write(`${file}:${i + 1}: ${length} characters\n`);
  });
}
if (count > 0) {
  process.stderr.write(
    `${count} line(s) over ${LIMIT} characters: split long strings into '…' + '…' pieces, ` +
      'wrap comments, build long regexes from named parts (CONTRIBUTING.md).\n',
  );
  process.exit(1);
}
