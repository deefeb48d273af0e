import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { expectGolden } from '../../../test/support/golden.js';
import { hasErrors, type Document } from '../../core/index.js';
import { calendarDateOf, jsonlReader } from '../jsonl.js';
import { readRecord, recordPath, type RawRecord } from '../index.js';
import { textReader } from '../text.js';
import { assertWellFormed, goldenCases } from './support.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const readLine = (line: string | Uint8Array, at = 7): Document => jsonlReader.read({ path: recordPath('archive.jsonl', at), bytes: typeof line === 'string' ? enc(line) : line });

async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
async function split(input: string | Uint8Array, maxBytes = 1 << 20, chunk = 64 * 1024): Promise<RawRecord[]> {
  const out: RawRecord[] = [];
  for await (const r of jsonlReader.split(chunked(typeof input === 'string' ? enc(input) : input, chunk), maxBytes)) out.push(r);
  return out;
}
const shown = (records: readonly RawRecord[]) => records.map((r) => ('bytes' in r ? [r.line, new TextDecoder().decode(r.bytes)] : [r.line, { tooLarge: r.tooLarge }]));

/** Every reader's golden: the documents of every record of the file, in order. */
async function readFile(path: string, shownAs: string): Promise<Document[]> {
  const docs: Document[] = [];
  for await (const r of jsonlReader.split(chunked(readFileSync(path), 4096), 1 << 20)) {
    assert.ok('bytes' in r, `line ${r.line} is within the limit`);
    docs.push(jsonlReader.read({ path: recordPath(shownAs, r.line), bytes: r.bytes }));
  }
  return docs;
}

describe('jsonl reader: golden fixtures', () => {
  for (const c of goldenCases('jsonl')) {
    it(c.name, async () => {
      const docs = await readFile(c.input, c.path);
      for (const doc of docs) if (!hasErrors(doc.messages)) assertWellFormed(doc);
      expectGolden(c.golden, docs);
    });
  }
});

