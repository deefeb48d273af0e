export { createFingerprintsStage, fingerprintsStage, fingerprintText, FINGERPRINT_DEFAULTS } from './stage.js';
export type { FingerprintOptions } from './stage.js';
export { reuseTokens } from './tokens.js';
export type { ReuseTokens } from './tokens.js';
export { winnow } from './winnow.js';
export type { WinnowOptions } from './winnow.js';
