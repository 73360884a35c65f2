import type { EntityManager } from 'typeorm';
import { staffJoin } from 'src/modules/identity/model';

/** One goal of a plan, as a handover summary lists it. */
export interface GoalSummary {
  goal: string;
  status: string;
  targetDate: string;
  measures: { description: string; responsible: string; frequency: string | null }[];
}

/**
 * The goals and measures of a case's plan for a summary (the handover's): goals in the order
 * they were added, cancelled goals and stopped measures left out. The caller has checked access
 * and runs inside its own transaction. Empty until the plan has a goal.
 */
export async function goalPlanSummaryOf(
  manager: EntityManager,
  caseId: string,
): Promise<GoalSummary[]> {
  const goals = (await manager.query(
    `SELECT g.id, g.text AS goal, g.status, g.target_date AS "targetDate"
       FROM goals g JOIN goal_plans p ON p.id = g.plan_id
      WHERE p.case_id = $1 AND g.status <> 'CANCELLED'
      ORDER BY g.seq`,
    [caseId],
  )) as (Omit<GoalSummary, 'measures'> & { id: string })[];
  if (goals.length === 0) return [];
  const measures = (await manager.query(
    `SELECT m.goal_id AS "goalId", m.description, m.frequency,
            CASE m.responsible_kind
              WHEN 'STAFF' THEN concat_ws(' ', m.responsible_profession, '(' || s.name || ')')
              ELSE concat_ws(' ', m.responsible_kind, '(' || m.responsible_name || ')')
            END AS responsible
       FROM measures m ${staffJoin('s', 'm.responsible_staff_id', true)}
      WHERE m.goal_id = ANY($1::uuid[]) AND m.status <> 'STOPPED'
      ORDER BY m.seq`,
    [goals.map((g) => g.id)],
  )) as (GoalSummary['measures'][number] & { goalId: string })[];
  return goals.map(({ id, ...goal }) => ({
    ...goal,
    measures: measures
      .filter((m) => m.goalId === id)
      .map(({ description, responsible, frequency }) => ({ description, responsible, frequency })),
  }));
}
