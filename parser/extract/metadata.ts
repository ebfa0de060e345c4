import { findDates } from '../lib/dates.js';
import { parseActNumber } from '../lib/numbers.js';
import { findIssuerRegion } from '../lib/regions.js';
import type { DocModel, TextBlock } from '../markdown/read.js';
import type { ActMeta, ActStatus, Commencement, Diagnostic, RegionRef, Registration } from '../types.js';
import { findActMentions } from './act-ref.js';
import { findCommencementClause, readCommencement } from './commencement.js';
import type { Evidence } from './evidence.js';
import { allProvisionBlocks } from './provisions.js';

/** Status lines of the register (строка статуса) → status. */
const STATUS_LINES: ReadonlyArray<readonly [RegExp, ActStatus]> = [
  [/^Утративш\p{L}+ силу$/u, 'repealed'],
  [/^С ист[её]кшим сроком$/u, 'expired'],
  [/^(?:Новый|Обновленный|Действующий)$/u, 'in_force'],
];
const METADATA = /^(?:Постановление|Решение|Приказ|Распоряжение)\s+(?:акимата|маслихата|акима)\s/u;
const REPEAL_WORDS = /(?:Утратил[оа]?\s+силу|Отменен[оа]?|Признан[оа]?\s+утратившим\s+силу)\s+/u;
const EXPIRED = /Прекращено\s+действие\s+в\s+связи\s+с\s+истечением\s+срока/u;

/** Nominative of the registering body (Департаментом юстиции → Департамент юстиции). */
const AUTHORITY_NOMINATIVE: ReadonlyArray<readonly [RegExp, string]> = [
  [/^Департаментом/u, 'Департамент'],
  [/^Управлением/u, 'Управление'],
  [/^Министерством/u, 'Министерство'],
  [/^Главным управлением/u, 'Главное управление'],
];

/** The act's own metadata: title, type, issuer, region, dates, registration, status, repeal, commencement, signatory. */
export function extractActMeta(doc: DocModel, ev: Evidence, diagnostics: Diagnostic[]): ActMeta {
  const title = doc.title?.text ?? '';
  if (doc.title) ev.add('act.title', doc.title);
  const statusBlock = doc.body.find((b) => STATUS_LINES.some(([re]) => re.test(b.text)));
  const meta = doc.body.find((b) => METADATA.test(b.text)) ?? null;
  const footnote = doc.body.find((b) => /^Сноска\.\s*(?:Утратил|Отменен|Прекращено)/u.test(b.text)) ?? null;

  const own = meta ? (findActMentions(meta.text.replace(/^(\S+)/u, (w) => w.toLowerCase()))[0] ?? null) : null;
  if (meta && own) {
    if (own.dateText) ev.add('act.adopted', meta, own.dateText);
    if (own.numberText) ev.add('act.number', meta, own.numberText);
    ev.add('act.issuer', meta, own.ref.issuer?.split(' ').slice(1).join(' '));
  } else {
    diagnostics.push({
      code: 'metadata-missing',
      severity: 'warning',
      message:
        'no metadata line ("Постановление акимата … от … № …") found: type, issuer, adoption date and number are unknown; add the line to the text or the Markdown',
    });
  }
  const issuerText = own?.ref.issuer ?? null;
  const region: RegionRef = regionOf(issuerText);

  let status: ActStatus = statusBlock
    ? STATUS_LINES.find(([re]) => re.test(statusBlock.text))![1]
    : meta
      ? 'in_force'
      : 'unknown';
  if (meta && EXPIRED.test(meta.text)) status = 'expired';
  if (statusBlock) ev.add('act.status', statusBlock);

  const repealedBy = readRepeal(meta, footnote, ev);
  if (repealedBy && status !== 'expired') status = 'repealed';

  const clause = findClause(doc);
  const commencement = readCommencement(clause?.text ?? null);
  if (clause) ev.add('act.commencement', clause.block, clause.text);

  return {
    title,
    type: own?.ref.type ?? null,
    issuer: issuerText,
    issuerKind: own?.issuerKind ?? null,
    region,
    adopted: own?.ref.adopted ?? null,
    number: own?.ref.number ?? null,
    registration: meta ? readRegistration(meta, ev) : null,
    commencement,
    status,
    repealedBy,
    expiry: null,
    coIssuers: [],
    signedBy: readSignature(doc, ev),
  };
}

