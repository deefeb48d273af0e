import type { DocumentEntity, RoleEvidence } from '../types.js';

/** Seats in a legislature, worn before a name as a style ("Senator the Hon Penny Wong"): another office the person holds says more. */
export const SEATS: ReadonlySet<string> = new Set(['Senator', 'Member of Parliament', 'Congressman', 'Representative']);

/** Titles worn as a style with nothing said of the post ("Your Excellency Ambassador Rafael Quintero, Dean of the Diplomatic Corps", "Professor Jane Roe, Vice-Chancellor of Monash University"): another says more. */
const STYLES: ReadonlySet<string> = new Set([...SEATS, 'Ambassador', 'Professor']);

/**
 * The order a person's current roles are shown in: stated in the text
 * before front matter and byline, and an office before a seat or a bare
 * "Ambassador" ("Senator the Hon Penny Wong – Minister for Climate Change and
 * Water": the minister).
 * Stable: otherwise the order the document gives them.
 */
export function byPreference<R extends Pick<RoleEvidence, 'source' | 'title'>>(roles: readonly R[]): R[] {
  const rank = (r: R) => (r.source === 'pattern' || r.source === 'apposition' ? 0 : 2) + (STYLES.has(r.title) ? 1 : 0);
  return roles.map((r, i) => [r, i] as const).sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1]).map(([r]) => r);
}

/** The role to show for an entity: its first current role by `byPreference`; null when none. */
export function primaryRole(entity: DocumentEntity): RoleEvidence | null {
  return byPreference(entity.roles.filter((r) => r.tense === 'current'))[0] ?? null;
}
