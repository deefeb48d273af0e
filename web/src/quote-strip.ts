// The arithmetic of a quote cluster's time strip: each dated member as a
// point on a day axis from the earliest to the latest, so a quote reprinted a
// day later sits visibly apart from one a month later. A year axis
// (timeline.ts) would put them all on one spot, so this one counts days.
// Pure, for Node tests; quote-cluster-view.ts draws it.
import { dayNumber } from './timeline.js';

export interface StripPoint {
  readonly id: string;
  /** 0…1 along the strip. */
  readonly at: number;
  readonly published: string;
  /** Members on the same day share a point; this one's place in that stack, from 0. */
  readonly stack: number;
}

export interface Strip {
  /** Days from the first to the last dated member. */
  readonly days: number;
  readonly first: string;
  readonly last: string;
  readonly points: readonly StripPoint[];
  /** Members with no usable date, left off the strip. */
  readonly undated: number;
}

/** null when no member has a usable date. One date (or one day) puts every point in the middle. */
export function quoteStrip(members: readonly { readonly id: string; readonly document: { readonly published: string | null } }[]): Strip | null {
  const dated = members.flatMap((member) => {
    const published = member.document.published;
    const day = published ? dayNumber(published) : null;
    return published && day !== null ? [{ id: member.id, published, day }] : [];
  });
  if (dated.length === 0) return null;
  const start = Math.min(...dated.map((d) => d.day));
  const end = Math.max(...dated.map((d) => d.day));
  const span = end - start;
  const perDay = new Map<number, number>();
  const points = dated.map((d) => {
    const stack = perDay.get(d.day) ?? 0;
    perDay.set(d.day, stack + 1);
    return { id: d.id, published: d.published, at: span === 0 ? 0.5 : (d.day - start) / span, stack };
  });
  const firstOf = dated.find((d) => d.day === start)!;
  const lastOf = dated.find((d) => d.day === end)!;
  return { days: span, first: firstOf.published, last: lastOf.published, points, undated: members.length - dated.length };
}
