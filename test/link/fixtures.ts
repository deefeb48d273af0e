import type { DocumentRecord, Store } from '../../src/store/index.js';
import { linkPending } from '../../src/link/index.js';
import { entityRecord } from '../support/entities.js';

const PM = { title: 'Prime Minister', of: 'New Zealand' };
const AU_PM = { title: 'Prime Minister', of: 'Australia' };

/** Short documents whose entities the tests state outright (the `entities` stage output is built, not run). */
export const docs = {
  peters: entityRecord({ url: 'https://example.govt.nz/r/peters', published: '2024-04-11', text: 'Foreign Minister Winston Peters met officials. Mr Peters spoke.', entities: [{ name: 'Winston Peters', mentions: ['Winston Peters', 'Mr Peters'], roles: [{ title: 'Minister of Foreign Affairs', of: 'New Zealand', text: 'Foreign Minister' }] }] }),
  rtHon: entityRecord({ published: '2024-05-02', text: 'Rt Hon Winston Peters arrived in Apia.', entities: [{ name: 'Rt Hon Winston Peters' }, { type: 'place', name: 'Apia' }] }),
  initials: entityRecord({ published: '2024-06-01', text: 'W. Peters signed the letter.', entities: [{ name: 'W. Peters' }] }),
  possessive: entityRecord({ url: 'https://example.govt.nz/r/possessive', published: '2024-06-02', text: "Peters' speech was long.", entities: [{ name: "Peters'", mentions: ["Peters'"] }] }),
  leDrian: entityRecord({ published: '2024-06-03', text: 'Jean-Yves Le Drian visited Paris.', entities: [{ name: 'Jean-Yves Le Drian' }, { type: 'place', name: 'Paris' }] }),
  leDrianSpaced: entityRecord({ published: '2024-06-04', text: 'Jean Yves Le Drian spoke.', entities: [{ name: 'Jean Yves Le Drian' }] }),
  leDrianSurname: entityRecord({ published: '2024-06-05', text: 'Le Drian left for Paris.', entities: [{ name: 'Le Drian' }, { type: 'place', name: 'Paris' }] }),
  leDrianInitials: entityRecord({ published: '2024-06-06', text: 'J.-Y. Le Drian wrote to NATO.', entities: [{ name: 'J.-Y. Le Drian' }, { type: 'org', name: 'NATO' }] }),
  nato: entityRecord({ published: '2024-06-07', text: "NATO's summit opened.", entities: [{ type: 'org', name: 'NATO', mentions: ["NATO's"] }] }),
  peters2010: entityRecord({ published: '2010-03-01', text: 'Peters spoke in 2010.', entities: [{ name: 'Peters' }] }),
  winston2010: entityRecord({ published: '2010-07-01', text: 'Winston Peters was in Opposition in 2010.', entities: [{ name: 'Winston Peters' }] }),
  winona: entityRecord({ published: '2024-07-01', text: 'Winona Peters spoke.', entities: [{ name: 'Winona Peters' }] }),
  undatedPeters: entityRecord({ published: null, text: 'A note on Mr Peters.', entities: [{ name: 'Peters', mentions: ['Mr Peters'] }] }),
  luxon: entityRecord({ published: '2024-01-10', text: 'Prime Minister Christopher Luxon said the talks went well.', entities: [{ name: 'Christopher Luxon', roles: [{ ...PM, text: 'Prime Minister' }] }] }),
  pmSaid2024: entityRecord({ published: '2024-03-01', text: 'The Prime Minister said trade matters.', entities: [], offices: [{ text: 'The Prime Minister', ...PM }] }),
  hipkins: entityRecord({ published: '2023-06-01', text: 'Prime Minister Chris Hipkins said so.', entities: [{ name: 'Chris Hipkins', roles: [{ ...PM, text: 'Prime Minister' }] }] }),
  pmSaid2023: entityRecord({ published: '2023-09-01', text: 'The Prime Minister said it again.', entities: [], offices: [{ text: 'The Prime Minister', ...PM }] }),
  pmSaid2022: entityRecord({ published: '2022-01-01', text: 'The Prime Minister said nothing.', entities: [], offices: [{ text: 'The Prime Minister', ...PM }] }),
  formerPm: entityRecord({ published: '2024-02-01', text: 'Former Prime Minister Helen Clark said so.', entities: [{ name: 'Helen Clark', roles: [{ ...PM, text: 'Prime Minister', tense: 'former' }] }] }),
  pmSaidFeb: entityRecord({ published: '2024-02-02', text: 'The Prime Minister replied.', entities: [], offices: [{ text: 'The Prime Minister', ...PM }] }),
  // Australian transcripts: the document's country makes foreign leaders Australia's (inferred), stated evidence says otherwise.
  howard1997: entityRecord({ published: '1997-03-10', text: 'Australian Prime Minister John Howard spoke.', entities: [{ name: 'John Howard', roles: [{ ...AU_PM, text: 'Australian Prime Minister' }] }] }),
  howard2003: entityRecord({ published: '2003-01-10', text: 'Prime Minister John Howard spoke.', entities: [{ name: 'John Howard', roles: [{ ...AU_PM, text: 'Prime Minister', ofInferred: true }] }] }),
  howard2004: entityRecord({ published: '2004-02-01', text: 'Prime Minister John Howard spoke again.', entities: [{ name: 'John Howard', roles: [{ ...AU_PM, text: 'Prime Minister', ofInferred: true }] }] }),
  blair2003: entityRecord({ published: '2003-07-22', text: 'I spoke to Prime Minister Tony Blair.', entities: [{ name: 'Tony Blair', roles: [{ ...AU_PM, text: 'Prime Minister', ofInferred: true }] }] }),
  auPmSaid2003: entityRecord({ published: '2003-07-23', text: 'The Prime Minister flew home.', entities: [], offices: [{ text: 'The Prime Minister', ...AU_PM }] }),
  clarkNz2000: entityRecord({ published: '2000-03-02', text: 'New Zealand Prime Minister Helen Clark spoke.', entities: [{ name: 'Helen Clark', roles: [{ ...PM, text: 'New Zealand Prime Minister' }] }] }),
  clarkAu2008: entityRecord({ published: '2008-02-26', text: 'I welcome Prime Minister Helen Clark.', entities: [{ name: 'Helen Clark', roles: [{ ...AU_PM, text: 'Prime Minister', ofInferred: true }] }] }),
  auPmSaid2008: entityRecord({ published: '2008-03-01', text: 'The Prime Minister answered.', entities: [], offices: [{ text: 'The Prime Minister', ...AU_PM }] }),
  petersInferred: entityRecord({ url: 'https://example.govt.nz/r/inferred', published: '2024-04-12', text: 'Foreign Minister Winston Peters spoke.', entities: [{ name: 'Winston Peters', roles: [{ title: 'Minister of Foreign Affairs', of: 'New Zealand', text: 'Foreign Minister', ofInferred: true }] }] }),
  fmSaid: entityRecord({ published: '2024-04-20', text: 'The Foreign Minister left.', entities: [], offices: [{ text: 'The Foreign Minister', title: 'Minister of Foreign Affairs', of: 'New Zealand' }] }),
  // Dominance: five documents name Helen Clark in 2003, one names Geoff Clark; a bare "Clark" that year is hers.
  ...Object.fromEntries(
    ['2003-02-01', '2003-04-01', '2003-06-01', '2003-08-01', '2003-10-01'].map((published, i) => [
      `helenClark2003_${i}`,
      entityRecord({ published, text: `Helen Clark spoke (${i}).`, entities: [{ name: 'Helen Clark' }] }),
    ]),
  ),
  geoffClark2003: entityRecord({ published: '2003-05-01', text: 'Geoff Clark spoke.', entities: [{ name: 'Geoff Clark' }] }),
  clarkShort2003: entityRecord({ published: '2003-07-01', text: 'Clark replied.', entities: [{ name: 'Clark' }] }),
  // Two against one is no dominance: "Jones" stays its own.
  maryJones: entityRecord({ published: '2005-01-01', text: 'Mary Jones spoke.', entities: [{ name: 'Mary Jones' }] }),
  maryJones2: entityRecord({ published: '2005-02-01', text: 'Mary Jones spoke again.', entities: [{ name: 'Mary Jones' }] }),
  tomJones: entityRecord({ published: '2005-03-01', text: 'Tom Jones spoke.', entities: [{ name: 'Tom Jones' }] }),
  jonesShort: entityRecord({ published: '2005-04-01', text: 'Jones replied.', entities: [{ name: 'Jones' }] }),
  // Variants: "George Bush" near "George W. Bush" is him; in 1997, with no George W. Bush near, it is George Bush.
  georgeBush1997: entityRecord({ published: '1997-05-01', text: 'George Bush spoke in 1997.', entities: [{ name: 'George Bush' }] }),
  georgeWBush2002: entityRecord({ published: '2002-05-01', text: 'George W. Bush spoke in 2002.', entities: [{ name: 'George W. Bush' }] }),
  georgeBush2003: entityRecord({ published: '2003-05-01', text: 'George Bush spoke in 2003.', entities: [{ name: 'George Bush' }] }),
  bush2003: entityRecord({ published: '2003-06-01', text: 'Bush left.', entities: [{ name: 'Bush' }] }),
} satisfies Record<string, DocumentRecord>;

export type DocName = keyof typeof docs;

/** Stores documents batch by batch, resolving after each, as ingest does. */
export async function ingestBatches(store: Store, batches: readonly (readonly DocumentRecord[])[]): Promise<void> {
  for (const batch of batches) {
    await store.putDocuments(batch);
    await linkPending(store, { records: batch });
  }
}

/** Every stored document entity as `name in document → canonical id`, the shape tests compare. */
export async function assignment(store: Store): Promise<Record<string, string | null>> {
  const byId = new Map(Object.entries(docs).map(([name, record]) => [record.document.id, name]));
  const rows = await store.entityRows({ all: true });
  return Object.fromEntries(rows.map((row) => [`${byId.get(row.document) ?? row.document}/${row.name}`, row.entity]).sort());
}

/** The canonical id of document `name`'s first entity. */
export async function idOf(store: Store, name: DocName, idx = 0): Promise<string | null> {
  const rows = await store.entityRows({ all: true });
  return rows.find((row) => row.document === docs[name].document.id && row.idx === idx)?.entity ?? null;
}
