// PLOVER and CAMEO codes for an engagement (the table in docs/events.md).
import type { EventStatus, EventType, PloverCode } from './types.js';

export interface PloverInput {
  readonly type: EventType;
  readonly status: EventStatus;
  /** Participants (people, offices, organisations). */
  readonly participants: number;
  /** Whether the place is one of the participants' own countries; null when either is unknown. */
  readonly atHome: boolean | null;
}

export function ploverOf(input: PloverInput): PloverCode {
  const { type, status } = input;
  if (type === 'agreement') return { category: 'SUPPORT', mode: null, cameo: status === 'planned' ? '036' : '057' };
  if (status === 'planned') return { category: 'AGREE', mode: null, cameo: '036' };
  if (type === 'call') return { category: 'CONSULT', mode: 'phone', cameo: '041' };
  if (type === 'summit') return { category: 'CONSULT', mode: 'multilateral', cameo: '040' };
  if (type === 'dialogue') return { category: 'CONSULT', mode: input.participants > 2 ? 'multilateral' : null, cameo: '046' };
  if (input.participants > 2) return { category: 'CONSULT', mode: 'multilateral', cameo: '040' };
  if (type === 'visit' || input.atHome === true) return { category: 'CONSULT', mode: 'visit', cameo: '042' };
  if (input.atHome === false) return { category: 'CONSULT', mode: 'third-party', cameo: '044' };
  return { category: 'CONSULT', mode: null, cameo: '040' };
}
