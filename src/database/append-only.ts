import { APPEND_ONLY_TRIGGER_FUNCTION, quoteIdent, rowsOf, type Sql } from 'src/database/roles';

/**
 * For a migration that creates an append-only table: the triggers that refuse UPDATE,
 * DELETE and TRUNCATE for every role, and the revocation of UPDATE, DELETE and TRUNCATE
 * from every role but the table's owner. Default privileges have just given the runtime
 * role UPDATE and DELETE on the new table; without the revocation only the trigger would
 * stand between the service and the rows.
 *
 *   await makeAppendOnly(queryRunner, 'service_time_adjustments');
 *
 * The down migration drops the triggers with dropAppendOnly (dropping the table drops them).
 */
export async function makeAppendOnly(queryRunner: Sql, table: string): Promise<void> {
  const t = quoteIdent(table);
  await queryRunner.query(
    `CREATE TRIGGER ${quoteIdent(`TR_${table}_append_only`)} BEFORE UPDATE OR DELETE ON ${t}
     FOR EACH ROW EXECUTE FUNCTION ${APPEND_ONLY_TRIGGER_FUNCTION}()`,
  );
  await queryRunner.query(
    `CREATE TRIGGER ${quoteIdent(`TR_${table}_no_truncate`)} BEFORE TRUNCATE ON ${t}
     FOR EACH STATEMENT EXECUTE FUNCTION ${APPEND_ONLY_TRIGGER_FUNCTION}()`,
  );
  await revokeChangesFromNonOwners(queryRunner, table);
}

export async function dropAppendOnly(queryRunner: Sql, table: string): Promise<void> {
  const t = quoteIdent(table);
  await queryRunner.query(`DROP TRIGGER ${quoteIdent(`TR_${table}_no_truncate`)} ON ${t}`);
  await queryRunner.query(`DROP TRIGGER ${quoteIdent(`TR_${table}_append_only`)} ON ${t}`);
}

/** REVOKE UPDATE, DELETE, TRUNCATE on `table` from every grantee except its owner. */
export async function revokeChangesFromNonOwners(queryRunner: Sql, table: string): Promise<void> {
  const qualified = `public.${quoteIdent(table)}`;
  const grantees = await rowsOf<{ grantee: string }>(
    queryRunner,
    `SELECT DISTINCT CASE a.grantee WHEN 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END AS grantee
       FROM pg_class c
       CROSS JOIN LATERAL aclexplode(c.relacl) a
       LEFT JOIN pg_roles r ON r.oid = a.grantee
      WHERE c.oid = $1::regclass AND a.grantee <> c.relowner
        AND a.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')`,
    [qualified],
  );
  for (const { grantee } of grantees)
    await queryRunner.query(
      `REVOKE UPDATE, DELETE, TRUNCATE ON TABLE ${qualified} FROM ${grantee}`,
    );
}