describe('jsonl reader: splitting a file into records', () => {
  it('numbers lines from 1, skips blank ones, drops CR before LF and a BOM opening the file, keeps a last line without LF', async () => {
    const records = await split('\ufeff{"a":1}\r\n\r\n   \n\t\n{"b":2}\n{"c":3}');
    assert.deepEqual(shown(records), [
      [1, '{"a":1}'],
      [5, '{"b":2}'],
      [6, '{"c":3}'],
    ]);
  });

  it('refuses a line over the limit by its size, and goes on with the next', async () => {
    const big = `{"text":"${'x'.repeat(5000)}"}`;
    const records = await split(`{"text":"a"}\n${big}\r\n{"text":"b"}\n`, 1000, 256);
    assert.deepEqual(shown(records), [
      [1, '{"text":"a"}'],
      [2, { tooLarge: big.length + 1 }],
      [3, '{"text":"b"}'],
    ]);
    // Exactly at the limit is allowed; the CR of a CRLF does not count.
    assert.deepEqual(shown(await split(`${'y'.repeat(10)}\r\n`, 10, 3)), [[1, 'y'.repeat(10)]]);
    assert.deepEqual(shown(await split(`${'y'.repeat(11)}\n`, 10, 3)), [[1, { tooLarge: 11 }]]);
  });

  it('gives each record bytes of its own, never a view of the chunk it came from', async () => {
    const [first] = await split('{"text":"a"}\n{"text":"b"}\n');
    assert.ok(first && 'bytes' in first);
    assert.equal(first.bytes.byteOffset, 0);
    assert.equal(first.bytes.buffer.byteLength, first.bytes.byteLength);
  });

  it('splits the same however the file arrives in chunks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.constant(''), fc.constant('\r'), fc.string({ maxLength: 12 }).map((s) => JSON.stringify({ text: s }))), { maxLength: 8 }), fc.integer({ min: 1, max: 17 }), async (lines, size) => {
        const source = lines.join('\n');
        assert.deepEqual(shown(await split(source, 1 << 20, size)), shown(await split(source, 1 << 20, 1 << 20)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('jsonl reader: one record', () => {
  it('reads the fields into the document model, the text as the plain-text reader reads a body', () => {
    const doc = readLine(
      JSON.stringify({
        text: 'WELLINGTON\u00a0- Foreign Minister Winston Peters met US Secretary of State Antony Blinken.\r\n\r\nThey discussed  AUKUS.\n\nAdvertisement',
        title: ' Peters meets Blinken ',
        published: '2024-04-11T23:30:00-05:00',
        source: 'RNZ',
        url: 'https://www.rnz.co.nz/news/world/1',
        kind: 'news',
        byline: 'Jane Smith',
        ministers: ['Rt Hon Winston Peters'],
        portfolios: ['Foreign Affairs', ' '],
        section: 'World',
        views: 12,
        paywalled: false,
        tags: ['a'],
      }),
    );
    assertWellFormed(doc);
    assert.equal(doc.path, 'archive.jsonl:7');
    assert.equal(doc.format, 'jsonl');
    assert.equal(doc.text, 'WELLINGTON - Foreign Minister Winston Peters met US Secretary of State Antony Blinken.\n\nThey discussed AUKUS.');
    assert.deepEqual(doc.meta, {
      title: 'Peters meets Blinken',
      published: '2024-04-11',
      publishedFrom: 'feed',
      source: 'RNZ',
      url: 'https://www.rnz.co.nz/news/world/1',
      byline: 'Jane Smith',
      kind: 'news',
      ministers: ['Rt Hon Winston Peters'],
      portfolios: ['Foreign Affairs'],
      extra: { section: 'World', views: '12', paywalled: 'false' },
    });
    assert.deepEqual(
      doc.messages.map((m) => [m.code, m.severity, m.place]),
      [
        ['record-fields-ignored', 'info', null],
        ['boilerplate-advertisement', 'info', null],
      ],
    );
    assert.match(doc.messages[0]?.reason ?? '', /: tags\.$/);
  });

  it('normalises text exactly as the plain-text reader does', () => {
    const body = 'Officials met in Suva on Thursday.\n"We listen first.\n\n\nAdvertisementAdvertise with NZME.\nThe talks continue on Friday.\n- NZPA\nSuva talks turn to fisheries';
    const plain = textReader.read({ path: 'story.txt', bytes: enc(body) });
    const record = readLine(JSON.stringify({ text: body }));
    assert.equal(record.text, plain.text);
    assert.equal(record.id, plain.id);
    assert.deepEqual(
      record.messages.map((m) => [m.code, m.start, m.end, m.excerpt]),
      plain.messages.map((m) => [m.code, m.start, m.end, m.excerpt]),
    );
    assert.equal(record.meta.title, plain.meta.title);
    assert.equal(record.meta.source, plain.meta.source);
  });

  it('dates an undated record from its text, else leaves it for --published', () => {
    const stated = readLine('{"text":"WELLINGTON, 2 February 2026 - New Zealand and Fiji agreed to cooperate on policing."}');
    assert.equal(stated.meta.published, '2026-02-02');
    assert.equal(stated.meta.publishedFrom, 'text');
    const none = readLine('{"text":"New Zealand and Fiji agreed to cooperate on policing."}');
    assert.equal(none.meta.published, null);
    assert.deepEqual(none.messages.map((m) => m.code), ['no-publication-date']);
  });

  /** [line, field → value expected in the document]: records that are stored. */
  const GOOD: ReadonlyArray<readonly [string, Partial<Record<'text' | 'title' | 'published' | 'kind' | 'url' | 'source' | 'byline', string | null>>]> = [
    ['{"text":"Hello from Apia."}', { text: 'Hello from Apia.', kind: 'news', published: null }],
    ['{"body":"From the body alias."}', { text: 'From the body alias.' }],
    ['{"content":"From the content alias."}', { text: 'From the content alias.' }],
    ['{"text":"Text wins.","body":"Not this."}', { text: 'Text wins.' }],
    ['{"text":"Dated.","published":"2024-02-29"}', { published: '2024-02-29' }],
    ['{"text":"Dated.","date":"2024-02-29"}', { published: '2024-02-29' }],
    // The calendar date as written, whatever the offset: never moved to UTC or the local zone.
    ['{"text":"Late.","published":"2024-04-11T23:59:59-11:00"}', { published: '2024-04-11' }],
    ['{"text":"Early.","published":"2024-04-11T00:00:00+14:00"}', { published: '2024-04-11' }],
    ['{"text":"Zulu.","published":"2024-04-11T09:30Z"}', { published: '2024-04-11' }],
    ['{"text":"Space.","published":"2024-04-11 09:30:00.123"}', { published: '2024-04-11' }],
    ['{"text":"Kind.","kind":"Speech"}', { kind: 'speech' }],
    ['{"text":"Release.","kind":"release"}', { kind: 'release' }],
    ['{"text":"Nulls are absent.","title":null,"published":null,"url":null,"kind":null,"ministers":null}', { title: null, published: null, url: null, kind: 'news' }],
    ['{"text":"Empty strings are absent.","title":"","published":" ","url":""}', { title: null, published: null, url: null }],
    ['{"text":"Host as source.","url":"https://www.beehive.govt.nz/release/x"}', { source: 'beehive.govt.nz' }],
    ['{"text":"Author alias.","author":"Jane Smith","link":"http://example.org/a"}', { byline: 'Jane Smith', url: 'http://example.org/a' }],
    ['  {"text":"Spaces around the object."}  ', { text: 'Spaces around the object.' }],
    ['{"text":"Deep extra.","raw":' + '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000) + '}', { text: 'Deep extra.' }],
    ['{"text":"C1 \\u0092 repaired and \\r\\n line ends."}', { text: 'C1 \u2019 repaired and line ends.' }],
  ];
  for (const [line, expected] of GOOD) {
    it(`stores ${line.length > 90 ? `${line.slice(0, 90)}…` : line}`, () => {
      const doc = readLine(line);
      assert.ok(!hasErrors(doc.messages), JSON.stringify(doc.messages));
      assertWellFormed(doc);
      const actual = { text: doc.text, ...doc.meta };
      for (const [field, value] of Object.entries(expected)) assert.deepEqual(actual[field as keyof typeof actual], value, field);
    });
  }

  /** [line, code, reason pattern]: records that fail, alone. */
  const BAD: ReadonlyArray<readonly [string | Uint8Array, string, RegExp]> = [
    ['not json', 'bad-json', /^Line 7 is not valid JSON: Unexpected token/],
    ['{"text":"unterminated', 'bad-json', /^Line 7 is not valid JSON \(column \d+\)/],
    ['{"text":"a"} {"text":"b"}', 'bad-json', /not valid JSON/],
    ['[{"text":"an array"}]', 'bad-record', /^Line 7 is an array, not a JSON object/],
    ['"a string"', 'bad-record', /is a string, not a JSON object/],
    ['null', 'bad-record', /is null, not a JSON object/],
    ['42', 'bad-record', /is a number/],
    ['{}', 'bad-record', /no "text" \(or "body", "content"\) field/],
    ['{"title":"No text"}', 'bad-record', /no "text"/],
    ['{"text":5}', 'bad-record', /field "text" must be a string, not a number/],
    ['{"text":["a"]}', 'bad-record', /field "text" must be a string, not an array/],
    ['{"text":""}', 'bad-record', /field "text" is empty/],
    ['{"text":"   \\n  "}', 'bad-record', /field "text" is empty/],
    ['{"text":"x","published":"11 April 2024"}', 'bad-record', /field "published" '11 April 2024' is not a date: give YYYY-MM-DD/],
    ['{"text":"x","published":"2024-02-30"}', 'bad-record', /"published" '2024-02-30' is not a date/],
    ['{"text":"x","published":"2024-04-11T25:00"}', 'bad-record', /is not a date/],
    ['{"text":"x","published":20240411}', 'bad-record', /field "published" must be a string, not a number/],
    ['{"text":"x","title":{"a":1}}', 'bad-record', /field "title" must be a string, not an object/],
    ['{"text":"x","kind":"blog"}', 'bad-record', /field "kind" 'blog' is not one of release, news, speech, other/],
    ['{"text":"x","url":"www.example.org"}', 'bad-record', /field "url" 'www.example.org' is not an absolute http\(s\) URL/],
    ['{"text":"x","ministers":"Winston Peters"}', 'bad-record', /field "ministers" must be an array of strings, not a string/],
    ['{"text":"x","portfolios":["Trade",3]}', 'bad-record', /field "portfolios" must be an array of strings/],
    ['{"text":"NUL \\u0000 in the text"}', 'binary-file', /binary/],
    [Uint8Array.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x00, 0x7d]), 'binary-file', /NUL byte/],
  ];
  for (const [line, code, reason] of BAD) {
    it(`fails ${typeof line === 'string' ? line : 'raw bytes with a NUL'} with ${code}`, () => {
      const doc = readLine(line);
      const error = doc.messages.find((m) => m.severity === 'error');
      assert.equal(error?.code, code, JSON.stringify(doc.messages));
      assert.match(error?.reason ?? '', reason);
      assert.equal(doc.text, '');
      if (code !== 'binary-file') assert.equal(error?.place?.start.line, 7, 'placed on its line of the file');
    });
  }

  it('reports every bad field of a record at once', () => {
    const doc = readLine('{"text":5,"published":"soon","kind":"blog"}');
    assert.deepEqual(
      doc.messages.map((m) => m.reason.replace(/; the record is not stored\.$/, '')),
      ['Line 7: field "text" must be a string, not a number', 'Line 7: field "published" \'soon\' is not a date: give YYYY-MM-DD or an ISO date-time such as 2024-04-11T09:30:00+12:00', "Line 7: field \"kind\" 'blog' is not one of release, news, speech, other"],
    );
  });

  it('reads invalid UTF-8 as Windows-1252 with a warning on its line, and keeps the record', () => {
    const bytes = Uint8Array.from([...enc('{"text":"Caf'), 0xe9, ...enc(' talks in Noum'), 0xe9, ...enc('a."}')]);
    const doc = readLine(bytes, 3);
    assert.equal(doc.text, 'Café talks in Nouméa.');
    const warning = doc.messages.find((m) => m.code === 'invalid-utf8');
    assert.equal(warning?.severity, 'warning');
    assert.deepEqual(warning?.place?.start, { line: 3, column: 13 });
  });

  it('keeps extra fields as strings, bounded, and a "__proto__" key as a plain key', () => {
    const many = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`f${String(i).padStart(2, '0')}`, i]));
    const doc = readLine(JSON.stringify({ text: 'Extra fields.', ...many, long: 'x'.repeat(3000) }).replace('{', '{"__proto__":"kept",'));
    assert.equal(Object.getPrototypeOf(doc.meta.extra), Object.prototype);
    assert.equal(doc.meta.extra['__proto__' as string], 'kept');
    assert.equal(Object.keys(doc.meta.extra).length, 32);
    assert.match(doc.messages.find((m) => m.code === 'record-fields-ignored')?.reason ?? '', /: f31, f32, .*, f39, long\.$/);
  });

  it('readRecord never throws, even for an unknown records format', () => {
    const doc = readRecord({ path: 'x.csv:1', bytes: enc('a,b') }, 'csv');
    assert.equal(doc.messages[0]?.code, 'reader-crashed');
    assert.equal(doc.messages[0]?.severity, 'error');
  });
});

