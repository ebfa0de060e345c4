import { LRUCache } from 'lru-cache';
import { findIssuerRegion, findRegionMentions } from '../lib/regions.js';
import type { DocModel, TextBlock } from '../markdown/read.js';
import type { ActMeta, ActStatus, ActType, CoIssuer, Diagnostic, IssuerKind, RegionRef } from '../types.js';
import { type ActMention, findActMentions, readDateAndNumber } from './act-ref.js';
import { findCommencementClause, readCommencement } from './commencement.js';
import type { Evidence } from './evidence.js';
import { findSelfIssuer, operativeVerbType, type SelfIssuer } from './issuer.js';
import { allProvisionBlocks } from './provisions.js';
import { readRegistration } from './registration.js';
import { readEndOfForce, readOwnTerm } from './status.js';
import { pattern } from '../lib/pattern.js';

/**
 * A metadata line opens with the act's own type: «Решение …», or a joint act's «Совместное постановление
 * акимата … и решение маслихата …» with the type word in lower case (karaganda-2019-0521-joint-19-137;
 * the Костанай 1999 joint act's register line in tests/parser/header.test.ts).
 */
const METADATA = /^(?:Совместн\p{L}*\s+)?(?:[Пп]остановление|[Рр]ешение|[Пп]риказ|[Рр]аспоряжение)\s/u;
const AKIM_OR_AKIMAT: ReadonlySet<IssuerKind> = new Set(['akim', 'akimat']);
/** What may follow the act's own mention in its metadata line. */
const METADATA_TAIL = /^\s*(?:[.,;]\s*)?(?:$|[Зз]арегистрирован|Утратил|Отменен|Прекращен|Прекратил)/u;
/** An appendix header naming the act («Приложение к решению акима … № 4-95 от "03" апреля 1997г.»). */
const APPENDIX_HEADER = pattern('u')`
  ^(?:Приложение\s*(?:№?\s*\d+\s*)?(?:к|К)
  |Утвержден\p{L}*)\s+(?=(?:постановлени\p{L}+|решени\p{L}+|приказ\p{L}*|распоряжени\p{L}+)\s)
`;
/** «Настоящее решение …» in the points names the act's type when nothing else does. */
const OWN_TYPE = /[Нн]астоящ\p{L}+\s+(постановлени|решени|приказ|распоряжени)/u;
const OWN_TYPE_WORD: Readonly<Record<string, ActType>> = {
  постановлени: 'resolution',
  решени: 'decision',
  приказ: 'order',
  распоряжени: 'order',
};

/**
 * The act's own metadata: title, type, issuer, region, dates, registration, status, repeal, commencement, signatory.
 */
