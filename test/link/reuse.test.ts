import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fingerprintText } from '../../src/extract/index.js';
import { readDocument } from '../../src/ingest/index.js';
import { defaultPipeline } from '../../src/app/index.js';
import { linkReuse } from '../../src/link/index.js';
import { openSqliteStore, type DocumentRecord, type ReusePage, type Store } from '../../src/store/index.js';
import { record } from '../../src/store/test/builder.js';

const SAMPLE = new URL('../../../shared/sample-corpus/', import.meta.url).pathname;

/** A seeded generator of prose-like paragraphs whose words are unique to this corpus. */
function prose(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const syllables = ['ka', 'to', 'ri', 'ma', 'ne', 'lu', 'so', 'vi', 'pe', 'da', 'mo', 'shi'];
  const word = () => Array.from({ length: 1 + Math.floor(next() * 3) }, () => syllables[Math.floor(next() * syllables.length)]).join('');
  const sentence = () => {
    const words = Array.from({ length: 12 + Math.floor(next() * 14) }, word);
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  return { next, paragraph: () => Array.from({ length: 2 + Math.floor(next() * 3) }, sentence).join(' ') };
}

function withFingerprints(init: Parameters<typeof record>[0] & { text: string }): DocumentRecord {
  return { ...record(init), stages: [{ name: 'fingerprints', version: 1, output: fingerprintText(init.text) }] };
}

const BOILERPLATE = 'Copyright Example Press Agency. All rights reserved. This story may not be republished, rewritten or redistributed without written permission from the agency.';

/** Releases, stories that reprint parts of them (some with a sign-off every story shares), and unrelated stories. */
function corpus(): DocumentRecord[] {
  const g = prose(42);
  const docs: DocumentRecord[] = [];
  for (let r = 0; r < 6; r++) {
    const paragraphs = Array.from({ length: 6 }, g.paragraph);
    docs.push(withFingerprints({ title: `Release ${r}`, kind: 'release', source: 'beehive.govt.nz', published: `2024-03-0${r + 1}`, text: paragraphs.join('\n\n') }));
    for (let s = 0; s < 3; s++) {
      const kept = paragraphs.slice(0, 2 + s + Math.floor(g.next() * 2));
      const text = [g.paragraph(), ...kept, g.paragraph(), BOILERPLATE].join('\n\n');
      docs.push(withFingerprints({ title: `Story ${r}.${s}`, kind: 'news', source: `Outlet ${s}`, published: `2024-03-${String(r + 3 + s).padStart(2, '0')}`, text }));
    }
  }
  for (let u = 0; u < 6; u++) docs.push(withFingerprints({ title: `Unrelated ${u}`, kind: 'news', source: 'Outlet 9', published: '2024-04-01', text: [g.paragraph(), g.paragraph(), BOILERPLATE].join('\n\n') }));
  return docs;
}

const summary = (page: ReusePage) =>
  page.pairs.map((p) => `${p.source.title} -> ${p.target.title} ${p.sourceShare} ${p.targetShare} ${p.lagDays} ${JSON.stringify(p.passages)}`).sort();

async function linked(strategy: 'lookup' | 'scan', docs: readonly DocumentRecord[], maxDocumentFrequency = 10): Promise<{ store: Store; page: ReusePage }> {
  const store = await openSqliteStore(':memory:');
  await store.putDocuments(docs);
  const result = await linkReuse(store, { strategy, maxDocumentFrequency });
  assert.equal(result.strategy, strategy);
  assert.equal((await store.reuseCounts()).pending, 0);
  return { store, page: await store.listReuse({ minShare: 0, limit: 1000 }) };
}

describe('reuse linking over the store', () => {
  const docs = corpus();

  it('links every story to its release and to the stories reprinting the same release, and nothing else', async () => {
    const { store, page } = await linked('lookup', docs);
    for (const pair of page.pairs) {
      const group = (title: string | null) => title!.replace(/^(Release|Story) (\d+).*$/, '$2');
      assert.ok(!pair.source.title!.startsWith('Unrelated') && !pair.target.title!.startsWith('Unrelated'), `${pair.source.title} -> ${pair.target.title}`);
      assert.equal(group(pair.source.title), group(pair.target.title));
    }
    // 6 releases × (3 release→story + 3 story↔story pairs).
    assert.equal(page.total, 36);
    const releaseFirst = page.pairs.filter((p) => p.source.kind === 'release');
    assert.equal(releaseFirst.length, 18);
    for (const p of releaseFirst) assert.ok(p.lagDays !== null && p.lagDays >= 2 && p.targetShare > 0.3, JSON.stringify(p));
    await store.close();
  });

  it('gives the same pairs whether it looks documents up one by one or scans the index', async () => {
    const lookup = await linked('lookup', docs);
    const scan = await linked('scan', docs);
    assert.deepEqual(summary(scan.page), summary(lookup.page));
    await lookup.store.close();
    await scan.store.close();
  });

  it('never relates documents by a passage that more documents share than the frequency limit (boilerplate)', async () => {
    const tight = await linked('lookup', docs, 10);
    const loose = await linked('lookup', docs, 1000);
    const unrelated = (page: ReusePage) => page.pairs.filter((p) => p.source.title!.startsWith('Unrelated') || p.target.title!.startsWith('Unrelated'));
    assert.equal(unrelated(tight.page).length, 0);
    assert.ok(unrelated(loose.page).length > 0, 'without the limit, the shared sign-off does relate them');
    await tight.store.close();
    await loose.store.close();
  });

  it('checks a new document with lookups against the index, keeping earlier pairs', async () => {
    const store = await openSqliteStore(':memory:');
    await store.putDocuments(docs);
    await linkReuse(store, { strategy: 'scan', maxDocumentFrequency: 10 });
    const before = (await store.listReuse({ minShare: 0, limit: 1000 })).total;
    const release = docs[0]!;
    const late = withFingerprints({ title: 'Late story', kind: 'news', source: 'Late Outlet', published: '2024-05-01', text: release.document.text.split('\n\n').slice(2, 5).join('\n\n') });
    await store.putDocuments([late]);
    const result = await linkReuse(store, { maxDocumentFrequency: 10 });
    assert.deepEqual([result.strategy, result.documents], ['lookup', 1]);
    const pairs = await store.listReuse({ minShare: 0, limit: 1000, document: late.document.id });
    assert.ok(pairs.pairs.some((p) => p.source.id === release.document.id && p.targetShare > 0.95 && p.lagDays === 61), JSON.stringify(pairs.pairs.map((p) => [p.source.title, p.targetShare, p.lagDays])));
    assert.equal((await store.listReuse({ minShare: 0, limit: 1000 })).total, before + pairs.total);
    await store.close();
  });

  it('links the POLITIK story to the NATO release, ≥ 60% of the release, and no other sample pair', { skip: !existsSync(SAMPLE) && 'needs ../shared/sample-corpus' }, async () => {
    const pipeline = defaultPipeline();
    const records = readdirSync(SAMPLE)
      .sort()
      .map((name) => pipeline.run(readDocument({ path: join(SAMPLE, name), bytes: readFileSync(join(SAMPLE, name)) })));
    const store = await openSqliteStore(':memory:');
    await store.putDocuments(records);
    await linkReuse(store);
    const page = await store.listReuse({ minShare: 0 });
    assert.equal(page.total, 1, summary(page).join('\n'));
    const [pair] = page.pairs;
    assert.match(pair!.source.title!, /Security cooperation in challenging world/);
    assert.match(pair!.target.path, /004_/);
    assert.ok(pair!.sourceShare >= 0.6, `release share ${pair!.sourceShare}`);
    const release = records.find((r) => r.document.id === pair!.source.id)!.document.text;
    const story = records.find((r) => r.document.id === pair!.target.id)!.document.text;
    for (const p of pair!.passages) {
      // "New Zealand is committed …" was reworded "He said New Zealand was committed …": the same sentence.
      assert.match(release.slice(p.source.start, p.source.end), /^(New Zealand is )?committed to working more closely with NATO/);
      assert.ok(story.slice(p.target.start, p.target.end).endsWith('the United Kingdom and the European Commission'));
    }
    // The release's last two paragraphs were not reprinted.
    assert.ok(!release.slice(pair!.passages.at(-1)!.source.end).includes('European Commission'));
    assert.ok(release.slice(pair!.passages.at(-1)!.source.end).includes('people-to-people connections'));
    await store.close();
  });
});
