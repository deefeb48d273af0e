export { linkQuotes, rebuildQuoteClusters } from './link-quotes.js';
export type { LinkQuotesOptions, QuoteLinkSummary } from './link-quotes.js';
export { QUOTE_CLUSTER_DEFAULTS } from './options.js';
export type { QuoteClusterOptions } from './options.js';
export { quoteKeys, quoteWords, shinglesMatch } from './shingles.js';
export type { QuoteKeys } from './shingles.js';
export { clusterId } from './cluster-id.js';
export { linkBatchQuotes } from './in-batch.js';
export type { ExtractQuote, ExtractSpeaker, QuoteBatchDocument } from './in-batch.js';