export function extractActMeta(doc: DocModel, ev: Evidence, diagnostics: Diagnostic[]): ActMeta {
  const title = doc.title?.text ?? '';
  if (doc.title) ev.add('act.title', doc.title);
  const meta = findMetadataLine(doc);
  const own = meta?.mention ?? null;
  const self = findSelf(doc);
  const appendix = own?.ref.adopted ? null : findAppendixMention(doc);
  if (meta && own) {
    if (own.dateText) ev.add('act.adopted', meta.block, own.dateText);
    if (own.numberText) ev.add('act.number', meta.block, own.numberText);
    ev.add('act.issuer', meta.block, own.issuerText);
  } else {
    diagnostics.push({
      code: 'metadata-missing',
      severity: 'warning',
      message:
        'no metadata line ("Постановление акимата … от … № …") found: type, issuer, adoption ' +
        'date and number are read from the preamble, appendix headers and notes where they ' +
        'say them; add the line to the text or the Markdown',
    });
    if (self) ev.add('act.issuer', self.block, self.issuer.text);
    if (appendix?.dateText) ev.add('act.adopted', appendix.block, appendix.dateText);
    if (appendix?.numberText) ev.add('act.number', appendix.block, appendix.numberText);
  }

  // The act's own words beat the register's line when they call the body differently: «Решение акима
  // … № 24» over a text that says «Акимат области ПОСТАНОВЛЯЕТ» and «настоящего постановления»
  // (almaty-obl-2005-0203-akimat-24) is the register mixing up the akim and his akimat.
  const conflict = own && self && own.issuerKind !== self.issuer.kind && AKIM_OR_AKIMAT.has(own.issuerKind);
  if (conflict && AKIM_OR_AKIMAT.has(self.issuer.kind)) {
    diagnostics.push({
      code: 'issuer-conflict',
      severity: 'warning',
      message:
        `the metadata line names the issuer "${own.ref.issuer}", the preamble "${self.issuer.text}": ` +
        `the preamble is followed`,
      span: ev.locate(self.block, self.issuer.text),
    });
  }
  const selfFirst = Boolean(conflict && self && AKIM_OR_AKIMAT.has(self.issuer.kind));
  const issuer = (selfFirst ? self?.issuer.issuer : own?.ref.issuer) ?? self?.issuer.issuer ?? null;
  const type =
    (selfFirst ? self?.issuer.type : own?.ref.type) ??
    self?.issuer.type ??
    appendix?.ref.type ??
    preambleVerbType(doc) ??
    ownTypeFromPoints(doc);
  const issuerKind =
    (selfFirst ? self?.issuer.kind : own?.issuerKind) ??
    self?.issuer.kind ??
    appendix?.issuerKind ??
    signatureKind(doc, type) ??
    controlKind(doc, type) ??
    null;
  const adopted = own?.ref.adopted ?? appendix?.ref.adopted ?? null;
  const context = regionContext(doc, meta?.block ?? null);
  const region =
    own && !selfFirst
      ? regionOf(issuer, adopted, context)
      : inferRegion(
          doc,
          { issuer, kind: issuerKind, level: self?.issuer.level ?? null, date: adopted, context },
          [own, appendix].flatMap((m) =>
            m && m.issuerKind === issuerKind ? [regionOf(m.ref.issuer, m.ref.adopted ?? null)] : [],
          ),
          diagnostics,
        );

  const metaTail = meta ? { block: meta.block, text: meta.block.text.slice(own?.end ?? 0) } : looseMetadataTail(doc);
  const end = readEndOfForce(headBlocks(doc), metaTail, ev);
  // An act's own text with no end of force in it is in force, however little of its header the page
  // keeps: points with «настоящего решения» (sko-2015-0000-maslikhat-v15sh003570), a bare «РЕШИЛ:»
  // (zhambyl-2023-0000-akim-g23g000002b), a maslikhat's signature (karaganda-2014-0000-maslikhat-v14ka002732).
  const recognised = Boolean(meta || self || appendix || (doc.points.length > 0 && (type || issuerKind)));
  const status: ActStatus = end.status ?? (recognised ? 'in_force' : 'unknown');

  const clause = findClause(doc);
  const commencement = readCommencement(clause?.text ?? null);
  if (clause) ev.add('act.commencement', clause.block, clause.text);

  const registration = metaTail ? readRegistration(metaTail.text) : null;
  if (metaTail && registration?.dateText) ev.add('act.registration.date', metaTail.block, registration.dateText);
  if (metaTail && registration?.numberText) ev.add('act.registration.number', metaTail.block, registration.numberText);

  return {
    title,
    type,
    issuer,
    issuerKind,
    region,
    adopted: own?.ref.adopted ?? appendix?.ref.adopted ?? null,
    number: own?.ref.number ?? (own?.ref.adopted ? null : (appendix?.ref.number ?? null)),
    registration: registration?.registration ?? null,
    commencement,
    status,
    repealedBy: end.repealedBy,
    expiry: end.expiry ?? readOwnTerm(allProvisionBlocks(doc.points), ev),
    coIssuers: own?.coIssuers?.length ? own.coIssuers : coIssuersOfPreamble(self?.issuer.co ?? null, appendix, ev),
    signedBy: readSignature(doc, ev),
  };
}

/**
 * The metadata line: the first paragraph before the points that opens with the act's own mention
 * («Решение Актюбинского областного маслихата от 27 июля 2012 года № 45. Зарегистрировано …»,
 * aktobe-2012-0727-maslikhat-45; «Решение Алматинского областного маслихата № 18-133 от 1 июля 2005
 * года», almaty-obl-2005-0701-maslikhat-18-133). A line with neither date nor number is a mention, not
 * the act's header.
 */
