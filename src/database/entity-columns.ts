import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

const cache = new Map<string, string>();

/**
 * `alias."column" AS "property"` for every selectable column of an entity: raw SQL that
 * returns rows shaped like the entity, without TypeORM's query builder on hot read paths
 * (measured in docs/performance.md). Columns with a transformer are refused, as raw rows
 * would skip it.
 */
export function entityColumns(
  dataSource: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
): string {
  const metadata = dataSource.getMetadata(entity);
  const key = `${metadata.tableName}:${alias}`;
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
        return `${alias}."${column.databaseName}" AS "${column.propertyPath}"`;
      })
      .join(', ');
    cache.set(key, sql);
  }
  return sql;
}
