import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { CallerRateLimiter, TokenBucketLimiter } from 'src/common/graphql/rate-limit';

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

  it('counts a request without a valid token against its client address', () => {
    const limits = limiter();
    expect(limits.take(null, '203.0.113.1')).toBe(0);
    expect(limits.take(null, '203.0.113.1')).toBe(60);
    // Another address has a bucket of its own.
    expect(limits.take(null, '203.0.113.2')).toBe(0);
  });

  it('counts a signed-in staff member against their own bucket, wherever they connect from', () => {
    const limits = limiter();
    expect(limits.take(null, '203.0.113.1')).toBe(0);
    // The address is used up for anonymous requests; the staff member is not.
    for (let i = 0; i < 3; i++) expect(limits.take('nurse.nord', '203.0.113.1')).toBe(0);
    // Their bucket holds RATE_LIMIT_PER_MINUTE, whatever address they move to.
    expect(limits.take('nurse.nord', '203.0.113.9')).toBe(20);
    expect(limits.take('physio.nord', '203.0.113.1')).toBe(0);
  });

  it('keeps a subject that looks like an address apart from that address', () => {
    const limits = limiter();
    expect(limits.take(null, 'x')).toBe(0);
    expect(limits.take('x', 'y')).toBe(0);
  });
});
