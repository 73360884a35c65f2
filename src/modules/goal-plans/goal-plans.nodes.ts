import type { NodeTable } from 'src/common/graphql/node-tables';

/** The goal plan and its parts for `node(id)`, each read through the case's plan. */
export const GOAL_PLAN_NODE_TABLES = [
  { type: 'GoalPlan', locate: `SELECT 'GoalPlan', case_id FROM goal_plans WHERE id = $1` },
  {
    type: 'Goal',
    locate: `SELECT 'Goal', p.case_id FROM goals g JOIN goal_plans p ON p.id = g.plan_id WHERE g.id = $1`,
  },
  {
    type: 'Measure',
    locate: `SELECT 'Measure', p.case_id FROM measures m JOIN goals g ON g.id = m.goal_id
      JOIN goal_plans p ON p.id = g.plan_id WHERE m.id = $1`,
  },
  {
    type: 'GoalPlanRevision',
    locate: `SELECT 'GoalPlanRevision', p.case_id FROM goal_plan_revisions v
      JOIN goal_plans p ON p.id = v.plan_id WHERE v.id = $1`,
  },
] as const satisfies readonly NodeTable[];
