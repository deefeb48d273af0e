import type { Pipeline } from '../../core/index.js';
import { defaultStages } from '../../extract/index.js';
import type { StagesModule } from './protocol.js';
import { moduleUrl } from './spawn.js';

/** The registry every built-in stage is in: workers import it and pick stages by name. */
export const DEFAULT_STAGES_MODULE: StagesModule = Object.freeze({ module: moduleUrl('../../extract/index').href, export: 'defaultStages' });

/**
 * Where workers can load this pipeline's stages from, or null when they
 * cannot and extraction must stay on this thread. A pipeline made only of
 * built-in stages (the default one, or a subset such as the benchmark's
 * segment-only pipeline) loads from the registry; any other needs the caller
 * to name a module that exports its stages.
 */
export function stagesModuleFor(pipeline: Pipeline, given?: StagesModule): StagesModule | null {
  if (given) return given;
  const builtIn = new Set(defaultStages);
  return pipeline.stages.every((stage) => builtIn.has(stage)) ? DEFAULT_STAGES_MODULE : null;
}
