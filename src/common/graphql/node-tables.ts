/**
 * How `node(id)` finds the type of an id: each module declares, in its own `*.nodes.ts`, one
 * SELECT per type it owns, over its own tables. The SELECT answers the type's name and the id
 * its read needs (the case, the person; NULL::uuid where the object is read by its own id)
 * for the row whose id is `$1`. The node module unites them into one query.
 */
export interface NodeTable {
  /** The GraphQL type name. */
  type: string;
  /** `SELECT '<type>', <parent uuid or NULL::uuid> FROM ... WHERE <id> = $1` */
  locate: string;
}

/** One query over every declared table: the first row found answers. */
export function locateSql(tables: readonly NodeTable[]): string {
  return `SELECT type, parent FROM (
    ${tables.map((t) => t.locate).join('\n    UNION ALL ')}
  ) AS found (type, parent) LIMIT 1`;
}