function regionOf(issuer: string | null): RegionRef {
  if (!issuer) return { oblast: null, district: null, city: null };
  let region = regions.get(issuer);
  if (!region) {
    const found = findIssuerRegion(issuer);
    region = { oblast: found?.oblast ?? null, district: found?.district ?? null, city: found?.city ?? null };
    if (regions.size >= REGIONS_KEPT) regions.clear();
    regions.set(issuer, region);
  }
  return { ...region };
}

/**
 * Regions already read, by issuer as written: a register has few issuing bodies, each with many
 * acts, and reading one against the gazetteer is the slowest step of the metadata.
 */
const regions = new Map<string, RegionRef>();
const REGIONS_KEPT = 5_000;

function readRegistration(meta: TextBlock, ev: Evidence): Registration | null {
  const m = /Зарегистрирован[оа]?\s+(.+?)\s+(?=\d{1,2}\s+\p{L}+\s+\d{4}|\d{2}\.\d{2}\.\d{4})/u.exec(meta.text);
  if (!m) return null;
  const rest = meta.text.slice(m.index + m[0].length);
  const date = findDates(rest)[0];
  const num = date ? /^\s*(?:года|г\.)?\s*(?:за\s+)?(№\s*[^\s.,;]+)/u.exec(rest.slice(date.end)) : null;
  let authority = m[1]!.trim();
  for (const [re, nom] of AUTHORITY_NOMINATIVE) authority = authority.replace(re, nom);
  if (date) ev.add('act.registration.date', meta, date.text);
  if (num) ev.add('act.registration.number', meta, num[1]);
  return { date: date?.iso ?? null, number: num ? parseActNumber(num[1]!) : null, authority };
}

function readRepeal(meta: TextBlock | null, footnote: TextBlock | null, ev: Evidence): ActMeta['repealedBy'] {
  for (const block of [meta, footnote]) {
    if (!block) continue;
    const words = REPEAL_WORDS.exec(block.text);
    if (!words) continue;
    const after = block.text.slice(words.index);
    const mention = findActMentions(after)[0];
    if (!mention) continue;
    const paren = footnote ? /\(([^()]*(?:вводится|вступает)[^()]*)\)/u.exec(footnote.text) : null;
    const commencement: Commencement = readCommencement(paren ? findCommencementClause(paren[1]!) : null);
    if (mention.dateText) ev.add('act.repealedBy.adopted', block, mention.dateText);
    if (mention.numberText) ev.add('act.repealedBy.number', block, mention.numberText);
    if (paren && footnote) ev.add('act.repealedBy.commencement', footnote, paren[1]);
    return { ...mention.ref, commencement };
  }
  return null;
}

function findClause(doc: DocModel): { text: string; block: TextBlock } | null {
  for (const block of allProvisionBlocks(doc.points)) {
    if (!/(?:вступает\s+в\s+силу|вводится\s+в\s+действие)/u.test(block.text)) continue;
    if (/Утратил|постановлени\p{L}*\s+акимата\s+\S+\s+от/u.test(block.text) && !/^\d+\.\s+Настоящ/u.test(block.text))
      continue;
    const text = findCommencementClause(block.text);
    if (text) return { text, block };
  }
  return null;
}

/** Signatory `И. Фамилия` from the signature paragraphs after the operative points. */
function readSignature(doc: DocModel, ev: Evidence): string | null {
  const candidates = [...doc.closing, ...(doc.points.length ? [] : doc.body.slice(-2))];
  const text = candidates.map((b) => b.text).join(' ');
  if (!/^(?:Аким|Председатель|Секретарь|Исполняющий)/u.test(text)) return null;
  const m = /([А-ЯЁӘҒҚҢӨҰҮҺІ])\.\s*(?:([А-ЯЁӘҒҚҢӨҰҮҺІ])\.\s*)?([А-ЯЁӘҒҚҢӨҰҮҺІ][\p{Ll}-]+)\s*$/u.exec(text);
  if (!m) return null;
  const block = candidates.find((b) => b.text.includes(m[3]!));
  if (block) ev.add('act.signedBy', block, m[3]);
  return `${m[1]}.${m[2] ? ` ${m[2]}.` : ''} ${m[3]}`;
}
