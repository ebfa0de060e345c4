import { applyEdits, type Edit } from './mapped-text.js';
import type { Span } from '../types.js';
import type { Repair, Report } from './repair.js';

/*
 * PDF extraction of the register moved hyperlinked words (a reference to an act, an
 * appendix, a point) to the end of their line and left a double space where they stood:
 *   `Внести в  акимата … от 4 постановление`  →  `Внести в постановление акимата … от 4`
 * sometimes glued to the last word (`от 7 июляпостановление`, `постановлению:приложению 1`),
 * and when the link stood first on the line the gap is an extra leading space
 * (7 instead of 6 for an indented line, 1 for a flush line).
 */

/** Words that are hyperlinked in the register: references to acts and their parts. */
const LINK_WORD =
  '(?:постановлени(?:ями|ях|ям|ем|е|я|ю|и|й)|решени(?:ями|ем|е|я|ю|и|й)|приложени(?:ями|ях|ям|ем|е|я|ю|и|й)|' +
  'подпункт(?:ами|ах|ом|ов|а|у|е|ы)?|пункт(?:ами|ах|ом|ов|а|у|е|ы)?|стать(?:ями|ей|ям|я|и|ю|е)|глав(?:ой|а|ы|е|у)|' +
  'раздел(?:ом|ов|а|у|е|ы)?|закон(?:ами|ом|ов|а|у|е|ы)?|кодекс(?:ом|а|у|е)?|регламент(?:ом|ов|а|у|е|ы)?|' +
  'стандарт(?:ами|ом|ов|а|у|е|ы)?|приказ(?:ом|ов|а|у|е|ы)?|указ(?:ом|а|у|е)?|правил(?:ами|ам|ах|а)?|' +
  'параграф(?:ом|а|у|е)?|абзац(?:ем|ев|а|у|е|ы)?|част(?:ью|ям|ь|и)|конституци(?:ей|я|и|ю))';
/** Link words that the extraction also glues to the preceding word. */
const GLUABLE = /^(?:постановлени|решени|приложени|пункт|регламент|стандарт|закон|№)/iu;
const NUM = '\\d+\\)?';
const WORD_LINK = new RegExp(`(${LINK_WORD}(?: ${NUM}(?:, ?${NUM})*)?)$`, 'iu');
/**
 * `№ 131`, `№ А-9/406`: a number has a digit (`№ решение` is a sign left at a line end with a displaced word after it).
 */
const NUMBER_SIGN_LINK = /(№ ?(?=[\p{L}\d/–-]*\d)[\p{L}\d][\p{L}\d/–-]*)$/u;
const BARE_NUMBER_LINK = /(?<= )(\d+)$/u;

interface Link {
  start: number; // offset in the line body
  end: number;
  kind: 'word' | 'sign' | 'bare';
  /** What the link is glued to, when the extraction left no space before it. */
  glued: 'punct' | 'letter' | null;
}

