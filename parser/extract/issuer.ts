/**
 * The issuing body (орган, принявший акт) in the forms the register prints it: the noun with a
 * territory («маслихата города Астаны», «акимата Жамбылского района»), an adjective form
 * («Актюбинского областного маслихата», «Шетского районного маслихата Карагандинской области»),
 * a session-numbered one («XXI сессии Карагандинского областного маслихата») and, in an act's
 * own preamble, the nominative («Абайский районный маслихат РЕШИЛ», «акимат области ПОСТАНОВЛЯЕТ»).
 * Issuers are reported as a nominative phrase the gazetteer reads: «Актюбинский областной маслихат»,
 * «акимат Западно-Казахстанской области».
 */
import type { ActType, IssuerKind } from '../types.js';

/** Level adjectives of a body (областного, районного …) in the genitive. */
const LEVEL_GENITIVE = '[Оо]бластного|[Рр]айонного|[Гг]ородского|[Пп]оселкового|[Сс]ельского|[Оо]кружного';

/**
 * A body in the genitive, with named groups `adj` (a proper adjective), `level` and `body`:
 * «Актюбинского областного маслихата» (aktobe-2012-0727-maslikhat-45), «городского Маслихата»
 * (karaganda-2009-0904-maslikhat-494-14), «акимата» (seed 000).
 */
export const BODY_SOURCE =
  `(?:(?:(?<adj>\\p{Lu}[\\p{L}-]*(?:ого|его))\\s+)?(?<level>${LEVEL_GENITIVE})\\s+)?` +
  '(?<body>[Аа]кимата|[Мм]аслихата|[Аа]кима|АКИМАТА|МАСЛИХАТА|АКИМА)(?![\\p{L}-])';

/**
 * A session before a maslikhat: «10 сессии» (karaganda-2012-1212-maslikhat-92), «VI сессии»
 * (almaty-city-2007-1212-maslikhat-45), «27 внеочередной сессии», «внеочередной 21-сессии»
 * (karaganda-2011-0000-maslikhat-v11ki000109, atyrau-2018-xxxx-maslikhat-reg4059).
 */
export const SESSION_SOURCE =
  '(?:(?:(?:внеочередной|очередной)\\s+)?(?:\\d+|[IVXLCІХ]+)(?:-?(?:й|ой|ая|ей))?(?:\\s*-\\s*|\\s+)' +
  '(?:(?:внеочередной|очередной|чрезвычайной)\\s+)?[Сс]ессии\\s+)?';

const BODY_NOMINATIVE: Readonly<Record<string, readonly [string, IssuerKind]>> = {
  акимата: ['акимат', 'akimat'],
  маслихата: ['маслихат', 'maslikhat'],
  акима: ['аким', 'akim'],
  акимат: ['акимат', 'akimat'],
  маслихат: ['маслихат', 'maslikhat'],
  аким: ['аким', 'akim'],
};

/** Level adjectives whose nominative is not the regular one (stressed ending). */
const LEVEL_NOMINATIVE: Readonly<Record<string, string>> = {
  областного: 'областной',
  городского: 'городской',
  окружного: 'окружной',
};

/** The parts of a printed body phrase. */
export interface BodyWords {
  adj?: string | undefined;
  level?: string | undefined;
  body: string;
  territory: string;
}

/**
 * The nominative issuer phrase and kind of a body phrase read in the genitive or nominative:
 * {adj: 'Актюбинского', level: 'областного', body: 'маслихата', territory: ''} →
 * «Актюбинский областной маслихат».
 * @returns null when `body` is not an issuing body word
 */
export function issuerOf(words: BodyWords): { issuer: string; kind: IssuerKind } | null {
  const body = BODY_NOMINATIVE[words.body.toLowerCase()];
  if (!body) return null;
  // «IV созыва» and «(внеочередная сессия)» say when the body sat, not which body it is.
  const territory = words.territory
    .replace(/\s*\([^()]*\)/gu, '')
    .replace(/\s+(?:[IVXLCІХ]+|\d+)(?:-?го)?\s+созыва\s*$/u, '')
    .trim();
  const parts = [
    words.adj ? adjectiveNominative(words.adj) : null,
    words.level
      ? (LEVEL_NOMINATIVE[words.level.toLowerCase()] ?? adjectiveNominative(words.level.toLowerCase()))
      : null,
    body[0],
    territory || null,
  ];
  return { issuer: parts.filter((p) => p !== null).join(' '), kind: body[1] };
}

/** «Актюбинского» → «Актюбинский», «поселкового» → «поселковый», «Верхнего» → «Верхний». */
function adjectiveNominative(word: string): string {
  if (/[кгхжшчщ]ого$/u.test(word) || /его$/u.test(word)) return `${word.slice(0, -3)}ий`;
  if (/ого$/u.test(word)) return `${word.slice(0, -3)}ый`;
  return word;
}

/** The operative verb closing a preamble → the act type it belongs to. */
const VERB =
  /(?<![\p{L}])(РЕШИЛИ|РЕШИЛ|РЕШАЕТ|РЕШАЮ|ПОСТАНОВЛЯЕТ|ПОСТАНОВИЛ|ПОСТАНОВЛЯЮ|(?:решил|постановляет)(?=\s*:))\s*:?/u;
