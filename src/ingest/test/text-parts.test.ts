import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recordPath, recordsReaderFor, type RawRecord } from '../index.js';
import { PART_BYTES, TEXT_PARTS_OVER, textPartsReader } from '../text-parts.js';
import { assertWellFormed } from './support.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  // Buffers, as a file stream gives them: a part must never be a view of one.
  for (let i = 0; i < bytes.length; i += size) yield Buffer.from(bytes.buffer, bytes.byteOffset + i, Math.min(size, bytes.length - i));
}

async function split(bytes: Uint8Array, chunk = 64 * 1024, maxBytes = 20 * 1024 * 1024): Promise<{ line: number; bytes: Uint8Array }[]> {
  const out: { line: number; bytes: Uint8Array }[] = [];
  for await (const r of textPartsReader.split(chunked(bytes, chunk), maxBytes)) {
    assert.ok('bytes' in r, 'a part is never over the limit');
    out.push(r as Extract<RawRecord, { bytes: Uint8Array }>);
  }
  return out;
}

function concat(parts: readonly { bytes: Uint8Array }[]): Uint8Array {
  return Buffer.concat(parts.map((p) => p.bytes));
}

/** About `mb` MB of news paragraphs, each a few sentences, separated by blank lines. */
function paragraphs(mb: number): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < mb * 1024 * 1024; i++) {
    const p = `Paragraph ${i}: Foreign Minister Tomas Ferreira met his counterpart in Suva on Tuesday. "We talked about the reef," he said. The talks went on into the evening.`;
    out.push(p);
    size += p.length + 2;
  }
  return `${out.join('\n\n')}\n`;
}

describe('text-parts reader: a big plain text in parts', () => {
  it('is chosen for a plain-text file over the threshold only, and never for other formats', () => {
    assert.equal(recordsReaderFor('archive/big.txt', TEXT_PARTS_OVER + 1)?.name, 'text-parts');
    assert.equal(recordsReaderFor('archive/big.text', TEXT_PARTS_OVER + 1)?.name, 'text-parts');
    assert.equal(recordsReaderFor('archive/big.txt', TEXT_PARTS_OVER), null);
    assert.equal(recordsReaderFor('archive/big.md', TEXT_PARTS_OVER * 2), null);
    assert.equal(recordsReaderFor('archive/big.jsonl', TEXT_PARTS_OVER * 2)?.name, 'jsonl');
    assert.equal(recordsReaderFor('<stdin>', TEXT_PARTS_OVER * 2), null);
  });

  it('splits at blank lines once a part holds about a megabyte, losing and repeating nothing', async () => {
    const bytes = enc(paragraphs(4.5));
    const parts = await split(bytes);
    assert.deepEqual(parts.map((p) => p.line), parts.map((_, i) => i + 1));
    assert.ok(parts.length >= 4 && parts.length <= 6, `${parts.length} parts`);
    assert.deepEqual(concat(parts), Buffer.from(bytes));
    for (const [i, p] of parts.entries()) {
      assert.ok(p.bytes.length <= 2 * PART_BYTES, `part ${i + 1} is ${p.bytes.length} bytes`);
      if (i < parts.length - 1) {
        assert.ok(p.bytes.length >= PART_BYTES, `part ${i + 1} is at least a part's size`);
        assert.equal(Buffer.from(p.bytes.subarray(-2)).toString(), '\n\n', `part ${i + 1} ends at a paragraph break`);
      }
      assert.ok(!(p.bytes instanceof Buffer), 'a part owns its bytes: a fresh Uint8Array, never a view of a stream chunk');
    }
  });

  it('gives the same parts whatever the stream chunks', async () => {
    const bytes = enc(paragraphs(2.5));
    const whole = await split(bytes, bytes.length);
    const small = await split(bytes, 997);
    assert.deepEqual(small.map((p) => Buffer.from(p.bytes).toString('hex').slice(0, 64) + p.bytes.length), whole.map((p) => Buffer.from(p.bytes).toString('hex').slice(0, 64) + p.bytes.length));
  });

  it('cuts a line longer than two parts at a space, and a run with no space at a character boundary', async () => {
    const oneLine = enc('word '.repeat(1_100_000));
    const lineParts = await split(oneLine);
    assert.deepEqual(concat(lineParts), Buffer.from(oneLine));
    for (const p of lineParts) assert.ok(p.bytes.length <= 2 * PART_BYTES);
    for (const p of lineParts.slice(0, -1)) assert.equal(p.bytes[p.bytes.length - 1], 0x20, 'ends after a space');

    const accents = enc('é'.repeat(2_500_000));
    const accentParts = await split(accents);
    assert.ok(accentParts.length >= 3);
    assert.deepEqual(concat(accentParts), Buffer.from(accents));
    for (const p of accentParts) assert.ok(!new TextDecoder().decode(p.bytes).includes('\uFFFD'), 'no character is cut in two');
  });

  it('drops a byte-order mark and a blank tail, and keeps a part under a lower --max-bytes', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(paragraphs(0.3)), Buffer.from('\n\n   \n\n')]);
    const parts = await split(bytes);
    assert.equal(parts.length, 1);
    assert.equal(parts[0]!.bytes[0], 'P'.charCodeAt(0));
    const limited = await split(enc(paragraphs(1.2)), 64 * 1024, 256 * 1024);
    for (const p of limited) assert.ok(p.bytes.length <= 256 * 1024, `${p.bytes.length} bytes`);
  });

  it('reads each part as the text reader reads a file, and says which part it is', () => {
    const doc = textPartsReader.read({ path: recordPath('archive/big.txt', 3), bytes: enc(paragraphs(0.01)) });
    assertWellFormed(doc);
    assert.equal(doc.path, 'archive/big.txt:3');
    const note = doc.messages.find((m) => m.code === 'document-part');
    assert.equal(note?.severity, 'info');
    assert.match(note?.reason ?? '', /part 3 of a plain-text file over 4 MB/);
  });
});

describe('text-parts reader: hostile big files', () => {
  // [name, bytes, parts expected, what each part must read as]
  const rows: ReadonlyArray<readonly [string, Uint8Array, 'none' | 'some', string | null]> = [
    ['5 MB of blank lines', enc('\n'.repeat(5 * 1024 * 1024)), 'none', null],
    ['5 MB of CRLF and spaces', enc(' \r\n'.repeat(1_800_000)), 'none', null],
    ['4.5 MB of NUL bytes (binary)', new Uint8Array(4.5 * 1024 * 1024), 'some', 'binary-file'],
    ['4.5 MB of one character with no space or line end', enc('x'.repeat(4.5 * 1024 * 1024)), 'some', null],
  ];
  for (const [name, bytes, expected, code] of rows) {
    it(`${name}: bounded parts, each read without an exception${code ? `, as ${code}` : ''}`, async () => {
      const parts = await split(bytes);
      if (expected === 'none') return assert.equal(parts.length, 0);
      assert.ok(parts.length >= 2);
      for (const p of parts) {
        assert.ok(p.bytes.length <= 2 * PART_BYTES, `${p.bytes.length} bytes`);
        const doc = textPartsReader.read({ path: recordPath('dump.txt', p.line), bytes: p.bytes });
        if (code) assert.ok(doc.messages.some((m) => m.code === code), JSON.stringify(doc.messages.map((m) => m.code)));
        else assertWellFormed(doc);
      }
    });
  }
});
