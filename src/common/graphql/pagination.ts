import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { CodePointLength } from 'src/common/graphql/text.validators';
import { badInput } from 'src/common/graphql/domain-error';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field({ nullable: true, description: 'Cursor of the last edge of the previous page.' })
  @IsOptional()
  @IsString()
  @CodePointLength(0, 500)
  // A cursor is base64url: anything else (a control character, a quote) is no cursor.
  @Matches(/^[A-Za-z0-9_-]*={0,2}$/, { message: 'after must be a cursor from this list' })
  after?: string;
}

@ObjectType({ description: 'Relay page information (the Relay connection specification).' })
export class PageInfo {
  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage: boolean;

  @Field({
    description:
      'Whether items come before this page: true when the page was asked for with an `after` cursor (lists page forward only).',
  })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge on this page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge on this page.' })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds a Relay connection type for a node type, e.g. `PatientConnection`. */
export function connectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`, { description: `An edge holding one ${name}.` })
  class EdgeType {
    @Field({ description: 'Opaque cursor of this edge.' })
    cursor: string;

    @Field(() => node, { description: `The ${name}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page.' })
    edges: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page sits.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Number of items matching, over all pages.' })
    totalCount: number;
  }
  return ConnectionType;
}

/** Keyset cursors: the sort values of the last row, so inserts elsewhere never shift a page. */
export function encodeCursor(values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** What one position of a cursor must hold (it is cast in SQL, so it is checked here). */
export type CursorPart = 'timestamp' | 'date' | 'uuid' | 'int' | 'text';

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:\d{2})?)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function validPart(value: unknown, part: CursorPart): boolean {
  switch (part) {
    case 'timestamp':
      return typeof value === 'string' && TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
    case 'date':
      return (
        typeof value === 'string' &&
        DATE.test(value) &&
        new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
      );
    case 'uuid':
      return typeof value === 'string' && UUID.test(value);
    case 'int':
      // A PostgreSQL int (ranks, offsets).
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 2 ** 31 - 1;
    case 'text':
      return typeof value === 'string' && value.length <= 1000 && !value.includes('\u0000');
  }
}

/**
 * The values of a cursor this API handed out, each checked against its `parts`: a forged
 * or damaged cursor is BAD_USER_INPUT (INVALID_CURSOR), never a database cast error.
 */
export function decodeCursor(cursor: string, parts: readonly CursorPart[]): unknown[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === parts.length &&
      values.every((value, i) => validPart(value, parts[i]))
    )
      return values;
  } catch {
    // fall through to the refusal below
  }
  throw badInput('INVALID_CURSOR', 'The cursor is not valid', [
    { field: 'after', problems: ['not a cursor from this list'] },
  ]);
}

export function pageSize(first: number | undefined): number {
  return Math.min(first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
}

/**
 * Turns `limit + 1` fetched rows into a connection. `after` is the cursor the page was asked
 * for with: lists page forward only, so items come before this page exactly when it was given.
 */
export function toConnection<T>(
  rows: T[],
  limit: number,
  totalCount: number,
  cursorOf: (row: T) => readonly unknown[],
  after: string | null | undefined,
): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: Boolean(after),
      startCursor: edges.length ? edges[0].cursor : null,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
  };
}

/** What runs SQL: the DataSource, or a transaction's EntityManager. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** One key of a keyset sort: its SQL expression and what its cursor position holds. */
export interface PageKey {
  sql: string;
  part: CursorPart;
}

/** The cast each cursor position gets in the keyset clause. */
const CASTS: Record<CursorPart, string> = {
  timestamp: '::timestamptz',
  date: '::date',
  uuid: '::uuid',
  int: '::int',
  text: '',
};

/** Where the page's SELECT puts what `pageQuery` added to the parameters. */
export interface PagePlaceholders {
  /** `AND (keys) > (cursor)` (`<` descending) after a cursor, else ''. Keyset pages only. */
  keyset: string;
  /** The OFFSET's placeholder. Offset pages only. */
  offset: string;
  /** The LIMIT's placeholder (the page size plus one). */
  limit: string;
}

export interface PageQuery<T> {
  db: Queryable;
  /** The filter's parameters, shared by the page and the count (copied, not changed). */
  params: readonly unknown[];
  first?: number | null;
  after?: string | null;
  /**
   * Keyset pages: the sort keys, most significant first, all in one `direction`; the cursor
   * is `cursorOf` of the page's last row. Offset pages (ranked search, where ranks are unfit
   * for a keyset): the cursor is the position, and `cursorOf` is not used.
   */
  order: { keys: readonly PageKey[]; direction: 'ASC' | 'DESC' } | 'offset';
  /** The page's SELECT, sorted, with the placeholders. */
  rows: (at: PagePlaceholders) => string;
  /** The count's SELECT (`count(*)::int AS n`) over `params` and then `countParams`. */
  count: string;
  countParams?: readonly unknown[];
  cursorOf?: (row: T) => readonly unknown[];
}

export interface PageResult<T> {
  connection: Connection<T>;
  /** The rows fetched (the page and one more), for priming loaders. */
  rows: T[];
  /** The page size asked for, within the maximum. */
  limit: number;
  /** The count query's answer. */
  count: number;
}

/**
 * A page of any list: decodes the cursor, adds the keyset clause or offset, fetches one row
 * more than the page (is there a next page?) and counts every match, in parallel, and makes
 * the Relay connection.
 */
export async function pageQuery<T>(
  query: PageQuery<T>,
  totalOf: (count: number) => number = (count) => count,
): Promise<PageResult<T>> {
  const limit = pageSize(query.first ?? undefined);
  const params = [...query.params];
  const countParams = [...query.params, ...(query.countParams ?? [])];
  const at: PagePlaceholders = { keyset: '', offset: '', limit: '' };
  let cursorOf: (row: T) => readonly unknown[];
  if (query.order === 'offset') {
    const offset = query.after ? (decodeCursor(query.after, ['int'])[0] as number) : 0;
    params.push(offset);
    at.offset = `$${params.length}`;
    let position = offset;
    cursorOf = () => [++position];
  } else {
    const { keys, direction } = query.order;
    if (query.after) {
      const values = decodeCursor(
        query.after,
        keys.map((key) => key.part),
      );
      params.push(...values);
      const first = params.length - keys.length + 1;
      const cursor = keys.map((key, i) => `$${first + i}${CASTS[key.part]}`).join(', ');
      at.keyset = `AND (${keys.map((key) => key.sql).join(', ')}) ${direction === 'ASC' ? '>' : '<'} (${cursor})`;
    }
    if (!query.cursorOf) throw new Error('a keyset page needs cursorOf');
    cursorOf = query.cursorOf;
  }
  params.push(limit + 1);
  at.limit = `$${params.length}`;
  const [rows, counted] = (await Promise.all([
    query.db.query(query.rows(at), params),
    query.db.query(query.count, countParams),
  ])) as [T[], { n: number }[]];
  const count = counted[0].n;
  return {
    connection: toConnection(rows, limit, totalOf(count), cursorOf, query.after),
    rows,
    limit,
    count,
  };
}
