import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { CallerRateLimiter, TokenBucketLimiter } from 'src/common/graphql/rate-limit';
import type { SharedBuckets } from 'src/common/graphql/shared-rate-limit';

describe(TokenBucketLimiter.name, () => {
  it('lets a minute’s worth through at once, then refuses with the seconds until the next token', () => {
    let now = 0;
    const limiter = new TokenBucketLimiter(60, () => now);
    for (let i = 0; i < 60; i++) expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(1);
    now += 1000;
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(1);
  });

  it('keeps one bucket per caller', () => {
    const limiter = new TokenBucketLimiter(1, () => 0);
    expect(limiter.take('nurse')).toBe(0);
    expect(limiter.take('nurse')).toBe(60);
    expect(limiter.take('physio')).toBe(0);
  });

  it('never allows more than the burst plus the refill over any period', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 600 }),
        fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 300 }),
        (perMinute, gaps) => {
          let now = 0;
          const limiter = new TokenBucketLimiter(perMinute, () => now);
          let allowed = 0;
          for (const gap of gaps) {
            now += gap;
            if (limiter.take('x') === 0) allowed++;
          }
          return allowed <= perMinute + Math.floor((now * perMinute) / 60_000) + 1;
        },
      ),
    );
  });

  it('forgets idle callers once many are tracked, but keeps those still limited', () => {
    let now = 0;
    const limiter = new TokenBucketLimiter(2, () => now);
    for (let i = 0; i < 9_999; i++) limiter.take(`caller-${i}`);
    now = 59_000;
    // Drained a second before the sweep: not refilled, so it must not be forgotten.
    expect(limiter.take('busy')).toBe(0);
    expect(limiter.take('busy')).toBe(0);
    expect(limiter.tracked).toBe(10_000);
    now = 60_000;
    expect(limiter.take('newcomer')).toBe(0); // the 10 001st caller triggers the sweep
    expect(limiter.tracked).toBe(2);
    expect(limiter.take('busy')).toBeGreaterThan(0);
    expect(limiter.take('caller-0')).toBe(0); // forgotten, so it starts full again
  });
});

describe(CallerRateLimiter.name, () => {
  const limiter = () =>
    new CallerRateLimiter({ perUserPerMinute: 3, anonymousPerMinute: 1 }, () => 0);

  it('counts a request without a valid token against its client address', async () => {
    const limits = limiter();
    expect(await limits.take(null, '203.0.113.1')).toBe(0);
    expect(await limits.take(null, '203.0.113.1')).toBe(60);
    // Another address has a bucket of its own.
    expect(await limits.take(null, '203.0.113.2')).toBe(0);
  });

  it('counts a signed-in staff member against their own bucket, wherever they connect from', async () => {
    const limits = limiter();
    expect(await limits.take(null, '203.0.113.1')).toBe(0);
    // The address is used up for anonymous requests; the staff member is not.
    for (let i = 0; i < 3; i++) expect(await limits.take('nurse.nord', '203.0.113.1')).toBe(0);
    // Their bucket holds RATE_LIMIT_PER_MINUTE, whatever address they move to.
    expect(await limits.take('nurse.nord', '203.0.113.9')).toBe(20);
    expect(await limits.take('physio.nord', '203.0.113.1')).toBe(0);
  });

  it('keeps a subject that looks like an address apart from that address', async () => {
    const limits = limiter();
    expect(await limits.take(null, 'x')).toBe(0);
    expect(await limits.take('x', 'y')).toBe(0);
  });

  /** A shared store that answers from a script, or not at all (null) while "down". */
  class FakeShared implements SharedBuckets {
    readonly takes: [string, number][] = [];
    down = false;
    constructor(private readonly answer: number) {}
    take(key: string, perMinute: number): Promise<number | null> {
      this.takes.push([key, perMinute]);
      return Promise.resolve(this.down ? null : this.answer);
    }
    get shared(): boolean {
      return !this.down;
    }
    connect(): Promise<void> {
      return Promise.resolve();
    }
    close(): Promise<void> {
      return Promise.resolve();
    }
  }

  it('lets the shared store decide while it answers, with the key and the rate of the kind', async () => {
    const shared = new FakeShared(7);
    const limits = new CallerRateLimiter(
      { perUserPerMinute: 3, anonymousPerMinute: 1 },
      () => 0,
      shared,
    );
    expect(await limits.take('nurse.nord', '203.0.113.1')).toBe(7);
    expect(await limits.take(null, '203.0.113.1')).toBe(7);
    expect(shared.takes).toEqual([
      ['staff:nurse.nord', 3],
      ['ip:203.0.113.1', 1],
    ]);
    expect(limits.mode).toBe('shared');
  });

  it('falls back to its own buckets while the shared store does not answer', async () => {
    const shared = new FakeShared(0);
    const limits = new CallerRateLimiter(
      { perUserPerMinute: 2, anonymousPerMinute: 1 },
      () => 0,
      shared,
    );
    shared.down = true;
    expect(limits.mode).toBe('local');
    expect(await limits.take('nurse.nord', undefined)).toBe(0);
    expect(await limits.take('nurse.nord', undefined)).toBe(0);
    expect(await limits.take('nurse.nord', undefined)).toBe(30);
    // Back up: the shared store decides again.
    shared.down = false;
    expect(await limits.take('nurse.nord', undefined)).toBe(0);
  });
});