function findMetadataLine(doc: DocModel): { block: TextBlock; mention: ActMention } | null {
  const blocks = doc.title ? [doc.title, ...doc.body].sort((a, b) => a.start - b.start) : doc.body;
  for (const block of blocks) {
    if (!METADATA.test(block.text)) continue;
    const mention = findActMentions(block.text)[0];
    if (mention?.start !== 0 || !(mention.ref.adopted || mention.ref.number)) continue;
    // A title is the metadata line only when nothing but the register's notes follows the mention
    // (a consolidated text whose sidecar line was put first); «Решение … № 18-133 … "Об …"» names
    // another act (almaty-obl-2006-0713-maslikhat-29-223).
    if (block === doc.title && (mention.ref.title || !METADATA_TAIL.test(block.text.slice(mention.end)))) continue;
    return { block, mention };
  }
  return null;
}

/**
 * The register's notes of a metadata line whose act mention is not read (a misprinted body, «Решение
 * малихата Алматинской области от 14 декабря 2010 года за № 39-228. Зарегистрировано …»,
 * almaty-obl-2010-1214-maslikhat-39-228, the only such line in the corpus so far; the same register form
 * as aktobe-2012-0727-maslikhat-45's line): the registration and end of force after «Зарегистрировано»
 * are the register's about this act all the same, when the line opens with a type word and dates the act
 * before them.
 */
const LOOSE_METADATA =
  /^(?:[^.]{0,160}?\sот\s[^.]{4,40}?\d{4}\s*(?:г\.|года?)?[^.]{0,40}?(?:№|N)\s*\S+?)\.\s*(?=Зарегистрирован)/u;
function looseMetadataTail(doc: DocModel): { block: TextBlock; text: string } | null {
  const blocks = doc.title ? [doc.title, ...doc.body].sort((a, b) => a.start - b.start) : doc.body;
  for (const block of blocks.slice(0, 4)) {
    if (!METADATA.test(block.text)) continue;
    const head = LOOSE_METADATA.exec(block.text);
    if (head) return { block, text: block.text.slice(head[0].length) };
  }
  return null;
}

/** The body the preamble names as adopting the act («… Абайский районный маслихат РЕШИЛ:»). */
function findSelf(doc: DocModel): { block: TextBlock; issuer: SelfIssuer } | null {
  // A page that starts at the preamble has it taken for the title (zko-2023-0000-maslikhat-v23zh731007).
  for (const block of [
    ...(doc.title ? [doc.title] : []),
    ...doc.body,
    ...(doc.points[0] ? [doc.points[0].head] : []),
  ]) {
    const issuer = findSelfIssuer(block.text);
    if (issuer) return { block, issuer };
  }
  return null;
}

/**
 * The act named by the first header of its own appendices or approved documents, for texts without a
 * metadata line: «Приложение к решению Акима области № 4-37 от «1» апреля 2004г.»
 * (almaty-obl-2004-0401-akim-4-37), «Приложение к постановлению акимата Жамбылского района от 15 ноября
 * 2022 года № 391» (almaty-obl-2022-1115-akimat-391), «Утверждены решением Алматинского областного
 * маслихата N 19-127 от 01 июля 2013 года» (almaty-obl-2013-0701-maslikhat-19-127).
 */
interface AppendixRef {
  block: TextBlock;
  ref: ActMention['ref'];
  issuerKind: IssuerKind | null;
  dateText: string | null;
  numberText: string | null;
}

function findAppendixMention(doc: DocModel): AppendixRef | null {
  const blocks = [
    ...doc.closing,
    ...doc.appendices.flatMap((a) => [a.heading, ...a.paragraphs, ...a.regulations.flatMap((r) => r.intro)]),
  ];
  for (const block of blocks) {
    // A header set in a table reads without its cell separators: «| Приложение 1 к постановлению акимата города
    // Арыс от 1 октября 2014 года № 504 |» (yuko-2014-1001-akimat-504), «Приложение к постановлению акимата | |
    // Хромтауского района | | от 27 января 2015 года | | № 31 |» (aktobe-2015-0127-akimat-31).
    const text = block.text.includes('|') ? block.text.replace(/\s*\|[\s|]*/gu, ' ').trim() : block.text;
    const head = APPENDIX_HEADER.exec(text);
    if (!head) continue;
    const rest = text.slice(head[0].length);
    const mention = findActMentions(rest)[0];
    if (mention && mention.start === 0 && (mention.ref.adopted || mention.ref.number)) return { block, ...mention };
    // «Приложение к решению от 23 июня 2023 года № №4-45-VIII» names no body (turkestan-2023-0623-maslikhat-4-45-viii).
    const bare = /^(постановлени\p{L}*|решени\p{L}*|приказ\p{L}*|распоряжени\p{L}*)(?=\s+(?:от|№|N)\s)/u.exec(rest);
    const dated = bare ? readDateAndNumber(rest, bare[0].length) : null;
    if (bare && dated?.adopted) {
      const type = OWN_TYPE_WORD[bare[1]!.replace(/(?<=постановлени|решени|приказ|распоряжени)\p{L}*$/u, '')] ?? null;
      const ref = {
        type,
        issuer: null,
        adopted: dated.adopted,
        number: dated.number,
        title: null,
        registryNumber: null,
        published: null,
      };
      return { block, ref, issuerKind: null, dateText: dated.dateText, numberText: dated.numberText };
    }
  }
  return null;
}

