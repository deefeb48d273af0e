import { createPipeline, type Pipeline } from '../core/index.js';
import { defaultStages } from '../extract/index.js';

/** The pipeline every use case runs unless told otherwise: all stages that exist, ordered by `requires`. */
export function defaultPipeline(): Pipeline {
  return createPipeline(defaultStages);
}
