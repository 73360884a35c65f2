import DataLoader from 'dataloader';
import type { Repository } from 'typeorm';
import { entityColumns } from 'src/database/entity-columns';

/**
 * Per-request DataLoaders, kept in the GraphQL context: each is created on first
 * use and batches the field loads of one request into one `= ANY($1)` query.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V>(batch) as DataLoader<unknown, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Groups rows by key in the order of `keys` (what a one-to-many DataLoader must return). */
export function groupInKeyOrder<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

/** Orders rows by `keys` (one-to-one), null where missing. */
export function inKeyOrder<K, V>(
  keys: readonly K[],
  rows: V[],
  keyOf: (row: V) => K,
): (V | null)[] {
  const byKey = new Map<K, V>(rows.map((row) => [keyOf(row), row]));
  return keys.map((k) => byKey.get(k) ?? null);
}

/**
 * Every row whose `key` column is one of `keys`, in one `= ANY($1)` query of raw SQL (list
 * pages run these per field: no query builder), ordered by `order`.
 */
export async function findByKeys<E extends object, K extends keyof E & string>(
  repository: Repository<E>,
  key: K,
  keys: readonly E[K][],
  order: Partial<Record<keyof E & string, 'ASC' | 'DESC'>> = {},
): Promise<E[]> {
  const { manager, metadata } = repository;
  const column = (property: string) => {
    const found = metadata.findColumnWithPropertyPath(property);
    if (!found) throw new Error(`${metadata.name} has no column ${property}`);
    return `x."${found.databaseName}"`;
  };
  const orderBy = Object.entries(order)
    .map(([property, direction]) => `${column(property)} ${direction === 'DESC' ? 'DESC' : 'ASC'}`)
    .join(', ');
  return (await manager.query(
    `SELECT ${entityColumns(manager.connection, metadata.target, 'x')} FROM ${metadata.tablePath} x
      WHERE ${column(key)} = ANY($1) ${orderBy ? `ORDER BY ${orderBy}` : ''}`,
    [[...keys]],
  )) as E[];
}

/** A one-to-many DataLoader batch: `findByKeys`, grouped in key order. */
export async function findGroupedBy<E extends object, K extends keyof E & string>(
  repository: Repository<E>,
  key: K,
  keys: readonly E[K][],
  order: Partial<Record<keyof E & string, 'ASC' | 'DESC'>>,
): Promise<E[][]> {
  const rows = await findByKeys(repository, key, keys, order);
  return groupInKeyOrder(keys, rows, (row) => row[key]);
}
