// The entry of an extraction worker thread: loads the pipeline once (the
// tagger model load is the slow part), then reads, hashes and extracts one
// input per request, strictly one after another in the order they arrive:
// the main thread times the one at the front of this worker's queue and
// terminates the thread if it runs over its budget.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { createPipeline, ConfigError, type Pipeline, type Stage } from '../../core/index.js';
import { extractOne } from './extract-one.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './protocol.js';

const port = parentPort;
if (!port) throw new ConfigError('src/app/extract-pool/worker is a worker thread entry: start it with new Worker(), not import it.');

const { replies, ...setup } = workerData as WorkerSetup & { replies: MessagePort };
const pipeline = await loadPipeline(setup);
await warmUp(pipeline);
// Reading a file is asynchronous: chain the tasks so two are never in progress at once.
let previous = Promise.resolve();
port.on('message', ({ id, task }: WorkerRequest) => {
  previous = previous.then(async () => {
    const reply: WorkerReply = { type: 'outcome', id, outcome: await extractOne(pipeline, task, setup) };
    replies.postMessage(reply);
  });
});
replies.postMessage({ type: 'ready' } satisfies WorkerReply);

async function loadPipeline(setup: WorkerSetup): Promise<Pipeline> {
  const mod = (await import(setup.stagesModule.module)) as Record<string, unknown>;
  const available = mod[setup.stagesModule.export];
  if (!Array.isArray(available)) {
    throw new ConfigError(`${setup.stagesModule.module} has no export '${setup.stagesModule.export}' holding a list of stages.`);
  }
  const byName = new Map((available as Stage[]).map((stage) => [stage.name, stage]));
  return createPipeline(
    setup.stages.map(({ name, version }) => {
      const stage = byName.get(name);
      if (stage?.version !== version) {
        throw new ConfigError(
          `Stage '${name}' version ${version} is not in ${setup.stagesModule.module} (export '${setup.stagesModule.export}'): workers must load the very stages the main thread runs.`,
        );
      }
      return stage;
    }),
  );
}

/**
 * One small document through every stage before the first real one, so model
 * loads and lazy set-up do not count against the first document's budget.
 */
async function warmUp(pipeline: Pipeline): Promise<void> {
  const bytes = new TextEncoder().encode('Prime Minister Anthony Albanese met Foreign Minister Penny Wong in Canberra on Tuesday.\n');
  await extractOne(pipeline, { path: 'warm-up.txt', source: 'stdin', size: bytes.byteLength, bytes }, { maxBytes: bytes.byteLength, stages: [] });
}
