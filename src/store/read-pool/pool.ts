import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ConfigError, QueryTimeoutError, StoreError, type ParleyError } from '../../core/index.js';
import { deserializeError, type PooledRead, type ReadRequest, type WorkerMessage } from './protocol.js';

export interface ReadPoolOptions {
  /** Worker processes; each serves one read at a time. */
  readonly workers: number;
  /** Milliseconds a read may run before its worker is killed and the read fails with `QueryTimeoutError`. */
  readonly budgetMs: number;
  /** Heap limit of each worker, in MB: a read that needs more fails instead of swapping the machine. */
  readonly memoryMb?: number;
  /** Reads waiting for a worker beyond this many are refused at once: the server is overloaded, not slow. */
  readonly maxQueue?: number;
}

export const READ_POOL_DEFAULTS = Object.freeze({ workers: 2, budgetMs: 2000, memoryMb: 512, maxQueue: 1000 });

interface Job {
  readonly method: PooledRead;
  readonly args: readonly unknown[];
  readonly queuedAt: number;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: ParleyError) => void;
}

interface Worker {
  readonly child: ChildProcess;
  ready: boolean;
  job: { readonly id: number; readonly run: Job; readonly timer: NodeJS.Timeout } | null;
}

// Tests run the TypeScript through tsx; the built CLI runs dist/*.js. The worker is a sibling either way.
const SELF = fileURLToPath(import.meta.url);
const EXTENSION = SELF.endsWith('.ts') ? '.ts' : '.js';
const WORKER = fileURLToPath(new URL(`./worker${EXTENSION}`, import.meta.url));

/**
 * Reads in worker processes, each with its own read-only connection, under a
 * time budget. The caller's event loop only passes messages, so a slow query
 * never stalls other requests; a read past its budget has its worker killed
 * (SQLite cannot be interrupted from JavaScript) and a new one started.
 */
export class ReadPool {
  private readonly workers: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly options: Required<ReadPoolOptions>;
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly path: string,
    options: ReadPoolOptions,
  ) {
    this.options = { ...READ_POOL_DEFAULTS, ...options };
    const { workers, budgetMs } = this.options;
    if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
      throw new ConfigError(`Read workers must be a whole number from 1 to 64 (got ${workers}): set --read-workers.`);
    }
    if (!Number.isFinite(budgetMs) || budgetMs < 10) {
      throw new ConfigError(`The query budget must be at least 10 ms (got ${budgetMs}): set --query-budget-ms.`);
    }
    for (let i = 0; i < workers; i++) this.workers.push(this.spawn());
  }

  /** Runs one read on the next free worker. */
  call(method: PooledRead, args: readonly unknown[]): Promise<unknown> {
    if (this.closed) return Promise.reject(new StoreError('The read pool is closed: open the store again.'));
    if (this.queue.length >= this.options.maxQueue) {
      return Promise.reject(new StoreError(`The server is overloaded: ${this.queue.length} reads are waiting for a worker. Retry shortly.`));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ method, args, queuedAt: performance.now(), resolve, reject });
      this.dispatch();
    });
  }

  /** Kills every worker at once, whatever it is running, and fails what waits. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const worker of this.workers) {
      if (worker.job) {
        clearTimeout(worker.job.timer);
        worker.job.run.reject(new StoreError('The server is shutting down.'));
      }
      worker.child.kill('SIGKILL');
    }
    for (const job of this.queue.splice(0)) job.reject(new StoreError('The server is shutting down.'));
  }

  private spawn(): Worker {
    const execArgv = [...(EXTENSION === '.ts' ? ['--import', 'tsx'] : []), `--max-old-space-size=${this.options.memoryMb}`];
    const child = fork(WORKER, [this.path], { execArgv, serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const worker: Worker = { child, ready: false, job: null };
    child.on('message', (message: WorkerMessage) => this.onMessage(worker, message));
    child.on('exit', () => this.onExit(worker));
    child.on('error', () => undefined);
    return worker;
  }

  private onMessage(worker: Worker, message: WorkerMessage): void {
    if (message.type === 'ready') {
      worker.ready = true;
      this.dispatch();
      return;
    }
    if (message.type === 'failed') {
      // The database cannot be opened for reading: every waiting read would fail the same way.
      const error = deserializeError(message.error);
      for (const job of this.queue.splice(0)) job.reject(error);
      return;
    }
    const job = worker.job;
    if (!job || job.id !== message.id) return;
    clearTimeout(job.timer);
    worker.job = null;
    if (message.type === 'result') job.run.resolve(message.value);
    else job.run.reject(deserializeError(message.error));
    this.dispatch();
  }

  private onExit(worker: Worker): void {
    const index = this.workers.indexOf(worker);
    if (worker.job) {
      clearTimeout(worker.job.timer);
      worker.job.run.reject(
        new StoreError(`A read worker stopped while running ${worker.job.run.method} (over its ${this.options.memoryMb} MB memory budget?): narrow the request.`),
      );
      worker.job = null;
    }
    if (this.closed || index === -1) return;
    this.workers[index] = this.spawn();
  }

  private dispatch(): void {
    for (const worker of this.workers) {
      if (this.queue.length === 0) return;
      if (!worker.ready || worker.job || !worker.child.connected) continue;
      const run = this.queue.shift() as Job;
      const id = this.nextId++;
      const budget = budgetOf(run.method, this.options.budgetMs);
      const timer = setTimeout(() => this.timeout(worker), budget);
      worker.job = { id, run, timer };
      const request: ReadRequest = { id, method: run.method, args: run.args };
      worker.child.send(request);
    }
  }

  private timeout(worker: Worker): void {
    const job = worker.job;
    if (!job) return;
    worker.job = null;
    // Nothing more goes to it: it is being killed.
    worker.ready = false;
    const budget = budgetOf(job.run.method, this.options.budgetMs);
    job.run.reject(
      new QueryTimeoutError(
        `The ${describe(job.run.method)} ran past its time budget of ${budget} ms and was cancelled: narrow it (rarer words, a phrase, a date or source filter), or start the server with a larger --query-budget-ms.`,
        budget,
      ),
    );
    // Its exit handler starts the replacement.
    worker.child.kill('SIGKILL');
  }
}

/**
 * Reads that analyse a corpus rather than look something up get a multiple
 * of the budget: ranking every phrase of two five-year periods reads and
 * counts tens of megabytes of text (about 3 s over 5,000 transcripts), where
 * a search is an index lookup.
 */
const BUDGET_SCALE: Partial<Record<PooledRead, number>> = { shifts: 15 };

function budgetOf(method: PooledRead, budgetMs: number): number {
  return budgetMs * (BUDGET_SCALE[method] ?? 1);
}

function describe(method: PooledRead): string {
  return method === 'search' ? 'search' : method === 'facets' ? 'facet count' : `read (${method})`;
}
