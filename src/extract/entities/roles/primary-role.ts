import type { DocumentEntity, RoleEvidence } from '../types.js';

/** The role to show for an entity: its first current role stated in the text, else the front matter's or byline's; null when none. */
export function primaryRole(entity: DocumentEntity): RoleEvidence | null {
  const current = entity.roles.filter((r) => r.tense === 'current');
  return current.find((r) => r.source === 'pattern' || r.source === 'apposition') ?? current[0] ?? null;
}
