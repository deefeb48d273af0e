import { shortHash } from '../../core/index.js';
import { compareQuoteAge, type QuoteClusterRecord, type QuoteMemberInfo } from '../../store/index.js';

/** Hex digits of a cluster id after `qc-`: 48 bits, plenty for the clusters of one archive. */
const ID_DIGITS = 12;

/** `qc-` + a hash of the earliest member's quote id (`<documentId>:<start>`): stable while that quote is the earliest. */
export function clusterId(earliest: { readonly documentId: string; readonly start: number }): string {
  return `qc-${shortHash(`${earliest.documentId}:${earliest.start}`).slice(0, ID_DIGITS)}`;
}

/** The cluster a group's members make, or null when they are all in one document. */
export function clusterOf(group: number, members: readonly QuoteMemberInfo[]): QuoteClusterRecord | null {
  const documents = new Set(members.map((m) => m.doc)).size;
  if (documents < 2) return null;
  const earliest = members.reduce((a, b) => (compareQuoteAge(b, a) < 0 ? b : a));
  return { group, id: clusterId(earliest), documents, earliest: earliest.quote };
}
