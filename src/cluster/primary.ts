import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import { TokenBucketLimiter } from 'src/common/graphql/rate-limit';
import type { SharedBuckets } from 'src/common/graphql/shared-rate-limit';

/** The serving pool's URL, handed from the primary (which opened the database) to a worker. */
export const WORKER_DATABASE_URL = 'KARTLEGG_WORKER_DATABASE_URL';

/** A worker that served this long before dying is restarted at once; sooner, with backoff. */
const STEADY_MS = 30_000;
const FIRST_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 30_000;
/** After SIGTERM, workers have this long to finish their requests before they are killed. */
const DRAIN_MS = 25_000;

export interface PrimaryOptions {
  processes: number;
  port: number;
  servingUrl: string;
  logger: Logger;
  /** After every worker has stopped (stops the embedded PostgreSQL). */
  onStopped: () => Promise<void>;
}

/** The wait before restarting a worker that died after `consecutive` short lives (0, 1, ...). */
export function restartDelayMs(consecutive: number): number {
  return consecutive === 0
    ? 0
    : Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (consecutive - 1));
}

/**
 * The primary of `WEB_CONCURRENCY` > 1: it has migrated and seeded already, and here forks
 * the workers, which share PORT (node:cluster hands connections out in turn). A worker that
 * dies is restarted in its slot, at once if it had served for 30 s, else after 1, 2, 4 ... up
 * to 30 s; each death is logged. SIGTERM or SIGINT stops every worker (each closes its server
 * and finishes its requests), kills those still running after 25 s, then `onStopped`, exit 0.
 */
export function runPrimary(options: PrimaryOptions): void {
  const { logger } = options;
  interface Slot {
    worker?: Worker;
    startedAt: number;
    shortLives: number;
  }
  const slots: Slot[] = Array.from({ length: options.processes }, () => ({
    startedAt: 0,
    shortLives: 0,
  }));
  let stopping = false;
  let announced = false;

  const fork = (slot: Slot): void => {
    slot.startedAt = Date.now();
    slot.worker = cluster.fork({ [WORKER_DATABASE_URL]: options.servingUrl });
  };

  const listeningWorkers = new Set<Worker>();
  cluster.on('listening', (worker) => {
    listeningWorkers.add(worker);
    if (!announced && listeningWorkers.size === slots.length) {
      announced = true;
      logger.info(
        { processes: slots.length },
        `kartlegg serves GraphQL at http://localhost:${options.port}/graphql with ${slots.length} processes`,
      );
    }
  });

  cluster.on('exit', (worker, code, signal) => {
    listeningWorkers.delete(worker);
    const slot = slots.find((s) => s.worker === worker);
    if (!slot) return;
    slot.worker = undefined;
    if (stopping) {
      if (slots.every((s) => !s.worker)) void finish();
      return;
    }
    const lived = Date.now() - slot.startedAt;
    slot.shortLives = lived >= STEADY_MS ? 0 : slot.shortLives + 1;
    const delay = restartDelayMs(slot.shortLives);
    logger.error(
      { pid: worker.process.pid, code, signal, livedMs: lived, restartInMs: delay },
      `API worker ${worker.id} died; starting another in ${delay} ms`,
    );
    setTimeout(() => {
      if (!stopping) fork(slot);
    }, delay);
  });

  const finish = async (): Promise<void> => {
    await options.onStopped();
    process.exit(0);
  };

  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    const running = slots.filter((s) => s.worker).map((s) => s.worker as Worker);
    logger.info({ signal, workers: running.length }, 'shutting down: stopping the API workers');
    if (running.length === 0) {
      void finish();
      return;
    }
    for (const worker of running) worker.process.kill('SIGTERM');
    setTimeout(() => {
      for (const slot of slots) {
        if (!slot.worker) continue;
        logger.warn({ pid: slot.worker.process.pid }, 'an API worker did not stop in time; killed');
        slot.worker.process.kill('SIGKILL');
      }
    }, DRAIN_MS).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  serveBucketsToWorkers();
  for (const slot of slots) fork(slot);
}

/** A worker's question to the primary: take a token from the bucket `key`. */
interface TakeRequest {
  kartleggRateLimit: { id: number; key: string; perMinute: number };
}

/** The primary's answer: 0 or the seconds to wait. */
interface TakeAnswer {
  kartleggRateLimitAnswer: { id: number; wait: number };
}

/**
 * The primary's side of `PrimaryBuckets`: one set of token buckets for all its workers, so
 * that without Redis the rate limit stays per instance (as documented), not per process.
 */
export function serveBucketsToWorkers(): void {
  const limiters = new Map<number, TokenBucketLimiter>();
  cluster.on('message', (worker, message: Partial<TakeRequest>) => {
    const request = message?.kartleggRateLimit;
    if (!request) return;
    let limiter = limiters.get(request.perMinute);
    if (!limiter) {
      limiter = new TokenBucketLimiter(request.perMinute);
      limiters.set(request.perMinute, limiter);
    }
    const answer: TakeAnswer = {
      kartleggRateLimitAnswer: { id: request.id, wait: limiter.take(request.key) },
    };
    if (worker.isConnected()) worker.send(answer);
  });
}

/** A take the primary has not answered by then is decided by the worker alone. */
const PRIMARY_TIMEOUT_MS = 250;

/**
 * A worker's buckets, kept by its primary (IPC), when there is no Redis: the processes of one
 * instance share one budget. An unanswered take (primary busy for 250 ms) answers null, and the
 * worker's own buckets decide it.
 */
export class PrimaryBuckets implements SharedBuckets {
  private nextId = 1;
  private readonly waiting = new Map<number, (wait: number | null) => void>();
  private readonly onMessage = (message: Partial<TakeAnswer>): void => {
    const answer = message?.kartleggRateLimitAnswer;
    if (!answer) return;
    this.waiting.get(answer.id)?.(answer.wait);
  };

  constructor() {
    process.on('message', this.onMessage);
  }

  take(key: string, perMinute: number): Promise<number | null> {
    if (!process.send || !process.connected) return Promise.resolve(null);
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => settle(null), PRIMARY_TIMEOUT_MS);
      const settle = (wait: number | null) => {
        clearTimeout(timer);
        this.waiting.delete(id);
        resolve(wait);
      };
      this.waiting.set(id, settle);
      const request: TakeRequest = { kartleggRateLimit: { id, key, perMinute } };
      process.send?.(request);
    });
  }

  get shared(): boolean {
    return Boolean(process.connected);
  }

  connect(): Promise<void> {
    return Promise.resolve();
  }

  close(): Promise<void> {
    process.off('message', this.onMessage);
    return Promise.resolve();
  }
}
