import { describe, expect, it } from '@jest/globals';
import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { mapError } from 'src/common/graphql/error-formatter';

describe('mapError and a lost database connection', () => {
  it.each([
    ['a query runner released by its dead connection', new QueryRunnerAlreadyReleasedError()],
    ['a released query runner provider', new QueryRunnerProviderAlreadyReleasedError()],
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    ],
    [
      'an administrator shutdown',
      Object.assign(new Error('terminating connection'), { code: '57P01' }),
    ],
  ])('answers %s as SERVICE_UNAVAILABLE', (_, error) => {
    expect(mapError(error)).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      reason: 'DATABASE_UNAVAILABLE',
    });
  });

  it('still answers an unknown error as INTERNAL_SERVER_ERROR', () => {
    // ... and says nothing of it (no message, no stack).
    expect(mapError(new Error('boom at /src/x.ts:1:2'))).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      reason: 'INTERNAL',
      message: 'Internal error',
      details: {},
    });
  });
});
