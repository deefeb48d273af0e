import type { DocumentRecord, Store } from '../../src/store/index.js';
import { linked, type IndexedSpec } from '../../src/store/test/entities.js';
import { reported, timesStage } from '../../src/store/test/events.js';

// A small corpus of engagement reports with their entity indexes, shared by
// the link, CLI and server tests: one meeting reported three times (planned,
// held, held by office), the same pair ten days later, a multilateral visit
// given as two pairs, a call with an office no one is known to hold.

export const MFA_NZ = { title: 'Minister of Foreign Affairs', of: 'New Zealand' };
const SOS = { title: 'Secretary of State', of: 'United States' };
const PETERS: IndexedSpec = { id: 'person:winston-peters', name: 'Winston Peters', block: 'person:peters', initials: 'w', roles: [MFA_NZ] };
const BLINKEN: IndexedSpec = { id: 'person:antony-blinken', name: 'Antony Blinken', block: 'person:blinken', initials: 'a', roles: [SOS] };
const WONG: IndexedSpec = { id: 'person:penny-wong', name: 'Penny Wong', block: 'person:wong', initials: 'p', roles: [{ title: 'Minister for Foreign Affairs', of: 'Australia' }] };
const LUXON: IndexedSpec = { id: 'person:christopher-luxon', name: 'Christopher Luxon', block: 'person:luxon', initials: 'c', roles: [{ title: 'Prime Minister', of: 'New Zealand' }] };
const WASHINGTON: IndexedSpec = { id: 'place:washington-dc', name: 'Washington' };
const CANBERRA: IndexedSpec = { id: 'place:canberra', name: 'Canberra' };

const t1 = 'Foreign Minister Winston Peters met Secretary of State Antony Blinken in Washington today.';
export const held = reported(
  { title: 'Peters meets Blinken', published: '2024-04-11', source: 'beehive.govt.nz', kind: 'release', text: t1 },
  [{ participants: [{ entity: 0, mention: 'Winston Peters' }, { entity: 1, mention: 'Antony Blinken' }], place: { entity: 2, mention: 'Washington' }, date: '2024-04-11', dateText: 'today', trigger: 'met' }],
  ['Winston Peters', 'Antony Blinken', ['Washington', 'place']],
  timesStage(t1, [{ text: 'today', value: '2024-04-11', relative: true }]),
);
const t2 = 'The Foreign Minister and Antony Blinken held talks in Washington on Thursday.';
export const byOffice = reported(
  { title: 'Talks in Washington', published: '2024-04-12', source: 'RNZ', kind: 'news', text: t2 },
  [{ type: 'dialogue', participants: [{ entity: null, mention: 'The Foreign Minister', office: MFA_NZ }, { entity: 0, mention: 'Antony Blinken' }], place: { entity: 1, mention: 'Washington' }, date: '2024-04-11', dateText: 'on Thursday', trigger: 'talks' }],
  ['Antony Blinken', ['Washington', 'place']],
);
const t3 = 'Winston Peters will travel to Washington next month to meet Antony Blinken.';
export const planned = reported(
  { title: 'Peters to travel', published: '2024-03-30', source: 'beehive.govt.nz', kind: 'release', text: t3 },
  [{ type: 'visit', status: 'planned', participants: [{ entity: 0, mention: 'Winston Peters' }, { entity: 1, mention: 'Antony Blinken' }], place: { entity: 2, mention: 'Washington' }, date: '2024-04', grain: 'month', dateText: 'next month', trigger: 'meet' }],
  ['Winston Peters', 'Antony Blinken', ['Washington', 'place']],
);
const t4 = 'Peters and Blinken met again on 21 April.';
export const later = reported(
  { title: 'Again', published: '2024-04-22', source: 'Stuff', kind: 'news', text: t4 },
  [{ participants: [{ entity: 0, mention: 'Peters' }, { entity: 1, mention: 'Blinken' }], date: '2024-04-21', dateText: 'on 21 April', trigger: 'met' }],
  ['Winston Peters', 'Antony Blinken'],
);
const t5 = 'Penny Wong hosted Winston Peters and Antony Blinken in Canberra.';
export const hosted = reported(
  { title: 'Canberra', published: '2024-05-02', source: 'dfat.gov.au', kind: 'release', text: t5 },
  [
    { type: 'visit', participants: [{ entity: 0, mention: 'Penny Wong' }, { entity: 1, mention: 'Winston Peters' }], place: { entity: 3, mention: 'Canberra' }, date: '2024-05-02', trigger: 'hosted' },
    { type: 'visit', participants: [{ entity: 0, mention: 'Penny Wong' }, { entity: 2, mention: 'Antony Blinken' }], place: { entity: 3, mention: 'Canberra' }, date: '2024-05-02', trigger: 'hosted' },
  ],
  ['Penny Wong', 'Winston Peters', 'Antony Blinken', ['Canberra', 'place']],
);
const t6 = 'Prime Minister Christopher Luxon spoke by phone with the Foreign Minister of Belgium.';
export const call = reported(
  { title: 'Call', published: '2024-06-01', source: 'RNZ', kind: 'news', text: t6 },
  [{ type: 'call', level: 'minister', participants: [{ entity: 0, mention: 'Christopher Luxon' }, { entity: null, mention: 'the Foreign Minister of Belgium', office: { title: 'Minister of Foreign Affairs', of: 'Belgium' } }], trigger: 'spoke by phone' }],
  ['Christopher Luxon'],
);

export const CORPUS: readonly DocumentRecord[] = [held, byOffice, planned, later, hosted, call];

/** Entity indexes as resolution would give them (ids spelled out). */
export function indexes(docs: readonly DocumentRecord[] = CORPUS) {
  const specs = new Map<DocumentRecord, IndexedSpec[]>([
    [held, [PETERS, BLINKEN, WASHINGTON]],
    [byOffice, [BLINKEN, WASHINGTON]],
    [planned, [PETERS, BLINKEN, WASHINGTON]],
    [later, [{ ...PETERS, mentions: ['Peters'] }, { ...BLINKEN, mentions: ['Blinken'] }]],
    [hosted, [WONG, PETERS, BLINKEN, CANBERRA]],
    [call, [LUXON]],
  ]);
  return docs.map((d) => linked(d, specs.get(d) ?? []));
}

/** Stores the corpus and its entity indexes. */
export async function seedEvents(store: Store, docs: readonly DocumentRecord[] = CORPUS): Promise<void> {
  await store.putDocuments(docs);
  await store.putEntityLinks({ documents: indexes(docs) });
}
