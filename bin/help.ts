/**
 * Help for one command (`zankb query --help`) cut from the general usage text, so the two never
 * disagree, and the version (`zankb --version`) from package.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './package-root.js';

/**
 * The usage of one command: its lines of the general usage (from `  zankb CMD` to the next
 * command) and the notes after the list.
 * @param usage the general usage text
 * @param command the command's name
 * @returns the command's usage, or null for an unknown command
 */
export function commandUsage(usage: string, command: string): string | null {
  const lines = usage.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`  zankb ${command} `) || l === `  zankb ${command}`);
  if (start === -1) return null;
  let end = start + 1;
  while (end < lines.length && lines[end]!.startsWith('    ')) end++;
  const notes = lines.slice(lines.findIndex((l, i) => i > start && l === '') + 1).filter((l) => l.trim());
  return ['Usage:', ...lines.slice(start, end), '', ...notes].join('\n');
}

/** Whether the arguments ask for help (`--help` or `-h` anywhere before a `--`). */
export function wantsHelp(args: string[]): boolean {
  const stop = args.indexOf('--');
  return (stop === -1 ? args : args.slice(0, stop)).some((a) => a === '--help' || a === '-h');
}

/** The package's version. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
