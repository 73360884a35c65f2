import type { NextFunction, Request, Response } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { refuse } from 'src/common/graphql/domain-error';
import { formatGraphQLError } from 'src/common/graphql/error-formatter';
import type { SharedBuckets } from 'src/common/graphql/shared-rate-limit';

interface Bucket {
  tokens: number;
  at: number;
}

/** Idle buckets are dropped once this many callers are tracked (memory stays bounded). */
const SWEEP_ABOVE = 10_000;

/**
 * A token bucket per caller, in this API instance's memory: it holds `perMinute` tokens
 * and refills at `perMinute` a minute, so a burst of a minute's worth passes and a steady
 * rate above it does not. Several instances each allow the rate (documented: per instance).
 */
export class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.perMs = perMinute / 60_000;
  }

  /** Takes one token for `key`: 0 when allowed, else the whole seconds until one is back. */
  take(key: string): number {
    const now = this.now();
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= SWEEP_ABOVE) this.sweep(now);
      bucket = { tokens: this.perMinute, at: now };
      this.buckets.set(key, bucket);
    } else {
      bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * this.perMs);
      bucket.at = now;
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
  }

  /** Callers currently tracked (bounded by the sweep). */
  get tracked(): number {
    return this.buckets.size;
  }

  /** Forgets buckets that have refilled: a caller back after a pause starts full anyway. */
  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.perMinute)
        this.buckets.delete(key);
    }
  }
}

/**
 * The two limits of docs/security.md: one bucket per staff member (the token's subject) and,
 * for requests without a valid token, one per client address (Express's `req.ip`, which
 * follows TRUST_PROXY). With `shared` (Redis, REDIS_URL) the buckets are shared by every
 * process and instance; when it cannot answer, this process's own buckets decide.
 */
export class CallerRateLimiter {
  private readonly staff: TokenBucketLimiter;
  private readonly anonymous: TokenBucketLimiter;

  constructor(
    private readonly limits: { perUserPerMinute: number; anonymousPerMinute: number },
    now?: () => number,
    private readonly shared?: SharedBuckets,
  ) {
    this.staff = new TokenBucketLimiter(limits.perUserPerMinute, now);
    this.anonymous = new TokenBucketLimiter(limits.anonymousPerMinute, now);
  }

  /** Takes one token for the subject, or for the address when there is none: 0 or seconds to wait. */
  async take(subject: string | null, address: string | undefined): Promise<number> {
    const [local, key, perMinute] = subject
      ? [this.staff, `staff:${subject}`, this.limits.perUserPerMinute]
      : [this.anonymous, `ip:${address ?? 'unknown'}`, this.limits.anonymousPerMinute];
    const answer = this.shared ? await this.shared.take(key, perMinute) : null;
    return answer ?? local.take(key);
  }

  /** Where the buckets are now: `shared` (Redis answers), `local` (per process). */
  get mode(): 'shared' | 'local' {
    return this.shared?.shared ? 'shared' : 'local';
  }

  /** Waits for the shared store at start-up (it serves without it after 2 s). */
  async onModuleInit(): Promise<void> {
    await this.shared?.connect();
  }

  /** Closes the shared store's connection (at shutdown). */
  async onModuleDestroy(): Promise<void> {
    await this.shared?.close();
  }
}

/** The refusal, in the API's error contract (`extensions.retryAfterSeconds`). */
export function rateLimitedError(retryAfterSeconds: number): GraphQLError {
  const refusal = refuse('RATE_LIMITED', `Too many requests; try again in ${retryAfterSeconds} s`, {
    retryAfterSeconds,
  });
  return new GraphQLError(refusal.message, { originalError: refusal });
}

export function formattedRateLimitedError(retryAfterSeconds: number): GraphQLFormattedError {
  const error = rateLimitedError(retryAfterSeconds);
  return formatGraphQLError(error.toJSON(), error, () => undefined);
}

/** The verified subject of an `Authorization` header, or null (none, expired, forged). */
export type SubjectOf = (authorization: string | undefined) => Promise<string | null>;

/**
 * Express middleware on /graphql, ahead of the body parser and Apollo: every request takes a
 * token from its caller's bucket before its document is read, parsed or validated, so a
 * refused request costs a signature check at most. The caller is the token's subject when
 * its signature and claims hold (no database lookup: the context still authenticates fully),
 * else the client address. Without a token: HTTP 429, Retry-After and RATE_LIMITED.
 */
export function rateLimitMiddleware(limiter: CallerRateLimiter, subjectOf: SubjectOf) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method === 'OPTIONS') return next();
    subjectOf(req.headers.authorization)
      .catch(() => null)
      .then((subject) => limiter.take(subject, req.ip))
      .then((retryAfterSeconds) => {
        if (retryAfterSeconds === 0) return next();
        res
          .status(429)
          .set('retry-after', String(retryAfterSeconds))
          .json({ errors: [formattedRateLimitedError(retryAfterSeconds)] });
      })
      .catch(next);
  };
}