const PUNCT_BEFORE = /[.:;,"»)]/;

/** Peel one link text off the end of `body[0..end)`, or null. */
function peelLink(body: string, end: number): Link | null {
  const head = body.slice(0, end);
  for (const [re, kind] of [
    [NUMBER_SIGN_LINK, 'sign'],
    [WORD_LINK, 'word'],
    [BARE_NUMBER_LINK, 'bare'],
  ] as const) {
    const m = re.exec(head);
    if (!m) continue;
    const start = end - m[1]!.length;
    const before = head[start - 1];
    if (before === undefined) return null;
    if (kind === 'bare') {
      // A lone number is a link only right after punctuation (`документы). 9`), never in running text.
      return PUNCT_BEFORE.test(head[start - 2] ?? '') ? { start, end, kind, glued: null } : null;
    }
    if (before === ' ') return { start, end, kind, glued: null };
    if (PUNCT_BEFORE.test(before)) return { start, end, kind, glued: 'punct' };
    // Glued to a word (`июляпостановление`): only act/appendix words, after 3+ letters, never `подпункт`.
    const word = /[\p{L}]+$/u.exec(head.slice(0, start))?.[0] ?? '';
    if (GLUABLE.test(m[1]!) && word.length >= 3 && !/под$/iu.test(word)) return { start, end, kind, glued: 'letter' };
    return null;
  }
  return null;
}

/**
 * Where the next two spaces in a row start, from `from`; -1 when none. `indexOf('  ')` answers the
 * same, but V8 sometimes spends tens of seconds on it in a large two-byte string
 * (bench/RESULTS.md, "Why these settings"); this scan is always linear.
 */
function doubleSpace(text: string, from: number): number {
  for (let i = from, n = text.length - 1; i < n; i++)
    if (text.charCodeAt(i) === 0x20 && text.charCodeAt(i + 1) === 0x20) return i;
  return -1;
}

/** Gaps left by moved links: runs of 2+ spaces inside the body. */
function gapsOf(body: string): Array<{ start: number; end: number }> {
  const gaps: Array<{ start: number; end: number }> = [];
  for (let i = doubleSpace(body, 0); i >= 0; i = doubleSpace(body, i)) {
    const start = i;
    i += 2;
    while (body.charCodeAt(i) === 0x20) i++;
    gaps.push({ start, end: i });
  }
  return gaps;
}

/** A line that ends in what looks like a displaced link that could not be peeled cleanly. */
const LOOKS_LINKED = new RegExp(`${LINK_WORD}[\\d ,)]*$`, 'iu');

function reportUncertain(report: Report, body: string, span: Span): void {
  report({
    code: 'displaced-words-uncertain',
    severity: 'warning',
    message: `words displaced by the extraction cannot be put back with certainty: "${body}"`,
    span,
  });
}

/** Signs of a line scrambled beyond certain repair: a space before a comma, or an emptied quote pair. */
const SCRAMBLED = / [,;:](?=\s)|" "/;

/**
 * Move displaced hyperlink words back into the gaps they left.
 * Guarantees: a line is rewritten only when the number of gaps equals the number of link
 * texts peeled off its end (each link goes to its gap, in order); the words of the line are
 * preserved (only moved), the indent is kept; lines that look damaged but cannot be repaired
 * with certainty are left as they are and reported as `displaced-words-uncertain` with their span.
 */
export const repairDisplacedLinks: Repair = (mt, report) => {
  const edits: Edit[] = [];
  const text = mt.text;
  // Most lines have no gap: find the next double space once for all lines, and read a line's
  // body only when it has a gap or a leading one.
  let nextGap = doubleSpace(text, 0);
  for (let lineStart = 0, last = false; !last; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) {
      lineEnd = text.length;
      last = true;
    }
    const start = lineStart;
    lineStart = lineEnd + 1;
    // The body: the line without its indent and trailing spaces.
    let at = start;
    while (at < lineEnd && text.charCodeAt(at) === 0x20) at++;
    let bodyEnd = lineEnd;
    while (bodyEnd > at && text.charCodeAt(bodyEnd - 1) === 0x20) bodyEnd--;
    if (bodyEnd === at) continue;
    const indent = at - start;
    const leadingGap = indent === 1 || indent === 7;
    if (nextGap >= 0 && nextGap < at) nextGap = doubleSpace(text, at);
    if (!leadingGap && !(nextGap >= 0 && nextGap < bodyEnd)) continue;
    const body = text.slice(at, bodyEnd);
    const gaps = gapsOf(body);
    if (gaps.length === 0 && !leadingGap) continue;

    const links: Link[] = [];
    let end = body.length;
    const wanted = gaps.length + (leadingGap ? 1 : 0);
    while (links.length < wanted) {
      const link = peelLink(body, end);
      if (!link) break;
      links.unshift(link);
      // The next link (if any) ends where this one starts, minus its separating space.
      end = link.glued ? link.start : link.start - 1;
      if (link.glued) break; // a glued link is always the first displaced text on the line
    }
    const span = { start: mt.origin[at]!, end: mt.origin[at + body.length]! };
    if (links.length === 0) {
      if (gaps.length > 0 && (SCRAMBLED.test(body) || LOOKS_LINKED.test(body))) reportUncertain(report, body, span);
      continue;
    }
    // A flush line with one leading space is common in text boxes; only clear damage
    // (a link glued after punctuation, or a lone number after punctuation) makes it a gap.
    if (indent === 1 && !(links[0]!.glued === 'punct' || links[0]!.kind === 'bare')) continue;
    const tailStart = links[0]!.start;
    // A gap right before the tail is just spacing, not a hole.
    const holes = gaps.filter((g) => g.end < tailStart);
    const slots: number[] = [...(leadingGap ? [-1] : []), ...holes.map((_, i) => i)];
    if (slots.length === 0) continue;
    if (slots.length !== links.length || SCRAMBLED.test(body)) {
      reportUncertain(report, body, span);
      continue;
    }
    const removeFrom = links[0]!.glued ? tailStart : tailStart - 1;
    const moved: string[] = [];
    slots.forEach((slot, i) => {
      const link = links[i]!;
      moved.push(body.slice(link.start, link.end));
      const range = { from: at + link.start, to: at + link.end };
      if (slot === -1) {
        // Leading gap: the link opens the line; drop the extra indent space.
        edits.push({ start: at - 1, end: at, pieces: [range, ' '] });
      } else {
        const hole = holes[slot]!;
        edits.push({ start: at + hole.start, end: at + hole.end, pieces: [' ', range, ' '] });
      }
    });
    edits.push({ start: at + removeFrom, end: lineEnd, pieces: [] });
    report({
      code: 'displaced-words-repaired',
      severity: 'info',
      message: `moved ${moved.map((w) => `"${w}"`).join(', ')} back into the gap left by the extraction`,
      span,
    });
  }
  return applyEdits(mt, edits);
};
