export const CLOCK = Symbol('CLOCK');

/** "Now", injected so tests control the clarification clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
