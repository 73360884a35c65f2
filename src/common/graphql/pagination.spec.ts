import { describe, expect, it } from '@jest/globals';
import {
  type CursorPart,
  decodeCursor,
  encodeCursor,
  toConnection,
} from 'src/common/graphql/pagination';

const UUID = '3f1c2a9e-8b7d-4c6e-9f0a-1b2c3d4e5f60';

function refusal(cursor: string, parts: readonly CursorPart[]): unknown {
  try {
    decodeCursor(cursor, parts);
  } catch (error) {
    return (error as { code?: string; reason?: string }).reason;
  }
  return 'accepted';
}

describe('decodeCursor: every position checked before it is cast in SQL', () => {
  it('gives back what encodeCursor wrote', () => {
    const values = ['2026-11-23T15:40:50.123456+00:00', UUID];
    expect(decodeCursor(encodeCursor(values), ['timestamp', 'uuid'])).toEqual(values);
    expect(decodeCursor(encodeCursor(['2026-02-28', UUID]), ['date', 'uuid'])).toEqual([
      '2026-02-28',
      UUID,
    ]);
    expect(decodeCursor(encodeCursor([0, 'Hansen']), ['int', 'text'])).toEqual([0, 'Hansen']);
  });

  it.each([
    ['not base64 JSON', 'bm9wZQ', ['uuid']],
    ['wrong length', encodeCursor([UUID, UUID]), ['uuid']],
    ['a word for a timestamp', encodeCursor(['x', UUID]), ['timestamp', 'uuid']],
    ['an impossible time', encodeCursor(['2024-09-09T99:99:99Z', UUID]), ['timestamp', 'uuid']],
    ['an impossible day', encodeCursor(['2026-02-30', UUID]), ['date', 'uuid']],
    ['a number for a uuid', encodeCursor(['2026-02-28', 7]), ['date', 'uuid']],
    ['a huge offset', encodeCursor([1e20]), ['int']],
    ['an int beyond PostgreSQL int', encodeCursor([2 ** 31]), ['int']],
    ['a negative offset', encodeCursor([-1]), ['int']],
    ['a fraction', encodeCursor([1.5]), ['int']],
    ['a NUL in text', encodeCursor(['a\u0000b']), ['text']],
  ] as const)('refuses %s as INVALID_CURSOR', (_what, cursor, parts) => {
    expect(refusal(cursor, parts)).toBe('INVALID_CURSOR');
  });
});

describe(`${toConnection.name}: Relay page information`, () => {
  const rows = ['a', 'b', 'c'];
  const cursorOf = (row: string) => [row];

  it('gives the first and last cursors, and more to come, on a first page', () => {
    const { pageInfo, edges } = toConnection(rows, 2, 3, cursorOf, undefined);
    expect(edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: encodeCursor(['a']),
      endCursor: encodeCursor(['b']),
    });
  });

  it('has a previous page when asked for after a cursor, and none to come on the last', () => {
    const { pageInfo } = toConnection(['c'], 2, 3, cursorOf, encodeCursor(['b']));
    expect(pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: encodeCursor(['c']),
      endCursor: encodeCursor(['c']),
    });
  });

  it('has no cursors on an empty page', () => {
    const { pageInfo } = toConnection([], 2, 0, cursorOf, null);
    expect(pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});
