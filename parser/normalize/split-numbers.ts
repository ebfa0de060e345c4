import { replaceMatches } from './mapped-text.js';
import type { Repair } from './repair.js';

const MONTH = '(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)';

/**
 * Numbers split by DOCX justification: `от 4 августа 20      15 года` → `2015`.
 * Guarantee: a year after a month name that was split by a run of 2+ spaces into two digit
 * groups forming a 4-digit year 18xx–20xx is joined; nothing else is touched.
 */
export const joinSplitNumbers: Repair = (mt, report) =>
  replaceMatches(mt, new RegExp(`(?<=${MONTH}\\s+)(\\d{1,3}) {2,}(\\d{1,3})(?=\\s*(?:года|г\\.|год\\b))`, 'g'), (m) => {
    const joined = `${m[1]}${m[2]}`;
    if (!/^(18|19|20)\d\d$/.test(joined)) return null;
    report({ code: 'split-number-joined', severity: 'info', message: `joined split year "${m[0]}" → ${joined}`, span: { start: mt.origin[m.index]!, end: mt.origin[m.index + m[0].length]! } });
    return joined;
  });
