import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document } from '../../core/index.js';
import type { Reader } from '../reader.js';

/** A front matter block opening the source; group 1 is its first YAML line. */
const FRONT_MATTER = /^\ufeff?---[ \t]*\r?\n([^\r\n]+)\r?\n(?:[\s\S]*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** Reads `text` (or bytes) with `reader` as if from a file called `path`. */
export function readWith(reader: Reader, input: string | Uint8Array, path = 'input.txt'): Document {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  return reader.read({ path, bytes });
}

/** The inputs of one reader's golden fixtures: `fixtures/<dir>/NAME.<ext>` beside `NAME.json`. */
export function goldenCases(dir: string): Array<{ name: string; input: string; golden: string; path: string }> {
  const folder = join(FIXTURES, dir);
  return readdirSync(folder)
    .filter((f) => !f.endsWith('.json') && f !== 'SOURCES.md')
    .sort()
    .map((f) => ({
      name: f,
      input: join(folder, f),
      golden: join(folder, `${basename(f, extname(f))}.json`),
      // A relative path keeps goldens identical on every machine.
      path: `fixtures/${dir}/${f}`,
    }));
}

export function readFixture(reader: Reader, c: { input: string; path: string }): Document {
  return reader.read({ path: c.path, bytes: readFileSync(c.input) });
}

/**
 * The contract every reader output keeps, whatever the input: spans inside
 * the text, tidy paragraphs, and (given the source) no front matter left over.
 */
export function assertWellFormed(doc: Document, source?: string | Uint8Array): void {
  const { text } = doc;
  for (const m of doc.messages) {
    assert.equal(m.start === null, m.end === null, `${m.code}: start and end are both set or both null`);
    if (m.start !== null && m.end !== null) {
      assert.ok(m.start >= 0 && m.start <= m.end && m.end <= text.length, `${m.code}: span ${m.start}-${m.end} outside text of ${text.length}`);
    }
    if (m.place) {
      assert.ok(m.place.start.line >= 1 && m.place.start.column >= 1, `${m.code}: place is 1-based`);
      const ordered = m.place.start.line < m.place.end.line || (m.place.start.line === m.place.end.line && m.place.start.column <= m.place.end.column);
      assert.ok(ordered, `${m.code}: place ends before it starts`);
    }
    assert.ok(['error', 'warning', 'info'].includes(m.severity));
    assert.ok(m.origin.startsWith('reader:'), `${m.code}: origin names the reader`);
  }
  assert.ok(!text.includes('\r'), 'newlines are LF');
  assert.ok(!/\n{3,}/.test(text), 'paragraphs are separated by exactly one blank line');
  assert.equal(text, text.trim(), 'no leading or trailing whitespace');
  const front = source === undefined ? null : FRONT_MATTER.exec(typeof source === 'string' ? source : new TextDecoder().decode(source));
  if (front) assert.ok(!text.startsWith(`---\n${(front[1] ?? '').replace(/\s+/g, ' ').trim()}`), 'the front matter block is not in the text');
  assert.ok(!/ {2}/.test(text), 'runs of spaces are collapsed');
  assert.ok(/^[0-9a-f]{16}$/.test(doc.id), 'id is a 16-hex-digit hash');
}
