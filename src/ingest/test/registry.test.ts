import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as ingest from '../index.js';

const { readerFor, readDocument, SUPPORTED_EXTENSIONS } = ingest;

describe('ingest public surface', () => {
  it('exports exactly the intended names', () => {
    assert.deepEqual(Object.keys(ingest).sort(), [
      'SUPPORTED_EXTENSIONS',
      'aupmXmlReader',
      'markdownReader',
      'parseCalendarDate',
      'readDocument',
      'readRecord',
      'readerFor',
      'readers',
      'recordPath',
      'recordsReaderFor',
      'textReader',
      'withFallbackPublished',
    ]);
  });
});

describe('readerFor', () => {
  const FRONT = '---\ntitle: x\n---\nBody';
  const XML = '<?xml version="1.0" encoding="UTF-8" ?>\n<transcripts>\n  <transcript>\n    <transcript-id>1</transcript-id>';
  const table: Array<[string, string, string]> = [
    ['release.md', 'Body', 'markdown'],
    ['release.MARKDOWN', 'Body', 'markdown'],
    ['story.txt', 'Body', 'text'],
    ['story.text', 'Body', 'text'],
    ['transcript.xml', XML, 'aupm-xml'],
    // A .txt that opens with front matter is Markdown with front matter (the Beehive samples are saved so).
    ['000_80ab897ad2e4b4e3.txt', FRONT, 'markdown'],
    // No extension, unknown extension or stdin: sniff the content.
    ['README', 'Body', 'text'],
    ['notes', FRONT, 'markdown'],
    ['dump.data', XML, 'aupm-xml'],
    ['<stdin>', FRONT, 'markdown'],
    ['<stdin>', XML, 'aupm-xml'],
    ['<stdin>', 'Plain words.', 'text'],
    ['dir.v2/README', 'Body', 'text'],
    ['.hidden', 'Body', 'text'],
  ];
  for (const [path, head, reader] of table) {
    it(`${path} with ${JSON.stringify(head.slice(0, 12))} → ${reader}`, () => {
      assert.equal(readerFor(path, head).name, reader);
    });
  }

  it('lists the extensions a folder walk reads', () => {
    assert.deepEqual([...SUPPORTED_EXTENSIONS].sort(), ['jsonl', 'markdown', 'md', 'ndjson', 'text', 'txt', 'xml']);
  });

  it('chooses a records reader by extension only, never by content', () => {
    assert.equal(ingest.recordsReaderFor('archive.jsonl')?.name, 'jsonl');
    assert.equal(ingest.recordsReaderFor('dir/ARCHIVE.NDJSON')?.name, 'jsonl');
    for (const path of ['story.txt', 'notes', '<stdin>', '-', 'dump.json', 'archive.jsonl.bak']) assert.equal(ingest.recordsReaderFor(path), null, path);
  });
});

describe('readDocument', () => {
  it('decodes, picks a reader and reads', () => {
    const doc = readDocument({ path: '<stdin>', bytes: new TextEncoder().encode('\ufeff---\ntitle: Hello\ndate: 2024-04-11\n---\n\nBody.') });
    assert.equal(doc.format, 'markdown');
    assert.equal(doc.path, '<stdin>');
    assert.equal(doc.meta.title, 'Hello');
    assert.equal(doc.text, 'Body.');
  });

  it('never throws on binary input', () => {
    const doc = readDocument({ path: 'photo.png', bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) });
    assert.deepEqual(doc.messages.map((m) => m.code), ['binary-file']);
  });
});
