import { linkPending } from '../../src/link/index.js';
import { openSqliteStore, type DocumentRecord, type Store } from '../../src/store/index.js';
import { entityRecord } from './entities.js';

const MFA = { title: 'Minister of Foreign Affairs', of: 'New Zealand' };

/** A few releases whose `entities` stage output is stated outright, for CLI and HTTP tests of the entity views. */
export const entityDocs = {
  washington: entityRecord({
    title: 'Peters to visit Washington',
    url: 'https://example.govt.nz/release/washington',
    published: '2024-04-08',
    source: 'beehive.govt.nz',
    text: 'Foreign Minister Winston Peters will meet Antony Blinken in Washington. Mr Peters said NATO matters.',
    entities: [
      { name: 'Winston Peters', mentions: ['Winston Peters', 'Mr Peters'], roles: [{ ...MFA, text: 'Foreign Minister' }] },
      { name: 'Antony Blinken', roles: [{ title: 'Secretary of State', of: 'United States', text: 'Blinken' }] },
      { type: 'place', name: 'Washington' },
      { type: 'org', name: 'NATO' },
    ],
  }),
  suva: entityRecord({
    title: 'Pacific talks in Suva',
    url: 'https://example.govt.nz/release/suva',
    published: '2024-05-20',
    source: 'beehive.govt.nz',
    kind: 'news',
    text: 'The Foreign Minister met Pacific leaders in Suva. Peters praised the Pacific Islands Forum.',
    entities: [{ name: 'Peters' }, { type: 'place', name: 'Suva' }, { type: 'org', name: 'Pacific Islands Forum' }],
    offices: [{ text: 'The Foreign Minister', ...MFA }],
  }),
  brussels: entityRecord({
    title: 'NATO in Brussels',
    url: 'https://example.govt.nz/release/brussels',
    published: '2023-07-11',
    source: 'rnz.co.nz',
    text: 'W. Peters travelled to Brussels for the North Atlantic Treaty Organization meeting.',
    entities: [{ name: 'W. Peters' }, { type: 'place', name: 'Brussels' }, { type: 'org', name: 'NATO', mentions: ['North Atlantic Treaty Organization'] }],
  }),
} satisfies Record<string, DocumentRecord>;

/** Opens `path` (or :memory:), stores the entity documents and resolves them, as ingest would. */
export async function entityStore(path = ':memory:'): Promise<Store> {
  const store = await openSqliteStore(path);
  const records = Object.values(entityDocs);
  await store.putDocuments(records);
  await linkPending(store, { records });
  return store;
}
