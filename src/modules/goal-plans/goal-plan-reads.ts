import type { EntityManager } from 'typeorm';

/**
 * Whether a goal and a measure belong to the case's goal plan (a null id passes), and the
 * measure to that goal when both are given: for an entry written about them elsewhere.
 */
export async function goalAndMeasureInCase(
  manager: EntityManager,
  caseId: string,
  goalId: string | null,
  measureId: string | null,
): Promise<{ goalOk: boolean; measureOk: boolean }> {
  const [row] = (await manager.query(
    `SELECT ($2::uuid IS NULL OR EXISTS (
              SELECT 1 FROM goals g JOIN goal_plans p ON p.id = g.plan_id
               WHERE g.id = $2 AND p.case_id = $1)) AS "goalOk",
            ($3::uuid IS NULL OR EXISTS (
              SELECT 1 FROM measures m JOIN goals g ON g.id = m.goal_id JOIN goal_plans p ON p.id = g.plan_id
               WHERE m.id = $3 AND p.case_id = $1 AND ($2::uuid IS NULL OR m.goal_id = $2))) AS "measureOk"`,
    [caseId, goalId, measureId],
  )) as { goalOk: boolean; measureOk: boolean }[];
  return row;
}
