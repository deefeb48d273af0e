export { linkReuse } from './link-reuse.js';
export type { LinkReuseOptions, ReuseLinkSummary } from './link-reuse.js';
export { alignTexts } from './align-texts.js';
export type { TextPassage } from './align-texts.js';
export { REUSE_DEFAULTS, reuseOptions } from './options.js';
export type { ReuseOptions } from './options.js';
export { coveredShare } from './coverage.js';
