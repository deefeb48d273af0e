import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ConfigError } from '../../../core/index.js';
import { createFingerprintsStage, fingerprintText, FINGERPRINT_DEFAULTS, reuseTokens } from '../index.js';

const words = (text: string) => {
  const t = reuseTokens(text);
  return Array.from({ length: t.count }, (_, i) => text.slice(t.starts[i], t.ends[i]));
};
const hashSet = (text: string) => new Set(fingerprintText(text).hashes);
const SENTENCE =
  'New Zealand is committed to working more closely with NATO partners to support collective security in a worsening strategic environment, and will do its part.';

describe('reuse tokens', () => {
  it('are runs of letters and digits with their offsets', () => {
    assert.deepEqual(words('“Mr Peters,” she said — in 2024.'), ['Mr', 'Peters', 'she', 'said', 'in', '2024']);
  });

  it('fold case, quote style and apostrophes inside words', () => {
    const a = reuseTokens("Russia's \"WAR\" don't");
    const b = reuseTokens('russia’s “war” don’t');
    assert.equal(a.count, 3);
    assert.deepEqual([...a.lo.subarray(0, 3)], [...b.lo.subarray(0, 3)]);
    assert.deepEqual([...a.hi.subarray(0, 3)], [...b.hi.subarray(0, 3)]);
  });

  it('keep different words apart', () => {
    const t = reuseTokens('peters peter petersen');
    assert.equal(new Set(t.lo.subarray(0, 3)).size, 3);
  });
});

describe('fingerprints', () => {
  it('cover their n-gram: spans lie in the text and start and end on words', () => {
    const text = `${SENTENCE}\n\n${SENTENCE.toUpperCase()} Other words follow here to make the text long enough.`;
    const { starts, ends, hashes } = fingerprintText(text);
    assert.ok(hashes.length > 0);
    for (let i = 0; i < hashes.length; i++) {
      assert.ok(starts[i]! < ends[i]! && ends[i]! <= text.length);
      assert.match(text.slice(starts[i], ends[i]), /^\w.*\w$/s);
      assert.equal(words(text.slice(starts[i], ends[i])).length, FINGERPRINT_DEFAULTS.ngram);
    }
  });

  it('do not change with quote style, case or paragraph breaks', () => {
    const a = `“${SENTENCE}” Mr Peters said.\n\nHe said it again.`;
    const b = `"${SENTENCE.toLowerCase()}" Mr Peters said. He said it again.`;
    assert.deepEqual([...fingerprintText(a).hashes], [...fingerprintText(b).hashes]);
  });

  it('are empty for a text shorter than one n-gram, and one for a text shorter than a window', () => {
    assert.equal(fingerprintText('Four words only here').hashes.length, 0);
    assert.equal(fingerprintText('Exactly five words in here').hashes.length, 1);
  });

  it('guarantee a shared fingerprint for any shared run of ngram + window - 1 words (winnowing)', () => {
    const run = FINGERPRINT_DEFAULTS.ngram + FINGERPRINT_DEFAULTS.window - 1;
    const vocabulary = fc.constantFrom(...'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma'.split(' '));
    const text = (n: number) => fc.array(vocabulary, { minLength: n, maxLength: n + 40 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(text(0), text(0), text(run), text(0), text(0), (a1, b1, shared, a2, b2) => {
        const a = hashSet(`${a1} ${shared} ${a2}`);
        const b = fingerprintText(`${b1} | ${shared} | ${b2}`).hashes;
        return b.some((h) => a.has(h));
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('keep about one fingerprint per (window + 1) / 2 words', () => {
    const text = Array.from({ length: 400 }, (_, i) => `${SENTENCE} ${i}`).join(' ');
    const density = fingerprintText(text).hashes.length / reuseTokens(text).count;
    const expected = 2 / (FINGERPRINT_DEFAULTS.window + 1);
    assert.ok(density > expected * 0.7 && density < expected * 1.3, `density ${density}, expected about ${expected}`);
  });
});

describe('fingerprints stage', () => {
  it('declares itself and fingerprints the document text', () => {
    const stage = createFingerprintsStage();
    assert.equal(stage.name, 'fingerprints');
    assert.deepEqual(stage.requires, []);
    const doc = { text: SENTENCE } as Parameters<typeof stage.run>[0];
    assert.deepEqual([...stage.run(doc, { outputs: new Map() }).output.hashes], [...fingerprintText(SENTENCE).hashes]);
  });

  it('refuses a bad option, naming it and the fix', () => {
    assert.throws(() => createFingerprintsStage({ ngram: 0 }), (e: unknown) => e instanceof ConfigError && /ngram: 0.*whole number from 1 to 64/.test(e.message));
    assert.throws(() => createFingerprintsStage({ window: 2.5 }), ConfigError);
  });
});
