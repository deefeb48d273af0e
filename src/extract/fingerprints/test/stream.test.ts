import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FINGERPRINT_DEFAULTS } from '../stage.js';
import { winnowStreaming } from '../stream.js';
import { reuseTokens } from '../tokens.js';
import { winnow } from '../winnow.js';

const batch = (text: string, options = FINGERPRINT_DEFAULTS) => winnow(reuseTokens(text), options);

test('streaming fingerprints equal the batch ones, across chunk boundaries', () => {
  const words = fc.constantFrom('the', 'Minister', 'said', "don't", 'Peters’', 'New', 'Zealand', '3.5', 'talks', '—', '“quoted”', 'é', '😀x');
  const texts = fc.array(fc.tuple(words, fc.constantFrom(' ', ' ', '\n', '\n\n', ', ', '. ')), { maxLength: 400 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
  const options = fc.record({ ngram: fc.integer({ min: 1, max: 6 }), window: fc.integer({ min: 1, max: 14 }) });
  fc.assert(
    fc.property(texts, options, fc.integer({ min: 1, max: 64 }), (text, opts, chunk) => {
      assert.deepEqual(winnowStreaming(text, opts, chunk), batch(text, opts));
    }),
    { numRuns: 300 },
  );
});

test('streaming fingerprints equal the batch ones on the fixtures repeated past 1 MB', () => {
  const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
  const base = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(fixtures + f, 'utf8')).join('\n\n');
  const text = base.repeat(Math.ceil(1_100_000 / base.length));
  assert.ok(text.length > 1_000_000);
  assert.deepEqual(winnowStreaming(text, FINGERPRINT_DEFAULTS), batch(text));
});
