import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads';
import { ConfigError } from '../../core/index.js';
import { describeError } from './extract-one.js';
import type { ExtractOutcome, ExtractTask, Extractor, Overrun, WorkerReply, WorkerRequest, WorkerSetup } from './protocol.js';
import { moduleUrl, startWorker } from './spawn.js';

/** The budget every document's read and extraction runs under. */
export interface DocumentBudget {
  /** Wall time from the document reaching the front of its worker's queue to its result. */
  readonly timeMs: number;
  /** The worker's old generation: a document that needs more brings the worker down, not the process. */
  readonly memoryMb: number;
  /** The worker thread's stack: deep nesting overflows it as a RangeError the worker reports. */
  readonly stackMb: number;
}

export interface PoolOptions {
  /** Threads at most; started as work arrives, so a run with nothing to extract starts none. */
  readonly size: number;
  readonly setup: WorkerSetup;
  readonly budget: DocumentBudget;
}

interface Job {
  readonly id: number;
  readonly task: ExtractTask;
  readonly resolve: (outcome: ExtractOutcome) => void;
  readonly reject: (error: unknown) => void;
}

/** One worker and the jobs sent to it, in the order it will run them: the head is the one running. */
interface Slot {
  readonly worker: Worker;
  /** Replies come on their own channel so an expiring clock can drain them synchronously first. */
  readonly replies: MessagePort;
  readonly queue: Job[];
  ready: boolean;
  clock: NodeJS.Timeout | undefined;
  timedOut: boolean;
  closing: boolean;
  lastError: unknown;
}

const WORKER_ENTRY = moduleUrl('./worker');

/**
 * Extraction makes many short-lived strings; `parley` gives the main thread
 * 32 MB semi-spaces for it (bin/parley.js), but V8 flags do not reach a
 * worker's heap (it reports 48 MB of young generation either way). Three
 * semi-spaces of 32 MB is what the flag would give. It is capped at an
 * eighth of the memory budget: a scavenge promotes up to a semi-space into
 * the old generation, and when that cannot fit V8 aborts the whole process
 * instead of stopping the worker (seen with a 64 MB budget and 96 MB young).
 */
const YOUNG_GENERATION_MB = 96;

/**
 * Worker threads that read and extract documents, each under a budget.
 * Jobs are sent to a worker as soon as they arrive (to the one with the
 * shortest queue), so workers keep busy while the main thread is held up
 * storing a batch; the caller bounds how many are in flight.
 *
 * A document that runs out of time is stopped by terminating its worker; one
 * that runs out of memory, or crashes the thread, takes only its worker down.
 * Either way its outcome says which budget it overran, a fresh worker takes
 * the dead one's place, and the jobs queued behind it are sent again,
 * unharmed. A worker that dies before it is ready is a setup problem, not a
 * document's: its jobs fail with a ConfigError.
 */
export class ExtractPool implements Extractor {
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private started = 0;
  private broken: ConfigError | null = null;

  constructor(private readonly options: PoolOptions) {}

  get threads(): number {
    return this.started;
  }

  run(task: ExtractTask): Promise<ExtractOutcome> {
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => this.assign({ id: this.nextId++, task, resolve, reject }));
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    for (const slot of slots) {
      slot.closing = true;
      clearTimeout(slot.clock);
      slot.replies.close();
    }
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private assign(job: Job): void {
    let slot = this.slots.reduce<Slot | undefined>((best, s) => (best === undefined || s.queue.length < best.queue.length ? s : best), undefined);
    if ((slot === undefined || slot.queue.length > 0) && this.slots.length < this.options.size) slot = this.spawn();
    if (slot === undefined) throw new Error('unreachable: a pool of size 0');
    slot.queue.push(job);
    slot.worker.postMessage({ id: job.id, task: job.task } satisfies WorkerRequest);
    if (slot.ready && slot.queue.length === 1) this.startClock(slot);
  }

  private spawn(): Slot {
    const { port1, port2 } = new MessageChannel();
    const { budget } = this.options;
    const worker = startWorker(WORKER_ENTRY, {
      workerData: { ...this.options.setup, replies: port2 },
      transferList: [port2],
      resourceLimits: { maxOldGenerationSizeMb: budget.memoryMb, stackSizeMb: budget.stackMb, maxYoungGenerationSizeMb: Math.min(YOUNG_GENERATION_MB, Math.floor(budget.memoryMb / 8)) },
    });
    const slot: Slot = { worker, replies: port1, queue: [], ready: false, clock: undefined, timedOut: false, closing: false, lastError: undefined };
    port1.on('message', (reply: WorkerReply) => this.receive(slot, reply));
    worker.on('error', (error) => (slot.lastError = error));
    worker.on('exit', (code) => this.exited(slot, code));
    this.slots.push(slot);
    this.started += 1;
    return slot;
  }

  private receive(slot: Slot, reply: WorkerReply): void {
    if (reply.type === 'ready') {
      slot.ready = true;
    } else {
      clearTimeout(slot.clock);
      slot.clock = undefined;
      const job = slot.queue.shift();
      if (job?.id !== reply.id) throw new Error(`unreachable: worker replied to job ${reply.id}, expected ${job?.id}`);
      job.resolve(reply.outcome);
    }
    if (slot.queue.length > 0 && slot.clock === undefined) this.startClock(slot);
  }

  private startClock(slot: Slot): void {
    const head = slot.queue[0];
    slot.clock = setTimeout(() => {
      slot.clock = undefined;
      // This thread may have been busy (storing) while replies queued up: read them before judging.
      for (let m = receiveMessageOnPort(slot.replies); m; m = receiveMessageOnPort(slot.replies)) this.receive(slot, m.message as WorkerReply);
      if (slot.queue[0] !== head || slot.closing) return;
      slot.timedOut = true;
      void slot.worker.terminate();
    }, this.options.budget.timeMs);
  }

  private exited(slot: Slot, code: number): void {
    if (slot.closing) return;
    // Results posted before the thread died are good results: take them before blaming the head.
    for (let m = receiveMessageOnPort(slot.replies); m; m = receiveMessageOnPort(slot.replies)) this.receive(slot, m.message as WorkerReply);
    clearTimeout(slot.clock);
    slot.replies.close();
    this.slots.splice(this.slots.indexOf(slot), 1);
    if (!slot.ready) {
      const why = slot.lastError === undefined ? `it exited with code ${code}` : describeError(slot.lastError);
      this.broken = new ConfigError(`An extraction worker could not start (${why}); try --workers 1, or report this with the message.`, { cause: slot.lastError });
      for (const job of slot.queue) job.reject(this.broken);
      return;
    }
    const [head, ...rest] = slot.queue;
    if (head) head.resolve({ kind: 'overrun', ...this.overrun(slot, code) });
    for (const job of rest) this.assign(job);
  }

  private overrun(slot: Slot, code: number): { overrun: Overrun; detail: string } {
    const { budget } = this.options;
    if (slot.timedOut) return { overrun: 'timeout', detail: `over ${budget.timeMs} ms` };
    if ((slot.lastError as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return { overrun: 'memory', detail: `over ${budget.memoryMb} MB of memory` };
    }
    return { overrun: 'crash', detail: slot.lastError === undefined ? `the worker exited with code ${code}` : describeError(slot.lastError) };
  }
}