/**
 * The second body of a joint act named in its preamble, with the number its own act has in the appendix
 * header that names both: «к постановлению … акимата от 10 ноября 2010 года N 251 и решению … маслихата
 * от 13 декабря 2010 года N 28-7» (zko-2010-1110-joint-251); without such a header its number is not in
 * the text (karaganda-2021-0000-joint-v21k0026419).
 */
function coIssuersOfPreamble(co: SelfIssuer | null, appendix: AppendixRef | null, ev: Evidence): CoIssuer[] {
  if (!co) return [];
  const second = appendix
    ? findActMentions(appendix.block.text).find((m, i) => i > 0 && m.issuerKind === co.kind && m.ref.number)
    : undefined;
  if (second?.numberText) ev.add('act.coIssuers[0].number', appendix!.block, second.numberText);
  return [{ type: co.type, issuer: co.issuer, issuerKind: co.kind, number: second?.ref.number ?? null }];
}

/** «Настоящее решение вводится в действие …» → decision, when nothing else names the type. */
function ownTypeFromPoints(doc: DocModel): ActType | null {
  for (const block of allProvisionBlocks(doc.points)) {
    const m = OWN_TYPE.exec(block.text);
    if (m) return OWN_TYPE_WORD[m[1]!] ?? null;
  }
  return null;
}

/** The operative verb of a preamble that names no body («…, РЕШИЛ:»). */
function preambleVerbType(doc: DocModel): ActType | null {
  for (const block of doc.title ? [doc.title, ...doc.body] : doc.body) {
    const type = operativeVerbType(block.text);
    if (type) return type;
  }
  return null;
}

/**
 * The kind of body from the signature: «Председатель сессии … маслихата», «Секретарь маслихата»
 * (a maslikhat); «Аким области» signs the akim's decisions and the akimat's resolutions alike, so
 * the type decides (almaty-obl-1997-0328-akim-3-93, almaty-obl-1999-0426-akim-4-122).
 */
function signatureKind(doc: DocModel, type: ActType | null): IssuerKind | null {
  const text = [...doc.closing, ...doc.body.slice(-2)].map((b) => b.text).join(' ');
  if (/(?:Председатель|Секретарь)[^.]{0,120}?маслихата/iu.test(text)) return 'maslikhat';
  if (/(?:^|\s)(?:Аким|АКИМ|Исполняющий\s+обязанности\s+акима|И\.\s*о\.\s*акима)(?!\p{L})/u.test(text))
    return type === 'resolution' ? 'akimat' : type === 'decision' ? 'akim' : null;
  return null;
}

/**
 * The kind of body from a control point in the first person, «Контроль за исполнением настоящего решения
 * оставляю за собой»: only an akim speaks for himself, as he does for his decisions
 * (zhambyl-2023-0000-akim-g23g000002b, zko-2024-0000-akim-g24zl00003b, pavlodar-2019-0000-akim-v19pgo06536)
 * and for the akimat's resolutions he signs; a maslikhat puts its control on a commission.
 */
function controlKind(doc: DocModel, type: ActType | null): IssuerKind | null {
  const control = allProvisionBlocks(doc.points).some((b) => OWN_CONTROL.test(b.text));
  if (!control) return null;
  return type === 'resolution' ? 'akimat' : type === 'decision' ? 'akim' : null;
}
const OWN_CONTROL = /[Кк]онтроль\s+(?:за|над)\s+[^.;]{0,120}?\sоставляю\s+за\s+собой/u;

