import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

const cache = new Map<string, string>();

/**
 * `alias."column" AS "<prefix>property"` for every selectable column of an entity: raw SQL
 * that returns rows shaped like the entity, without TypeORM's query builder on hot read paths
 * (measured in docs/performance.md). With a prefix, a joined entity's columns travel in the
 * same row and `takePrefixed` lifts them out. Columns with a transformer are refused, as raw
 * rows would skip it.
 */
export function entityColumns(
  dataSource: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
  prefix = '',
): string {
  const metadata = dataSource.getMetadata(entity);
  const key = `${metadata.tableName}:${alias}:${prefix}`;
  let sql = cache.get(key);
  if (sql === undefined) {
    const seen = new Set<string>();
    sql = metadata.columns
      .filter((column) => {
        // A foreign key declared both as a column and as a relation is listed once.
        if (!column.isSelect || seen.has(column.databaseName)) return false;
        seen.add(column.databaseName);
        return true;
      })
      .map((column) => {
        if (column.transformer) {
          throw new Error(`${metadata.name}.${column.propertyName} has a transformer`);
        }
        return `${alias}."${column.databaseName}" AS "${prefix}${column.propertyPath}"`;
      })
      .join(', ');
    cache.set(key, sql);
  }
  return sql;
}

/**
 * Moves the `prefix`ed properties of a raw row (see `entityColumns`) into an object of
 * their own; null when the joined row was missing (its id is null).
 */
export function takePrefixed<T extends { id: string }>(
  row: Record<string, unknown>,
  prefix: string,
): T | null {
  const taken: Record<string, unknown> = {};
  for (const key of Object.keys(row)) {
    if (!key.startsWith(prefix)) continue;
    taken[key.slice(prefix.length)] = row[key];
    delete row[key];
  }
  return taken.id === null || taken.id === undefined ? null : (taken as T);
}
