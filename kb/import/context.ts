/**
 * What extraction needs to turn one ParsedDocument into source rows: the
 * document id, evidence spans and region lookups. Kept apart so extraction
 * stays pure (no database, no clock).
 */
import type { ActRef, ParsedDocument, RegionRef, Span } from '../../parser/types.js';
import { actId, issuerKindOf } from '../ids.js';

/** Maps names of places and bodies to gazetteer ids. */
export interface RegionLookup {
  /** The most specific gazetteer id for an act's own region. */
  forAct(region: RegionRef): string | null;
  /** The gazetteer id of the body named in an issuer string ("акимат Акжарского района …"). */
  forIssuer(issuer: string): string | null;
}

/** Per-document extraction context. */
export interface ExtractContext {
  documentId: string;
  parsed: ParsedDocument;
  regions: RegionLookup;
  /** The document's own act. */
  ownActId: string;
  ownRegionId: string | null;
  ownIssuerKind: string | null;
}

/**
 * Builds the context, identifying the document's own act.
 * @param documentId id of the document being imported
 * @param parsed its ParsedDocument
 * @param regions region lookups
 * @returns the context
 */
export function makeContext(documentId: string, parsed: ParsedDocument, regions: RegionLookup): ExtractContext {
  const act = parsed.act;
  const ownRegionId = regions.forAct(act.region) ?? (act.issuer ? regions.forIssuer(act.issuer) : null);
  const ownIssuerKind = act.issuerKind ?? issuerKindOf(act.issuer);
  const ownActId = actId({
    regionId: ownRegionId,
    issuerKind: ownIssuerKind,
    adopted: act.adopted,
    number: act.number,
  });
  return { documentId, parsed, regions, ownActId, ownRegionId, ownIssuerKind };
}

/**
 * The id of an act another act refers to. The issuer names its region; when the
 * reference names no issuer, the referring act's own region and body are assumed
 * (acts mostly refer to acts of their own body).
 * @param ctx extraction context
 * @param ref the reference
 * @returns the act id
 */
export function refActId(ctx: ExtractContext, ref: Pick<ActRef, 'issuer' | 'adopted' | 'number'>): string {
  const issuerKind = ref.issuer ? (issuerKindOf(ref.issuer) ?? ctx.ownIssuerKind) : ctx.ownIssuerKind;
  return actId({ regionId: refRegionId(ctx, ref), issuerKind, adopted: ref.adopted, number: ref.number });
}

/**
 * The region of a referenced act: its issuer's, else the referring act's own.
 * @param ctx extraction context
 * @param ref the reference
 * @returns gazetteer id or null
 */
export function refRegionId(ctx: ExtractContext, ref: Pick<ActRef, 'issuer'>): string | null {
  return ref.issuer ? (ctx.regions.forIssuer(ref.issuer) ?? ctx.ownRegionId) : ctx.ownRegionId;
}

/**
 * The evidence span for a JSON path, trying the path's more specific and more general forms.
 * @param ctx extraction context
 * @param paths candidate paths, best first
 * @returns the first span found, or null
 */
export function spanOf(ctx: ExtractContext, ...paths: string[]): Span | null {
  for (const p of paths) {
    const s = ctx.parsed.evidence[p];
    if (s) return s;
  }
  return null;
}
