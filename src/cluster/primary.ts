import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';

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

  for (const slot of slots) fork(slot);
}
