import Redis from 'ioredis';
import type { Logger } from 'pino';

/**
 * A bucket store every API process and instance shares: answers like
 * `TokenBucketLimiter.take` (0 or the whole seconds to wait), or null when it cannot answer
 * now (then the caller decides alone).
 */
export interface SharedBuckets {
  take(key: string, perMinute: number): Promise<number | null>;
  /** Whether the store answers now (for /health). */
  readonly shared: boolean;
  /** Waits (a little) for the store at start-up, so the first requests do not fall back. */
  connect(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The token bucket of `TokenBucketLimiter` as one Lua script, so that a take is atomic across
 * processes (GCRA: the key holds the time at which the bucket is full again; each take moves
 * it one token's interval on; a take that would move it more than a minute ahead is refused).
 * Time is Redis's own clock (TIME), so instances with skewed clocks still agree. Answers 0, or
 * the milliseconds until the next token.
 */
const TAKE_SCRIPT = `
local interval = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local full_at = tonumber(redis.call('GET', KEYS[1])) or now
if full_at < now then full_at = now end
local next_full_at = full_at + interval
local allowed_at = next_full_at - window
if allowed_at > now then return math.ceil(allowed_at - now) end
redis.call('SET', KEYS[1], string.format('%.3f', next_full_at), 'PX', math.ceil(next_full_at - now))
return 0
`;

const WINDOW_MS = 60_000;

/** A take that Redis has not answered by then counts as Redis unreachable. */
const COMMAND_TIMEOUT_MS = 250;

/** How long start-up waits for Redis before serving with per-process buckets. */
const CONNECT_WAIT_MS = 2_000;

interface TakeCommand {
  kartleggTake(key: string, interval: string, window: string): Promise<number>;
}

/**
 * Buckets in Redis (REDIS_URL). When Redis does not answer (down, unreachable, slower than
 * 250 ms) a take answers null at once, without queueing: the rate limit must never hold up
 * care work. The outage is logged once as a warning, and its end once as info; the client
 * reconnects by itself (every 0.2 s at first, then every 5 s).
 */
export class RedisBuckets implements SharedBuckets {
  private readonly redis: Redis & TakeCommand;
  private down = false;

  constructor(
    url: string,
    private readonly prefix: string,
    private readonly logger: Logger,
  ) {
    this.redis = new Redis(url, {
      // Fail at once while disconnected instead of waiting for a reconnect.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: COMMAND_TIMEOUT_MS,
      connectTimeout: 2_000,
      retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
      connectionName: 'kartlegg-rate-limit',
    }) as Redis & TakeCommand;
    this.redis.defineCommand('kartleggTake', { numberOfKeys: 1, lua: TAKE_SCRIPT });
    // Connection errors are reported by the takes they fail (once per outage), not per retry.
    this.redis.on('error', () => undefined);
  }

  /**
   * Resolves once Redis is ready, or at its first connection error, or after 2 s without an
   * answer (both logged): the API starts and serves either way, with per-process buckets
   * until Redis answers.
   */
  connect(): Promise<void> {
    if (this.redis.status === 'ready') return Promise.resolve();
    return new Promise((resolve) => {
      const settle = (failure?: string) => {
        clearTimeout(timer);
        this.redis.off('ready', ready);
        this.redis.off('error', failed);
        if (failure) {
          this.down = true;
          this.logger.warn(
            { reason: failure },
            'Redis does not answer at start: the rate limit is per process until it does',
          );
        }
        resolve();
      };
      const ready = () => settle();
      const failed = (error: Error) => settle(error.message);
      const timer = setTimeout(() => settle('no answer within 2 s'), CONNECT_WAIT_MS);
      this.redis.once('ready', ready);
      this.redis.once('error', failed);
    });
  }

  async take(key: string, perMinute: number): Promise<number | null> {
    try {
      const waitMs = Number(
        await this.redis.kartleggTake(
          this.prefix + key,
          String(WINDOW_MS / perMinute),
          String(WINDOW_MS),
        ),
      );
      if (this.down) {
        this.down = false;
        this.logger.info('the rate limit is shared through Redis again');
      }
      return waitMs <= 0 ? 0 : Math.max(1, Math.ceil(waitMs / 1000));
    } catch (error) {
      if (!this.down) {
        this.down = true;
        this.logger.warn(
          { reason: error instanceof Error ? error.message : String(error) },
          'Redis does not answer: the rate limit is per process until it does',
        );
      }
      return null;
    }
  }

  /** Whether the last take was answered by Redis (for /health). */
  get shared(): boolean {
    return !this.down && this.redis.status === 'ready';
  }

  async close(): Promise<void> {
    this.redis.disconnect();
    return Promise.resolve();
  }
}