const VERB_TYPE: Readonly<Record<string, ActType>> = {
  РЕШИЛИ: 'decision',
  РЕШИЛ: 'decision',
  РЕШАЕТ: 'decision',
  РЕШАЮ: 'decision',
  ПОСТАНОВЛЯЕТ: 'resolution',
  ПОСТАНОВИЛ: 'resolution',
  ПОСТАНОВЛЯЮ: 'resolution',
  // «Алматинский областной Маслихат решил:» (almaty-obl-2002-0624-maslikhat-22-145).
  решил: 'decision',
  постановляет: 'resolution',
};
/**
 * The act type the operative verb implies («…, РЕШИЛ:» → decision, «ПОСТАНОВЛЯЕТ:» → resolution), for a
 * preamble that names no body (almaty-obl-1997-0328-akim-3-93, almaty-obl-1999-0426-akim-4-122).
 */
export function operativeVerbType(text: string): ActType | null {
  const verb = VERB.exec(text);
  return verb ? VERB_TYPE[verb[1]!]! : null;
}

/** The last body noun before the verb, nominative or genitive («исполняющий обязанности акима …»). */
const BODY_NOUN = /(?<![\p{L}-])(акимат|маслихат|аким)(а?)(?![\p{L}-])/giu;
const NOMINATIVE_ADJECTIVE = /^\p{L}[\p{L}-]*(?:ий|ый|ой)$/u;

/** The issuer an act names as itself in its preamble. */
export interface SelfIssuer {
  issuer: string;
  kind: IssuerKind;
  type: ActType;
  /** The phrase as printed («Абайский районный маслихат»). */
  text: string;
  /** The level adjective when printed («районный»), to check another naming against. */
  level: string | null;
  /** The second body of a joint act, named after «и» with its own verb. */
  co?: SelfIssuer;
}

/**
 * A joint act's preamble names its second body after the first one's verb: «акимат Карагандинской
 * области ПОСТАНОВЛЯЕТ и Карагандинский областной маслихат РЕШИЛ:» (karaganda-2021-0000-joint-v21k0026419),
 * «акимат области ПОСТАНОВЛЯЕТ и областной маслихат РЕШИЛ:» (zko-2010-1110-joint-251).
 */
const JOINT_AFTER_VERB =
  /^\s*и\s+(?=[^,;:()«»"]{3,160}?(?<![\p{L}])(?:РЕШИЛИ|РЕШИЛ|ПОСТАНОВЛЯЕТ|ПОСТАНОВИЛ)(?![\p{L}]))/u;

/**
 * The body that adopts the act, from the words before its operative verb: «… Абайский районный
 * маслихат РЕШИЛ:» (karaganda-2011-0000-maslikhat-v11ki000109), «акимат области ПОСТАНОВЛЯЕТ:»
 * (mangystau-2014-0000-akimat-v14m0002609), «исполняющий обязанности акима Теректинского сельского
 * округа РЕШИЛ:» (almaty-obl-2017-xxxx-akim-reg4357), «Аким Алматинской области РЕШИЛ:»
 * (almaty-obl-1999-0610-akim-6-188).
 * @param text a preamble paragraph
 * @returns null when no body stands right before an operative verb
 */
export function findSelfIssuer(text: string): SelfIssuer | null {
  const verb = VERB.exec(text);
  if (!verb) return null;
  const before = text.slice(Math.max(0, verb.index - 240), verb.index);
  let noun: RegExpExecArray | null = null;
  BODY_NOUN.lastIndex = 0;
  for (let m = BODY_NOUN.exec(before); m; m = BODY_NOUN.exec(before)) noun = m;
  if (!noun) return null;
  const territory = before.slice(noun.index + noun[0].length).trim();
  // The body stands right before the verb: at most a territory of a few words, no clause between.
  if (territory.split(/\s+/u).length > 8 || /[,;:()«»"]/u.test(territory)) return null;
  const words = before
    .slice(0, noun.index)
    .trimEnd()
    .split(/\s+/u)
    .filter((w) => w.length > 0);
  const adjectives: string[] = [];
  for (let i = words.length - 1; i >= 0 && adjectives.length < 2; i--) {
    if (!NOMINATIVE_ADJECTIVE.test(words[i]!)) break;
    adjectives.unshift(words[i]!);
  }
  const level = adjectives.find((a) => /^(?:областной|районный|городской|поселковый|сельский)$/iu.test(a)) ?? null;
  const body = noun[1]!.toLowerCase();
  const kind: IssuerKind = body === 'маслихат' ? 'maslikhat' : body === 'акимат' ? 'akimat' : 'akim';
  const head = [...adjectives.map((a) => (a === level ? a.toLowerCase() : a)), body].join(' ');
  const printedStart = adjectives.length ? before.lastIndexOf(adjectives[0]!, noun.index) : noun.index;
  const afterVerb = text.slice(verb.index + verb[0].length, verb.index + verb[0].length + 200);
  const joint = JOINT_AFTER_VERB.exec(afterVerb);
  const co = joint ? findSelfIssuer(afterVerb.slice(joint[0].length)) : null;
  return {
    ...(co && co.kind !== kind ? { co } : {}),
    issuer: territory ? `${head} ${territory}` : head,
    kind,
    type: kind === 'akimat' ? 'resolution' : VERB_TYPE[verb[1]!]!,
    text: before.slice(printedStart).trim(),
    level: level?.toLowerCase() ?? null,
  };
}