describe('jsonl reader: calendar dates of ISO date-times', () => {
  const TABLE: ReadonlyArray<readonly [string, string | null]> = [
    ['2024-04-11', '2024-04-11'],
    ['2024-04-11T00:00:00Z', '2024-04-11'],
    ['2024-04-11T23:59:59.999+13:00', '2024-04-11'],
    ['2024-04-11T10:00-0500', '2024-04-11'],
    ['2024-04-11t10:00z', '2024-04-11'],
    ['2023-02-29', null],
    ['2024-4-11', null],
    ['11/04/2024', null],
    ['2024-04-11T', null],
    ['2024-04-11T10', null],
    ['2024-04-11T10:60', null],
    ['April 11, 2024', null],
    ['', null],
  ];
  for (const [input, expected] of TABLE) it(`${JSON.stringify(input)} → ${expected}`, () => assert.equal(calendarDateOf(input), expected));
});

describe('jsonl reader: hostile records', () => {
  it('reads a 1 MB line', () => {
    const text = 'The Minister met the Ambassador. '.repeat(32_000).trim();
    const doc = readLine(JSON.stringify({ text, published: '2024-04-11' }));
    assert.ok(!hasErrors(doc.messages));
    assert.equal(doc.text.length, text.length);
  });

  it('reads a record nested 100,000 deep, keeping only its text (JSON.parse does not recurse)', () => {
    const deep = `{"text":"Nested.","raw":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const doc = readLine(deep);
    assert.equal(doc.text, 'Nested.');
    assert.deepEqual(doc.meta.extra, {});
  });

  it('splits 100,000 tiny records without holding more than one line', async () => {
    const source = enc(`${'{"text":"t"}\n'.repeat(100_000)}`);
    let count = 0;
    let last = 0;
    for await (const r of jsonlReader.split(chunked(source, 64 * 1024), 1 << 20)) {
      count += 1;
      last = r.line;
    }
    assert.equal(count, 100_000);
    assert.equal(last, 100_000);
  });

  it('a BOM and CRLF line ends change nothing', async () => {
    const lf = await split('{"text":"One."}\n{"text":"Two."}\n');
    const crlf = await split('\ufeff{"text":"One."}\r\n{"text":"Two."}\r\n');
    assert.deepEqual(shown(crlf), shown(lf));
  });
});
