import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GqlContext } from 'src/common/auth/caller';
import { DomainError } from 'src/common/graphql/domain-error';

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

  /** Forgets buckets that have refilled: a caller back after a pause starts full anyway. */
  /** Callers currently tracked (bounded by the sweep). */
  get tracked(): number {
    return this.buckets.size;
  }

  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.perMinute)
        this.buckets.delete(key);
    }
  }
}

/**
 * Apollo plugin: each operation takes a token from its caller's bucket (the staff member,
 * or the client address before sign-in). Without one the answer is RATE_LIMITED with
 * `extensions.retryAfterSeconds`, HTTP 429 and a Retry-After header.
 */
export function rateLimitPlugin(limiter: TokenBucketLimiter): ApolloServerPlugin<GqlContext> {
  return {
    requestDidStart(): Promise<GraphQLRequestListener<GqlContext>> {
      return Promise.resolve({
        didResolveOperation({ contextValue }) {
          const key = contextValue.actor
            ? `staff:${contextValue.actor.staffId}`
            : `ip:${contextValue.req?.ip ?? 'unknown'}`;
          const retryAfterSeconds = limiter.take(key);
          if (retryAfterSeconds === 0) return Promise.resolve();
          const refusal = new DomainError(
            'RATE_LIMITED',
            'RATE_LIMITED',
            `Too many requests; try again in ${retryAfterSeconds} s`,
            { retryAfterSeconds },
          );
          return Promise.reject(
            new GraphQLError(refusal.message, {
              originalError: refusal,
              extensions: {
                http: {
                  status: 429,
                  headers: new Map([['retry-after', String(retryAfterSeconds)]]),
                },
              },
            }),
          );
        },
      });
    },
  };
}
