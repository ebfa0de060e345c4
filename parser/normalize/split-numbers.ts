import { applyEdits, type Edit } from './mapped-text.js';
import type { Repair } from './repair.js';

const MONTH = '(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)';

/** A split year, tried at one offset (sticky). */
const SPLIT_YEAR = new RegExp(`(?<=${MONTH}\\s+)(\\d{1,3}) {2,}(\\d{1,3})(?=\\s*(?:года|г\\.|год\\b))`, 'y');
/** The last digit of the first group of a split year: a digit before a run of 2+ spaces and a digit. */
const BEFORE_GAP = /\d(?= {2,}\d)/g;

/**
 * Numbers split by DOCX justification: `от 4 августа 20      15 года` → `2015`.
 * Guarantee: a year after a month name that was split by a run of 2+ spaces into two digit
 * groups forming a 4-digit year 18xx–20xx is joined; nothing else is touched.
 */
export const joinSplitNumbers: Repair = (mt, report) => {
  const text = mt.text;
  const edits: Edit[] = [];
  // The matches a global search for SPLIT_YEAR finds, left to right: every match starts at most
  // two digits before a BEFORE_GAP digit, so only those offsets are tried (most documents have none).
  let searchFrom = 0;
  BEFORE_GAP.lastIndex = 0;
  while (BEFORE_GAP.test(text)) {
    const digit = BEFORE_GAP.lastIndex - 1;
    for (let at = Math.max(digit - 2, searchFrom); at <= digit; at++) {
      SPLIT_YEAR.lastIndex = at;
      const m = SPLIT_YEAR.exec(text);
      if (!m) continue;
      searchFrom = at + m[0].length;
      const joined = `${m[1]}${m[2]}`;
      if (/^(18|19|20)\d\d$/.test(joined)) {
        report({
          code: 'split-number-joined',
          severity: 'info',
          message: `joined split year "${m[0]}" → ${joined}`,
          span: { start: mt.origin[at]!, end: mt.origin[at + m[0].length]! },
        });
        edits.push({ start: at, end: at + m[0].length, pieces: [joined] });
      }
      break;
    }
  }
  return applyEdits(mt, edits);
};