/**
 * The region of an act read from its preamble: the preamble's issuer, completed (its oblast, or its
 * whole territory when it says only «районный маслихат», «акимат области») by another naming of the
 * same body in the text — the Сноска's repealing or amending act of the same kind and level, the
 * signature, the metadata line when it was set aside — since a body repeals and amends its own acts:
 * «Абайский районный маслихат РЕШИЛ» with «решением … Абайского районного маслихата Карагандинской области»
 * (karaganda-2011-0000-maslikhat-v11ki000109),
 * «акимат области ПОСТАНОВЛЯЕТ» with «постановлением акимата Мангистауской области»
 * (mangystau-2014-0000-akimat-v14m0002609).
 */
function inferRegion(doc: DocModel, self: SelfRegion, known: RegionRef[], diagnostics: Diagnostic[]): RegionRef {
  const { issuer, kind, level, date } = self;
  const own = regionOf(issuer, date);
  if (own.oblast && (own.district || own.city || level === 'областной' || !level)) return own;
  const others: RegionRef[] = [...known];
  const notes = headBlocks(doc).filter((b) => /^(?:Сноска|Утратил|Отменен)/u.test(b.text));
  for (const block of [...notes, ...doc.closing]) {
    for (const mention of findActMentions(block.text)) {
      if (kind && mention.issuerKind !== kind) continue;
      others.push(regionOf(mention.ref.issuer, mention.ref.adopted ?? null));
    }
    const signer = SIGNER.exec(block.text);
    if (signer && kind !== 'akimat') others.push(regionOf(signer[1]!, date));
  }
  // A signature set in a table names its body over several rows: «Председатель очередной ХХХІХ сессии | |»,
  // «Карагандинского городского | |», «маслихата V созыва | Б. Толукпаев |»
  // (karaganda-2014-0000-maslikhat-v14ka002732),
  // «Исполняющий обязанности акима | |», «Теректинского сельского округа | Е. Биекбаев |»
  // (almaty-obl-2017-0000-akim-v17des04357): its rows read as one phrase.
  const rows = SIGNER.exec(signatureRows(doc.closing));
  if (rows && kind !== 'akimat') others.push(regionOf(rows[1]!, date));
  // Then the acts its points amend or repeal, which a body mostly does to its own: «городской маслихат
  // РЕШИЛ» and «Признать утратившим силу решение Таразского городского маслихата …»
  // (zhambyl-2010-0000-maslikhat-v10ga000120).
  for (const block of [...doc.body, ...allProvisionBlocks(doc.points)]) {
    for (const mention of findActMentions(block.text)) {
      if (kind && mention.issuerKind === kind) others.push(regionOf(mention.ref.issuer, mention.ref.adopted ?? null));
    }
  }
  // An act older than the acts that amend or repeal it has their oblast only if the unit had it before
  // it moved: the Сноска's «… Отрарского района Южно-Казахстанской области от 28.08.2017» does
  // (yuko-2017-0000-akimat-v17ui003991), «… Талдыкорганского городского маслихата области Жетісу от
  // 12.02.2024» does not (almaty-obl-2020-0000-maslikhat-v20da005558).
  const former = formerOblast(issuer, date);
  const deputy = deputyTerritory(doc, kind, date);
  const fits =
    others.find((r) => r.oblast && sameBody(own, level, r) && (!former || r.oblast === former)) ??
    oblastSpokenOf(doc, issuer, level) ??
    okrugDistrict(doc, issuer, date) ??
    (deputy && sameBody(own, level, deputy) ? deputy : null);
  if (!fits) return regionOf(issuer, date, self.context);
  diagnostics.push({
    code: 'issuer-region-inferred',
    severity: 'info',
    message:
      `the preamble names the issuer as "${issuer ?? '?'}"; its region is completed from another ` +
      `naming of the same body: ${[fits.district ?? fits.city, fits.oblast].filter(Boolean).join(', ')}`,
  });
  return fits;
}

/** A signer's title with the body it names: «Председатель … маслихата», «Аким … района». */
const SIGNER = /(?:Председатель|Секретарь|Аким)\s+([^|]*?(?:маслихата|района|области|округа|города\s+\S+))/u;

