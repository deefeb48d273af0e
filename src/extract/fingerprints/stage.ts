import { ConfigError, type Fingerprints, type Stage } from '../../core/index.js';
import { winnowStreaming } from './stream.js';
import { reuseTokens } from './tokens.js';
import { winnow, type WinnowOptions } from './winnow.js';

export type FingerprintOptions = Partial<WinnowOptions>;

/**
 * Five-word n-grams are long enough that two unrelated texts rarely share one
 * by chance, short enough that a rewritten attribution leaves the rest of a
 * sentence matching. A window of 12 guarantees a shared fingerprint for any
 * shared run of 16 words (about one sentence) at about one fingerprint per
 * 6.5 words, which keeps the index below the size of the text.
 */
export const FINGERPRINT_DEFAULTS = Object.freeze({ ngram: 5, window: 12 } satisfies WinnowOptions);

/** Fingerprints the document's text for the reuse index; pure and cheap (no other stage needed). */
export function createFingerprintsStage(options: FingerprintOptions = {}): Stage<Fingerprints> {
  const settings = { ...FINGERPRINT_DEFAULTS, ...options };
  for (const [name, value] of Object.entries(settings)) {
    if (!Number.isInteger(value) || value < 1 || value > 64) {
      throw new ConfigError(`Invalid fingerprints option ${name}: ${String(value)}: use a whole number from 1 to 64.`);
    }
  }
  return Object.freeze({
    name: 'fingerprints',
    version: 1,
    requires: Object.freeze([]),
    run(doc) {
      return { output: fingerprintText(doc.text, settings), messages: [] };
    },
  } satisfies Stage<Fingerprints>);
}

/** Above this many characters the text is fingerprinted in a stream: the same output in bounded memory (see stream.ts). */
const STREAM_CHARS = 256 * 1024;

export function fingerprintText(text: string, options: WinnowOptions = FINGERPRINT_DEFAULTS): Fingerprints {
  return text.length > STREAM_CHARS ? winnowStreaming(text, options) : winnow(reuseTokens(text), options);
}

export const fingerprintsStage = createFingerprintsStage();
