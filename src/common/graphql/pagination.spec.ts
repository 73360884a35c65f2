import { describe, expect, it } from '@jest/globals';
import {
  type CursorPart,
  decodeCursor,
  encodeCursor,
  DEFAULT_PAGE_SIZE,
  pageQuery,
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

describe(`${pageQuery.name}: one helper for every list`, () => {
  /** A database that answers the page with `rows` and the count with `n`, and records calls. */
  function fakeDb(rows: unknown[], n: number) {
    const calls: { sql: string; params: unknown[] }[] = [];
    return {
      calls,
      query: (sql: string, params: unknown[] = []) => {
        calls.push({ sql, params });
        return Promise.resolve(sql.startsWith('COUNT') ? [{ n }] : rows);
      },
    };
  }
  const keys = {
    keys: [
      { sql: 'x.at', part: 'timestamp' },
      { sql: 'x.id', part: 'uuid' },
    ],
    direction: 'DESC',
  } as const;
  const AT = '2026-01-02T03:04:05.000Z';

  it('asks for one row more than the page, counts with the filter only, and makes the page', async () => {
    const db = fakeDb(
      [
        { at: AT, id: 'a' },
        { at: AT, id: 'b' },
        { at: AT, id: 'c' },
      ],
      7,
    );
    const { connection, limit, count } = await pageQuery<{ at: string; id: string }>({
      db,
      params: ['team'],
      first: 2,
      order: keys,
      rows: (at) => `PAGE ${at.keyset} LIMIT ${at.limit}`,
      count: 'COUNT',
      cursorOf: (row) => [row.at, row.id],
    });
    expect(db.calls).toEqual([
      { sql: 'PAGE  LIMIT $2', params: ['team', 3] },
      { sql: 'COUNT', params: ['team'] },
    ]);
    expect([limit, count, connection.totalCount]).toEqual([2, 7, 7]);
    expect(connection.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    expect(connection.pageInfo.endCursor).toBe(encodeCursor([AT, 'b']));
  });

  it('continues after a cursor with a typed keyset clause in the sort direction', async () => {
    const db = fakeDb([], 0);
    await pageQuery<{ at: string; id: string }>({
      db,
      params: ['team'],
      after: encodeCursor([AT, UUID]),
      order: keys,
      rows: (at) => `PAGE ${at.keyset} LIMIT ${at.limit}`,
      count: 'COUNT',
      cursorOf: (row) => [row.at, row.id],
    });
    expect(db.calls[0]).toEqual({
      sql: 'PAGE AND (x.at, x.id) < ($2::timestamptz, $3::uuid) LIMIT $4',
      params: ['team', AT, UUID, DEFAULT_PAGE_SIZE + 1],
    });
    expect(db.calls[1].params).toEqual(['team']);
  });

  it('pages ranked results by position, and caps the total as asked', async () => {
    const db = fakeDb([{ id: 'x' }, { id: 'y' }], 50);
    const { connection, count } = await pageQuery<{ id: string }>(
      {
        db,
        params: [],
        first: 1,
        after: encodeCursor([4]),
        order: 'offset',
        rows: (at) => `PAGE OFFSET ${at.offset} LIMIT ${at.limit}`,
        count: 'COUNT LIMIT $1',
        countParams: [11],
      },
      (n) => Math.min(n, 10),
    );
    expect(db.calls).toEqual([
      { sql: 'PAGE OFFSET $1 LIMIT $2', params: [4, 2] },
      { sql: 'COUNT LIMIT $1', params: [11] },
    ]);
    expect(count).toBe(50);
    expect(connection.totalCount).toBe(10);
    expect(connection.edges[0].cursor).toBe(encodeCursor([5]));
  });

  it('refuses a forged cursor before any query', async () => {
    const db = fakeDb([], 0);
    await expect(
      pageQuery({
        db,
        params: [],
        after: encodeCursor(['not a time', UUID]),
        order: keys,
        rows: () => 'PAGE',
        count: 'COUNT',
        cursorOf: () => [],
      }),
    ).rejects.toMatchObject({ reason: 'INVALID_CURSOR' });
    expect(db.calls).toEqual([]);
  });
});
