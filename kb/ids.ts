/**
 * Stable ids derived from content, so they are the same whatever order
 * documents arrive in:
 * - act: `{region}-{adopted}-{number}`, e.g. `zko-2018-05-22-119`,
 *   `sko-akzhar-2012-02-04-39`; bodies other than an akimat get their kind
 *   (`zko-maslikhat-2019-03-28-5`) because a maslikhat and an akimat of one
 *   region can number acts alike. The region is the gazetteer id (`kz` for
 *   national acts); the date is the printed adoption date, errors included.
 * - regulation: `{base act id}-r{8 hex of sha256(stemmed service key)}`.
 * - document: `doc_` + 16 hex of the text's sha256.
 */
import { sha256 } from './util.js';

/** What an act id is made of. */
export interface ActIdParts {
  regionId: string | null;
  issuerKind: string | null;
  adopted: string | null;
  number: string | null;
}

/**
 * Builds an act id.
 * @param parts region, issuing body kind, adoption date, number
 * @returns e.g. `zko-2018-05-22-119`
 */
export function actId(parts: ActIdParts): string {
  const region = parts.regionId ? slug(parts.regionId) : 'kz';
  const kind = parts.issuerKind && parts.issuerKind !== 'akimat' ? `${parts.issuerKind}-` : '';
  const number = parts.number ? slug(parts.number) : 'no-number';
  return `${region}-${kind}${parts.adopted ?? 'undated'}-${number}`;
}

/**
 * Builds a regulation id.
 * @param baseActId the approving act
 * @param serviceKey stemKey of the service name
 * @returns e.g. `zko-2015-08-04-204-r1a2b3c4d`
 */
export function regulationId(baseActId: string, serviceKey: string): string {
  return `${baseActId}-r${sha256(serviceKey).slice(0, 8)}`;
}

/**
 * Builds a document id from its content hash.
 * @param contentHash hex sha256 of the text
 * @returns `doc_` + 16 hex digits
 */
export function documentId(contentHash: string): string {
  return `doc_${contentHash.slice(0, 16)}`;
}

/**
 * Guesses the kind of issuing body from its name.
 * @param issuer "акимат Западно-Казахстанской области", "маслихат …", "аким …"
 * @returns 'akimat' | 'maslikhat' | 'akim' | null
 */
export function issuerKindOf(issuer: string | null): string | null {
  if (!issuer) return null;
  const s = issuer.toLowerCase();
  if (s.includes('маслихат')) return 'maslikhat';
  if (s.includes('акимат')) return 'akimat';
  if (/(^|\s)аким(а|ом)?(\s|$)/u.test(s)) return 'akim';
  return null;
}

const TRANSLIT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
};

/** Lower-case ASCII slug: Cyrillic transliterated, everything else non-alphanumeric becomes `-`. */
function slug(text: string): string {
  const latin = [...text.toLowerCase()].map((ch) => TRANSLIT[ch] ?? ch).join('');
  return latin.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}
