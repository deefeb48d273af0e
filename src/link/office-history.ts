import type { Office } from '../store/index.js';

/** One piece of evidence that a person held an office on a document's date. */
export interface RoleEvidence extends Office {
  readonly published: string | null;
  readonly document: string;
  /** `idx` of the person in the document. */
  readonly entity: number;
  readonly ordinal: number;
}

const officeKey = (office: Office) => `${office.title}\u0000${office.of ?? ''}`;

/** Dated evidence only; plain code-unit order, as the database's binary collation sorts ASCII. */
type Dated = RoleEvidence & { readonly published: string };

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function compare(a: Dated, b: Dated): number {
  return order(a.published, b.published) || order(a.document, b.document) || a.entity - b.entity || a.ordinal - b.ordinal;
}

/**
 * Who held an office when, from role evidence with document dates. The
 * holder at a date is the person of the latest evidence on or before it;
 * between evidence of the same date, the greatest (document id, entity,
 * ordinal). The store answers with the same rule in SQL (`holderOf`).
 * Evidence and mentions without a date take no part.
 */
export class OfficeHistory {
  private readonly byOffice = new Map<string, Dated[]>();

  constructor(evidence: Iterable<RoleEvidence>) {
    for (const e of evidence) {
      if (e.published === null) continue;
      const key = officeKey(e);
      const list = this.byOffice.get(key) ?? [];
      list.push(e as Dated);
      this.byOffice.set(key, list);
    }
    for (const list of this.byOffice.values()) list.sort(compare);
  }

  holderAt(office: Office, date: string | null): RoleEvidence | null {
    if (date === null) return null;
    const list = this.byOffice.get(officeKey(office));
    if (!list) return null;
    // Last evidence with published <= date.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as Dated).published <= date) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? null : (list[lo - 1] as Dated);
  }
}
