import { describe, expect, it } from '@jest/globals';
import { restartDelayMs } from 'src/cluster/primary';

describe(restartDelayMs.name, () => {
  it('restarts a worker that had served a while at once, and one that keeps dying ever later, up to 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10].map(restartDelayMs)).toEqual([
      0, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000,
    ]);
  });
});
