/**
 * The damage of the register's PDF extraction (domain.md §2), applied to one
 * wrapped line:
 * - displaced hyperlinks: a linked phrase moves to the end of its line and
 *   leaves a double space behind (`Внести в  акимата … от 4 постановление`),
 *   sometimes glued to the last word (`от 7 июляпостановление`) or to
 *   punctuation (`постановлению:приложению 1`); a link that opened an
 *   indented line leaves a seventh space of indent;
 * - letter-spacing of justified text (`и з м е н е н и я  и  д о п о л н е н и я :`).
 * Only damage that the extraction demonstrably produced is imitated; forms a
 * reader could not undo either (a link before a comma, `согласно ,  регламенту`)
 * are produced only in regulation bodies, never in lines that carry facts.
 */
import type { Random } from '../random.js';
import { printedLength, type Line } from './wrap.js';

const GLUABLE = /^(?:постановлени|решени|приложени|пункт|регламент|стандарт|закон|№)/iu;
const IS_LINK = /^⟦[^⟧]*⟧$/u;

/** How much damage to do. */
export interface DamageOptions {
  /** Probability that a given link not at the line's end is displaced. */
  displace: number;
  /** Allow unrepairable scrambles (a link before punctuation). */
  scramble: boolean;
}

/**
 * Renders a line, displacing some of its links.
 * @param line the wrapped line
 * @param rng damage stream
 * @param opts probabilities
 * @returns the printed line (no link marks)
 */
export function renderLine(line: Line, rng: Random, opts: DamageOptions): string {
  const tokens = line.tokens;
  const moved: number[] = [];
  for (let i = 0; i < tokens.length - 1 && moved.length < 2; i++) {
    const t = tokens[i]!;
    if (!IS_LINK.test(t)) {
      // A link glued to punctuation after it ("⟦пунктом 9⟧,"): displacing it leaves "с ," — unrepairable.
      if (opts.scramble && i > 0 && !moved.includes(i - 1) && /^⟦[^⟧]*⟧[,;]$/u.test(t) && rng.chance(opts.displace / 3))
        moved.push(i);
      continue;
    }
    if (i === 0 && line.indent === '') continue; // a flush line's leading gap is not recognisable
    if (moved.includes(i - 1)) continue; // two links side by side would leave one gap for two words
    if (rng.chance(opts.displace)) moved.push(i);
  }
  const plain = (t: string) => t.replace(/[⟦⟧]/g, '');
  if (moved.length === 0) return line.indent + tokens.map(plain).join(' ') + (line.trailing ? ' ' : '');
  // The gap: the removed word's place stays empty between its two spaces; a comma after it stays.
  const pieces = tokens.map((t, i) => (moved.includes(i) ? (IS_LINK.test(t) ? '' : t.slice(-1)) : plain(t)));
  let out = line.indent + pieces.join(' ');
  moved.forEach((i, k) => {
    const t = plain(tokens[i]!).replace(/[,;]$/u, '');
    const last = out[out.length - 1] ?? '';
    const glueToPunct = k === 0 && /[.:;,"»)]/u.test(last) && rng.chance(0.6);
    const word = /\p{L}+$/u.exec(out)?.[0] ?? '';
    const glueToWord =
      k === 0 &&
      !glueToPunct &&
      GLUABLE.test(t) &&
      !t.startsWith('№') &&
      word.length >= 3 &&
      !/под$/iu.test(word) &&
      rng.chance(0.2);
    out += glueToPunct || glueToWord ? t : ` ${t}`;
  });
  return out;
}

/**
 * Letter-spaces a short line: letters of a word joined by one space, words by two.
 * @param text the line's text (no marks)
 * @returns the spaced line
 */
export function letterSpace(text: string): string {
  return text
    .split(' ')
    .filter((w) => w.length > 0)
    .map((w) => [...w].join(' '))
    .join('  ');
}

/** Can this line be letter-spaced safely (letters and punctuation only, short)? */
export function spaceable(text: string): boolean {
  return printedLength(text) <= 48 && !/[\d⟦№]/u.test(text) && /\p{L}{3}/u.test(text);
}
