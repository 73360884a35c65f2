import { registerEnumType } from '@nestjs/graphql';
import {
  AGREED_BY,
  type AgreedBy,
  GOAL_OUTCOMES,
  GOAL_STATUSES,
  type GoalOutcome,
  type GoalStatus,
  MEASURE_STATUSES,
  type MeasureStatus,
  PLAN_STATUSES,
  type PlanStatus,
  RESPONSIBLE_KINDS,
  type ResponsibleKind,
  REVISION_ACTIONS,
  type RevisionAction,
} from 'src/modules/goal-plans/goal-plan-rules';

// GraphQL enums of the goal plan (the rules live in goal-plan-rules.ts).

function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const GoalPlanStatusEnum = enumOf<PlanStatus>(PLAN_STATUSES);
registerEnumType(GoalPlanStatusEnum, {
  name: 'GoalPlanStatus',
  description:
    'DRAFT until first agreed; AGREED; CHANGED_SINCE_AGREEMENT after a change of an agreed plan, until it is agreed again (counts as not agreed).',
});

export const GoalStatusEnum = enumOf<GoalStatus>(GOAL_STATUSES);
registerEnumType(GoalStatusEnum, {
  name: 'GoalStatus',
  description: 'PROPOSED → AGREED → ACHIEVED | PARTLY_ACHIEVED | NOT_ACHIEVED, or CANCELLED.',
});

export const GoalOutcomeEnum = enumOf<GoalOutcome>(GOAL_OUTCOMES);
registerEnumType(GoalOutcomeEnum, {
  name: 'GoalOutcome',
  description: 'The result of evaluating a goal.',
});

export const MeasureStatusEnum = enumOf<MeasureStatus>(MEASURE_STATUSES);
registerEnumType(MeasureStatusEnum, {
  name: 'MeasureStatus',
  description: 'PLANNED → ACTIVE ⇄ PAUSED → DONE | STOPPED (DONE and STOPPED are final).',
});

export const GoalPlanAgreedByEnum = enumOf<AgreedBy>(AGREED_BY);
registerEnumType(GoalPlanAgreedByEnum, {
  name: 'GoalPlanAgreedBy',
  description: 'Who agreed the plan: the person, or a named representative.',
});

export const MeasureResponsibleKindEnum = enumOf<ResponsibleKind>(RESPONSIBLE_KINDS);
registerEnumType(MeasureResponsibleKindEnum, {
  name: 'MeasureResponsibleKind',
  description:
    'STAFF (a profession, optionally a named staff member), RELATIVE, VOLUNTEER, or PERSON (the person themselves).',
});

export const GoalPlanActionEnum = enumOf<RevisionAction>(REVISION_ACTIONS);
registerEnumType(GoalPlanActionEnum, {
  name: 'GoalPlanAction',
  description: 'What a revision of the goal plan did.',
});
