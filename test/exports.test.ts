import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as app from '../src/app/index.js';
import * as cli from '../src/cli/index.js';
import * as core from '../src/core/index.js';
import * as link from '../src/link/index.js';
import * as server from '../src/server/index.js';

// Each folder's index.ts is its public surface: adding or dropping a name is a deliberate change.
// (store, ingest and extract pin their own surfaces beside their code.)
const expected: Record<string, [object, string[]]> = {
  core: [core, ['ConfigError', 'KINDS', 'LineIndex', 'NotFoundError', 'PUBLISHED_FROM', 'ParleyError', 'QuerySyntaxError', 'QueryTimeoutError', 'SpansByStart', 'StartupError', 'StoreError', 'UsageError', 'createPipeline', 'documentId', 'emptyMeta', 'firstIndex', 'formatMessage', 'hasErrors', 'isFingerprints', 'linesOfAList', 'message', 'mix32', 'normaliseUrl', 'shortHash', 'spanAt', 'spanMatches', 'textSpan']],
  app: [
    app,
    [
      'DEFAULT_DB', 'DEFAULT_MAX_BYTES', 'defaultPipeline', 'describeIssues', 'entityDetailSchema', 'entityListSchema', 'extractPaths', 'getDocumentView',
      'getEntityView', 'ingestPaths', 'listCorrections', 'listEntities', 'mergeEntities', 'openStore', 'parseSearchParams', 'reindex', 'renameEntity',
      'resolveEntities', 'searchDocuments', 'searchFacets', 'searchParamsSchema', 'splitEntity', 'toExtractRecord', 'undoCorrection',
      'mergeSchema', 'renameSchema', 'splitSchema',
      'describeStored', 'parseMentionText', 'revertCorrection', 'revertSchema', 'officeHistoryView', 'officeSchema',
      'allReusePairs', 'documentReuse', 'listReuse', 'parseReuseParams', 'reusePairOf', 'reuseParamsSchema', 'toReuseContract',
      'listQuotes', 'quoteClusterView', 'documentQuotes', 'parseQuoteParams', 'quoteParamsSchema',
      'listEvents', 'engagementView', 'eventNetwork', 'documentTimesAndEvents', 'parseEventParams', 'parseNetworkParams', 'eventParamsSchema', 'networkParamsSchema', 'toGraphml',
      'phraseTrends', 'trendCsvRows', 'languageShifts', 'shiftCsvRows', 'trendParamsSchema', 'shiftParamsSchema', 'MAX_PHRASES',
    ],
  ],
  link: [link, ['ENTITIES_STAGE', 'LINK_DEFAULTS', 'analyseName', 'applyCorrection', 'linkBatch', 'linkPending', 'relinkAll', 'slug', 'splitId', 'linkReuse', 'alignTexts', 'coveredShare', 'REUSE_DEFAULTS', 'reuseOptions', 'linkQuotes', 'rebuildQuoteClusters', 'linkBatchQuotes', 'QUOTE_CLUSTER_DEFAULTS', 'linkEvents', 'rebuildEngagements', 'linkBatchEvents', 'levelOf', 'EVENT_MERGE_DEFAULTS']],
  server: [server, ['createServerApp', 'openApiDocument', 'startServer']],
  cli: [cli, ['runCli']],
};

describe('public surfaces', () => {
  for (const [name, [module, names]] of Object.entries(expected)) {
    it(`src/${name}/index.ts exports exactly what is intended`, () => {
      assert.deepEqual(Object.keys(module).sort(), [...names].sort());
    });
  }
});
