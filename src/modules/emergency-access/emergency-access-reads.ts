import type { EntityManager } from 'typeorm';

/**
 * For each case: when the staff member's running emergency access grant on it ends (the
 * latest, if several), else null; in the order of `caseIds`.
 */
export async function emergencyAccessUntilOf(
  manager: EntityManager,
  staffId: string,
  caseIds: readonly string[],
  now: Date,
): Promise<(Date | null)[]> {
  const rows = (await manager.query(
    `SELECT case_id AS "caseId", max(expires_at) AS until FROM emergency_access_grants
      WHERE staff_id = $1 AND case_id = ANY($2::uuid[]) AND expires_at > $3::timestamptz
      GROUP BY case_id`,
    [staffId, caseIds, now],
  )) as { caseId: string; until: Date }[];
  const byCase = new Map(rows.map((row) => [row.caseId, new Date(row.until)]));
  return caseIds.map((id) => byCase.get(id) ?? null);
}
