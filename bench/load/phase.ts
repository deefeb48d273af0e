// One bounded phase: N normal clients, each sending its mix one request at a
// time, and optionally one hostile client cycling its cases, until the time or
// the request budget runs out (or `until` settles, e.g. the ingest finished).
import type { LoadClient } from './client.js';
import type { HostileRequest } from './hostile.js';
import type { Mix } from './mix.js';
import { isSuccess, Recorder, type Outcome } from './stats.js';

export interface PhaseOptions {
  readonly client: LoadClient;
  /** One mix per normal client. */
  readonly mixes: readonly Mix[];
  readonly seconds: number;
  /** Normal requests, over all clients. */
  readonly requests: number;
  readonly hostile?: readonly HostileRequest[];
  readonly until?: Promise<unknown>;
  readonly progress?: (line: string) => void;
}

export interface Sample {
  readonly path: string;
  readonly outcome: Outcome;
  readonly ms: number;
}

export interface PhaseResult {
  readonly normal: Recorder;
  readonly hostile: Recorder;
  /** From the first request to the last normal response. */
  readonly seconds: number;
  readonly stoppedBy: 'time' | 'requests' | 'until';
  /** The slowest normal requests, slowest first. */
  readonly slowest: readonly Sample[];
  /** The first few normal requests that failed. */
  readonly failures: readonly Sample[];
  /** The slowest hostile requests, slowest first. */
  readonly slowestHostile: readonly (Sample & { name: string })[];
}

const KEEP = 8;

function keepSlowest<T extends Sample>(list: T[], sample: T): void {
  if (list.length >= KEEP && sample.ms <= (list.at(-1) as T).ms) return;
  list.push(sample);
  list.sort((a, b) => b.ms - a.ms);
  list.length = Math.min(list.length, KEEP);
}

export async function runPhase(options: PhaseOptions): Promise<PhaseResult> {
  const normal = new Recorder();
  const hostile = new Recorder();
  const slowest: Sample[] = [];
  const failures: Sample[] = [];
  const slowestHostile: (Sample & { name: string })[] = [];
  let stoppedBy: PhaseResult['stoppedBy'] | null = null;
  const stop = (why: PhaseResult['stoppedBy']) => (stoppedBy ??= why);
  let issued = 0;

  const started = performance.now();
  const timer = setTimeout(() => stop('time'), options.seconds * 1000);
  void options.until?.finally(() => stop('until'));
  const ticker = setInterval(() => {
    const s = ((performance.now() - started) / 1000).toFixed(0);
    const hostileNote = options.hostile ? `, hostile ${hostile.count()} sent` : '';
    options.progress?.(`  ${s} s: ${normal.count()} requests, ${normal.errors()} errors${hostileNote}`);
  }, 5000);

  let lastNormal = started;
  const normalClient = async (mix: Mix) => {
    while (stoppedBy === null) {
      if (issued >= options.requests) {
        stop('requests');
        break;
      }
      issued += 1;
      const request = mix.next();
      const response = await options.client.get(request.path);
      lastNormal = performance.now();
      normal.add(request.kind, response.outcome, response.ms);
      const sample = { path: request.path, outcome: response.outcome, ms: response.ms };
      keepSlowest(slowest, sample);
      if (!isSuccess(response.outcome) && failures.length < KEEP) failures.push(sample);
    }
  };
  const hostileClient = async (cases: readonly HostileRequest[]) => {
    for (let i = 0; stoppedBy === null; i += 1) {
      const request = cases[i % cases.length] as HostileRequest;
      const response = await options.client.get(request.path);
      hostile.add(request.name, response.outcome, response.ms);
      keepSlowest(slowestHostile, { name: request.name, path: request.path, outcome: response.outcome, ms: response.ms });
    }
  };

  try {
    const normals = Promise.all(options.mixes.map(normalClient));
    const hostiles = options.hostile ? hostileClient(options.hostile) : Promise.resolve();
    await normals;
    await hostiles;
  } finally {
    clearTimeout(timer);
    clearInterval(ticker);
  }
  return {
    normal,
    hostile,
    seconds: (lastNormal - started) / 1000,
    stoppedBy: stoppedBy ?? 'time',
    slowest,
    failures,
    slowestHostile,
  };
}
