import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../../src/cli/index.js';
import { linkQuotes } from '../../src/link/index.js';
import { openSqliteStore } from '../../src/store/index.js';
import { linked } from '../../src/store/test/entities.js';
import { quoted } from '../../src/store/test/quotes.js';
import { captureIo } from '../support/cli-io.js';
import { tempDir } from '../support/temp.js';

const MFA = { title: 'Minister of Foreign Affairs', of: 'New Zealand' };
const QUOTE = 'We will stand with our partners across the Pacific for as long as it takes';
const release = quoted({ title: 'Pacific partners', published: '2024-04-11', source: 'beehive.govt.nz', kind: 'release', text: `Foreign Minister Winston Peters spoke. “${QUOTE},” Mr Peters said.` }, [
  { text: QUOTE, speaker: { entity: 0, mention: 'Mr Peters' } },
], ['Winston Peters']);
const story = quoted({ title: 'Peters on the Pacific', published: '2024-04-13', source: 'RNZ', kind: 'news', text: `The Foreign Minister said: "${QUOTE.toUpperCase()}, whatever it costs," to reporters.` }, [
  { text: `${QUOTE.toUpperCase()}, whatever it costs,`, speaker: { entity: null, mention: 'The Foreign Minister', via: 'role', office: MFA } },
]);

describe('parley quotes', () => {
  const tmp = tempDir();
  const db = join(tmp.dir, 'quotes.db');
  after(() => tmp.cleanup());
  before(async () => {
    const store = await openSqliteStore(db);
    await store.putDocuments([release, story]);
    await store.putEntityLinks({ documents: [linked(release, [{ id: 'person:winston-peters', name: 'Winston Peters', block: 'person:peters', initials: 'w', mentions: ['Winston Peters', 'Mr Peters'], roles: [MFA] }])] });
    await linkQuotes(store);
    await store.close();
  });
  const run = async (...args: string[]) => {
    const io = captureIo();
    const code = await runCli(['quotes', '--db', db, ...args], io);
    return { code, out: io.out(), err: io.err() };
  };

  it('prints rows as the API gives them with --json, newest first, clustered across the two documents', async () => {
    const { code, out, err } = await run('--json');
    assert.equal(code, 0, err);
    const page = JSON.parse(out);
    assert.equal(page.total, 2);
    assert.deepEqual(Object.keys(page.results[0]), ['id', 'document', 'text', 'start', 'end', 'kind', 'cue', 'speaker', 'cluster', 'clusterSize']);
    assert.deepEqual(page.results.map((q: { document: { id: string }; speaker: { id: string } }) => [q.document.id, q.speaker.id]), [
      [story.document.id, 'person:winston-peters'],
      [release.document.id, 'person:winston-peters'],
    ]);
    assert.match(page.results[0].cluster, /^qc-[0-9a-f]{12}$/);
    assert.equal(page.results[0].cluster, page.results[1].cluster);
    assert.equal(page.results[0].clusterSize, 2);
  });

  it('filters by speaker name, office and words, and prints a table and CSV', async () => {
    const byName = await run('--speaker', 'peters', '--role', 'Foreign Minister', '--of', 'New Zealand', '--contains', 'costs');
    assert.equal(byName.code, 0, byName.err);
    assert.match(byName.out, /Winston Peters/);
    assert.match(byName.out, /1 quotes; showing 1–1\./);
    const csv = await run('--csv', '--kind', 'release');
    assert.equal(csv.out.split('\r\n')[0], 'date,speaker,quote,source,cluster,id');
    assert.match(csv.out, /2024-04-11,Winston Peters,We will stand/);
    assert.equal(csv.out.trim().split('\r\n').length, 2);
  });

  it('lists a cluster oldest first with the lag of each member', async () => {
    const page = JSON.parse((await run('--json')).out);
    const { code, out, err } = await run('--cluster', page.results[0].cluster);
    assert.equal(code, 0, err);
    const lines = out.split('\n');
    assert.match(lines[2]!, /^0 d .*2024-04-11/);
    assert.match(lines[3]!, /^2 d .*2024-04-13/);
    assert.match(out, /2 documents; first 2024-04-11/);
    const json = JSON.parse((await run('--cluster', page.results[0].cluster, '--json')).out);
    assert.deepEqual(json.members.map((m: { lagDays: number }) => m.lagDays), [0, 2]);
  });

  it('says what is wrong, with exit codes: 2 for misuse, 3 for an unknown cluster', async () => {
    const cases: [string[], number, RegExp][] = [
      [['--from', '2024-13-01'], 2, /`from` is not a real calendar date.*\(got "2024-13-01"\)/],
      [['--kind', 'blog'], 2, /`kind` must be one of release, news, speech, other \(got "blog"\)/],
      [['--role', 'Grand Vizier'], 2, /'Grand Vizier' is not an office Parley knows/],
      [['--of', 'New Zealand'], 2, /`of` needs `role` too/],
      [['--limit', '501'], 2, /`limit`/],
      [['--contains', '"unclosed'], 2, /quote/i],
      [['--contains', 'title:pacific'], 2, /quotes have no title/],
      [['--cluster', 'qc-000000000000'], 3, /No quote cluster 'qc-000000000000'.*parley quotes/],
      [['--cluster', 'qc-000000000000', '--speaker', 'x'], 2, /drop --speaker/],
      [['--json', '--csv'], 2, /choose one/],
    ];
    for (const [args, exit, message] of cases) {
      const { code, err } = await run(...args);
      assert.equal(code, exit, `${args.join(' ')}: ${err}`);
      assert.match(err, message, args.join(' '));
    }
  });
});
