export { ExtractPool, type DocumentBudget, type PoolOptions } from './pool.js';
export { InlineExtractor } from './inline.js';
export { extractWithinBudget, DEFAULT_BUDGET } from './budget.js';
export { sourceHash, READER_VERSION } from './source-hash.js';
export { stagesModuleFor, DEFAULT_STAGES_MODULE } from './stages-module.js';
export type { Extracted, Extractor, ExtractOutcome, ExtractTask, Overrun, ReadSettings, StagesModule, StageVersion } from './protocol.js';