/** The signature's paragraphs as one line, table cells dropped, for a body named over several rows. */
function signatureRows(closing: TextBlock[]): string {
  return closing
    .slice(0, 8)
    .map((b) => b.text.replace(/\|/gu, ' '))
    .join(' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * An akim's or akimat's act names its own deputy akim in its points, with the unit he serves: «Назначить
 * заместителя акима Теректинского района … руководителем ликвидации» (zko-2024-0000-akim-g24zl00003b), «Контроль …
 * возложить на заместителя акима Сырдарьинского района» (kyzylorda-2015-0522-akimat-183), «… Енбекшинского района»
 * (shymkent-2020-0608-akim-1). A maslikhat's act may name the akimat's deputy, not its own: not read for it.
 */
function deputyTerritory(doc: DocModel, kind: IssuerKind | null, date: string | null): RegionRef | null {
  if (kind !== 'akim' && kind !== 'akimat') return null;
  for (const block of allProvisionBlocks(doc.points)) {
    const m = DEPUTY.exec(block.text);
    if (!m) continue;
    const region = regionOf(m[1]!, date);
    if (region.oblast || region.district || region.city) return region;
  }
  return null;
}
const DEPUTY_UNIT = /(?:\p{Lu}[\p{L}-]+\s+(?:район|област)\p{L}*|город\p{L}*\s+\p{Lu}[\p{L}-]+)/u.source;
const DEPUTY = new RegExp(
  `заместител\\p{L}*\\s+акима\\s+(${DEPUTY_UNIT}(?:\\s+\\p{Lu}[\\p{L}-]+\\s+област\\p{L}*)?)`,
  'u',
);

/** The issuer as the preamble names it, with what may complete its region. */
interface SelfRegion {
  issuer: string | null;
  kind: IssuerKind | null;
  level: string | null;
  /** The act's date. */
  date: string | null;
  /** Text that may name the oblast the issuer leaves out ({@link regionContext}). */
  context: string;
}

/**
 * Where the register names the act's oblast when its issuer does not: the metadata line with its
 * registration («Зарегистрировано Департаментом юстиции Алматинской области») and the notes before
 * the points (the «Сноска»'s repealing act of the same body).
 */
function regionContext(doc: DocModel, meta: TextBlock | null): string {
  const notes = headBlocks(doc).filter((b) => /^(?:Сноска|Утратил|Отменен)/u.test(b.text));
  return [...(meta ? [meta] : []), ...notes]
    .map((b) => b.text)
    .join('\n')
    .slice(0, 2_000);
}

/**
 * The paragraphs before the points, with the title when it is a note: a page that starts at the
 * «Сноска» has no title, and its first paragraph is taken for one (karaganda-2011-0000-maslikhat-v11ki000109).
 */
function headBlocks(doc: DocModel): TextBlock[] {
  return doc.title && /^(?:Сноска|Утратил|Отменен|Прекращено|Примечание)/u.test(doc.title.text)
    ? [doc.title, ...doc.body]
    : doc.body;
}

/**
 * For an oblast body that never names its oblast («Аким области», «акимат области»): the oblast
 * the text speaks of, when one is named at least twice and more often than any other
 * (almaty-obl-2004-0401-akim-4-37, almaty-obl-2003-0820-akim-8-140).
 */
function oblastSpokenOf(doc: DocModel, issuer: string | null, level: string | null): RegionRef | null {
  if (!/област/u.test(`${issuer ?? ''} ${level ?? ''}`)) return null;
  const counts = new Map<string, number>();
  for (const m of findRegionMentions(doc.markdown.slice(0, 30_000))) {
    if (m.oblast && /область$/u.test(m.oblast)) counts.set(m.oblast, (counts.get(m.oblast) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < 2 || (second && second[1] === first[1])) return null;
  return { oblast: first[0], district: null, city: null };
}

/**
 * A rural okrug's akim named without the okrug's district («аким Северного сельского округа РЕШИЛ:») has
 * the district the text names after the same okrug: «в селе Северное Северного сельского округа Иртышского
 * района» in a point (pavlodar-2019-0000-akim-v19pgo06536), «акима Теректинского сельского округа
 * Алакольского района Алматинской области» in the Сноска (almaty-obl-2017-0000-akim-v17des04357).
 */
function okrugDistrict(doc: DocModel, issuer: string | null, date: string | null): RegionRef | null {
  const okrug = /(\p{Lu}\p{Ll}{3,})\s+сельск\p{L}*\s+округ/u.exec(issuer ?? '');
  if (!okrug) return null;
  const stem = okrug[1]!.slice(0, -3);
  const named = new RegExp(
    `${stem}\\p{L}*\\s+сельск\\p{L}*\\s+округ\\p{L}*\\s+(\\p{Lu}[\\p{L}-]+\\s+район\\p{L}*` +
      `(\\s+[\\p{Lu}][\\p{L}-]+\\s+област\\p{L}*)?)`,
    'u',
  );
  for (const block of [...headBlocks(doc), ...allProvisionBlocks(doc.points), ...doc.closing]) {
    const m = named.exec(block.text);
    if (!m) continue;
    // A district named alone has the oblast only one oblast's district of that name gives it
    // (pavlodar-2019-0000-akim-v19pgo06536: «Иртышского района»); a shared name leaves it open.
    const region = regionOf(m[1]!, date);
    if (region.district) return region;
  }
  return null;
}

/** Can `other` be the same body as one read as `own` at `level`? */
function sameBody(own: RegionRef, level: string | null, other: RegionRef): boolean {
  if (own.district) return other.district === own.district;
  if (own.city) return other.city === own.city;
  if (own.oblast) return other.oblast === own.oblast && !other.district && !other.city;
  if (level === 'районный') return other.district !== null;
  if (level === 'городской') return other.city !== null || (other.oblast !== null && !/область$/u.test(other.oblast));
  if (level === 'областной') return !other.district && !other.city;
  return true;
}

/**
 * The region an issuer phrase names, as it was on the act's date: «Шымкентского городского маслихата»
 * of 2012 is the city of Южно-Казахстанская область, of 2019 a city of republican significance
 * (shymkent-2019-0329-maslikhat-47-384-6s); «Аягозского районного маслихата» before 2022-06-08 is in ВКО.
 * The context (the metadata line with its registration, the notes) is read only when the phrase alone
 * leaves the oblast open: «акимат Жамбылского района» (almaty-obl-2022-1115-akimat-391; two oblasts have
 * one) with «Департаментом юстиции Алматинской области»; a body named by its level alone with the
 * Сноска's act of the same body (karaganda-2011-0000-maslikhat-v11ki000109).
 */
function regionOf(issuer: string | null, date: string | null = null, context = ''): RegionRef {
  if (!issuer) return { oblast: null, district: null, city: null };
  let region = cachedRegion(issuer, date, '');
  if (formerOblast(issuer, date)) region = { ...region, oblast: null };
  if (region.oblast || !context) return region;
  return cachedRegion(issuer, date, context);
}

/**
 * Without the act's date, a unit that has changed oblast has none: «Талдыкорганский городской маслихат»
 * was in Алматинская область until 2022, in Жетысуская since (almaty-obl-2020-0000-maslikhat-v20da005558);
 * «акимат Отрарского района» in Южно-Казахстанская until 2018 (yuko-2017-0000-akimat-v17ui003991).
 * @returns the oblast the unit had before it moved, or null when the date is known or it never moved
 */
function formerOblast(issuer: string | null, date: string | null): string | null {
  if (date || !issuer) return null;
  const today = cachedRegion(issuer, null, '').oblast;
  const former = cachedRegion(issuer, BEFORE_REFORMS, '').oblast;
  return today && former && former !== today ? former : null;
}

/** A day after the oblasts of 1997 were merged, before Шымкент (2018) and the oblasts of 2022 were formed. */
const BEFORE_REFORMS = '2010-01-01';

function cachedRegion(issuer: string, date: string | null, context: string): RegionRef {
  const key = `${date ?? ''}\u0000${issuer}\u0000${context}`;
  let region = regions.get(key);
  if (!region) {
    const found = findIssuerRegion(issuer, { date, context: context || null });
    region = { oblast: found?.oblast ?? null, district: found?.district ?? null, city: found?.city ?? null };
    regions.set(key, region);
  }
  return { ...region };
}

/**
 * Regions already read, by date, issuer as written and context: a register has few issuing bodies,
 * each with many acts, and reading one against the gazetteer is the slowest step of the metadata.
 * An issuer's acts share a date in a session, and the context is read for the few phrases without
 * an oblast only.
 */
const REGIONS_KEPT = 5_000;
const regions = new LRUCache<string, RegionRef>({ max: REGIONS_KEPT });

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
