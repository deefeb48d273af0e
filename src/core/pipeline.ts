import type { Document } from './document.js';
import { ConfigError } from './errors.js';
import type { Message } from './message.js';
import type { Stage, StageRecord } from './stage.js';

export interface ProcessedDocument {
  readonly document: Document;
  readonly stages: readonly StageRecord[];
}

export interface Pipeline {
  /** Stages in run order, derived from `requires`. */
  readonly stages: readonly Stage[];
  run(doc: Document): ProcessedDocument;
}

/**
 * Orders stages by their `requires` (never by list position) and runs them.
 * Stage messages are appended to the document's own messages.
 */
export function createPipeline(stages: readonly Stage[]): Pipeline {
  const ordered = orderStages(stages);
  return {
    stages: ordered,
    run(doc) {
      const outputs = new Map<string, unknown>();
      const records: StageRecord[] = [];
      const messages: Message[] = [...doc.messages];
      for (const stage of ordered) {
        const visible = new Map<string, unknown>();
        for (const name of stage.requires) visible.set(name, outputs.get(name));
        const result = stage.run(doc, { outputs: visible });
        outputs.set(stage.name, result.output);
        records.push({ name: stage.name, version: stage.version, output: result.output });
        messages.push(...result.messages);
      }
      return { document: { ...doc, messages }, stages: records };
    },
  };
}

function orderStages(stages: readonly Stage[]): Stage[] {
  const byName = new Map<string, Stage>();
  for (const stage of stages) {
    if (byName.has(stage.name)) throw new ConfigError(`Stage '${stage.name}' is registered twice: register each stage once.`);
    byName.set(stage.name, stage);
  }
  const ordered: Stage[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (stage: Stage, path: string[]): void => {
    const seen = state.get(stage.name);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      throw new ConfigError(`Stages require each other in a cycle: ${[...path, stage.name].join(' -> ')}. Remove one requirement.`);
    }
    state.set(stage.name, 'visiting');
    for (const name of stage.requires) {
      const required = byName.get(name);
      if (!required) throw new ConfigError(`Stage '${stage.name}' requires '${name}', which is not registered: add it to the pipeline.`);
      visit(required, [...path, stage.name]);
    }
    state.set(stage.name, 'done');
    ordered.push(stage);
  };
  // Sorting by name makes the order of independent stages deterministic.
  for (const stage of [...stages].sort((a, b) => a.name.localeCompare(b.name))) visit(stage, []);
  return ordered;
}
