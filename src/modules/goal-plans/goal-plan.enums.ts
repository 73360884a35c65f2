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
  valuesMap: {
    DRAFT: { description: 'Not yet agreed with the person.' },
    AGREED: {
      description:
        'Agreed by the person or a named representative, exactly in the version they saw.',
    },
    CHANGED_SINCE_AGREEMENT: {
      description:
        'Changed after agreement and not agreed again; counts as not agreed for handover and risk.',
    },
  } satisfies Record<keyof typeof GoalPlanStatusEnum, { description: string }>,
});

export const GoalStatusEnum = enumOf<GoalStatus>(GOAL_STATUSES);
registerEnumType(GoalStatusEnum, {
  name: 'GoalStatus',
  description: 'PROPOSED → AGREED → ACHIEVED | PARTLY_ACHIEVED | NOT_ACHIEVED, or CANCELLED.',
  valuesMap: {
    PROPOSED: { description: 'Written, not yet agreed; agreeing the plan makes it AGREED.' },
    AGREED: { description: 'Agreed with the person as part of the plan.' },
    ACHIEVED: { description: 'Evaluated: achieved.' },
    PARTLY_ACHIEVED: { description: 'Evaluated: partly achieved.' },
    NOT_ACHIEVED: { description: 'Evaluated: not achieved.' },
    CANCELLED: { description: 'Dropped; no longer pursued.' },
  } satisfies Record<keyof typeof GoalStatusEnum, { description: string }>,
});

export const GoalOutcomeEnum = enumOf<GoalOutcome>(GOAL_OUTCOMES);
registerEnumType(GoalOutcomeEnum, {
  name: 'GoalOutcome',
  description: 'The result of evaluating a goal.',
  valuesMap: {
    ACHIEVED: { description: 'The goal was achieved.' },
    PARTLY_ACHIEVED: { description: 'The goal was partly achieved.' },
    NOT_ACHIEVED: { description: 'The goal was not achieved.' },
  } satisfies Record<keyof typeof GoalOutcomeEnum, { description: string }>,
});

export const MeasureStatusEnum = enumOf<MeasureStatus>(MEASURE_STATUSES);
registerEnumType(MeasureStatusEnum, {
  name: 'MeasureStatus',
  description: 'PLANNED → ACTIVE ⇄ PAUSED → DONE | STOPPED (DONE and STOPPED are final).',
  valuesMap: {
    PLANNED: { description: 'Agreed to happen, not started.' },
    ACTIVE: { description: 'Under way.' },
    PAUSED: { description: 'Temporarily paused; can become ACTIVE again.' },
    DONE: { description: 'Carried out (final).' },
    STOPPED: { description: 'Stopped before it was done (final).' },
  } satisfies Record<keyof typeof MeasureStatusEnum, { description: string }>,
});

export const GoalPlanAgreedByEnum = enumOf<AgreedBy>(AGREED_BY);
registerEnumType(GoalPlanAgreedByEnum, {
  name: 'GoalPlanAgreedBy',
  description: 'Who agreed the plan: the person, or a named representative.',
  valuesMap: {
    PERSON: { description: 'The person themselves.' },
    REPRESENTATIVE: { description: 'A named representative (e.g. guardian or next of kin).' },
  } satisfies Record<keyof typeof GoalPlanAgreedByEnum, { description: string }>,
});

export const MeasureResponsibleKindEnum = enumOf<ResponsibleKind>(RESPONSIBLE_KINDS);
registerEnumType(MeasureResponsibleKindEnum, {
  name: 'MeasureResponsibleKind',
  description:
    'STAFF (a profession, optionally a named staff member), RELATIVE, VOLUNTEER, or PERSON (the person themselves).',
  valuesMap: {
    STAFF: { description: 'Staff: a profession, optionally a named staff member.' },
    RELATIVE: { description: 'A relative or other next of kin.' },
    VOLUNTEER: { description: 'A volunteer or voluntary organisation.' },
    PERSON: { description: 'The person themselves.' },
  } satisfies Record<keyof typeof MeasureResponsibleKindEnum, { description: string }>,
});

export const GoalPlanActionEnum = enumOf<RevisionAction>(REVISION_ACTIONS);
registerEnumType(GoalPlanActionEnum, {
  name: 'GoalPlanAction',
  description: 'What a revision of the goal plan did.',
  valuesMap: {
    ADD_GOAL: { description: 'A goal was added.' },
    UPDATE_GOAL: { description: 'A goal was changed.' },
    EVALUATE_GOAL: { description: 'A goal was evaluated.' },
    ADD_MEASURE: { description: 'A measure was added to a goal.' },
    UPDATE_MEASURE: { description: 'A measure was changed.' },
    AGREE_PLAN: { description: 'The plan was agreed by the person or a representative.' },
    REORDER_GOALS: { description: 'The goals were put in a new order.' },
    REORDER_MEASURES: { description: "A goal's measures were put in a new order." },
  } satisfies Record<keyof typeof GoalPlanActionEnum, { description: string }>,
});
