// Front door of the goal-plans module's model (entities, enums, inputs, rules; no services): see docs/architecture.md, "Front doors".
export { goalAndMeasureInCase } from './goal-plan-reads';
export {
  changesAgreedContent,
  checkAgreement,
  countsAsAgreed,
  diff,
  goalScoreProblems,
  justificationRequired,
  nextGoalStatus,
  nextMeasureStatus,
  planStatusAfterChange,
  responsibleProblems,
} from './goal-plan-rules';
export type {
  AgreedBy,
  FieldChange,
  GoalOutcome,
  GoalStatus,
  MeasureStatus,
  PlanStatus,
  Responsible,
  RevisionAction,
} from './goal-plan-rules';
export { goalPlanSummaryOf } from './goal-plan-summary';
export { GoalEntity, GoalPlanRevisionEntity, MeasureEntity } from './goal-plan.entity';
export type { GoalPlanRefusal } from './goal-plans.errors';
export { GOAL_PLAN_NODE_TABLES } from './goal-plans.nodes';
