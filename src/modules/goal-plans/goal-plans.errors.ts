import {
  badInput,
  type DomainError,
  type FieldProblem,
  refuse,
} from 'src/common/graphql/domain-error';
import { type AgreementRefusal, type GoalRefusal, type MeasureRefusal } from './goal-plan-rules';

/** A goal plan's lifecycle refusals (goal-plan-rules.ts), all INVALID_TRANSITION. */
export type GoalPlanTransitionRefusal = GoalRefusal | MeasureRefusal | AgreementRefusal;

/** Why the goal-plans module refuses: the stable `extensions.reason`, its code by `codeOf`. */
export type GoalPlanRefusal =
  | GoalPlanTransitionRefusal
  | 'GOAL_NOT_FOUND'
  | 'MEASURE_NOT_FOUND'
  | 'STALE_VERSION'
  | 'EMPTY_CHANGE'
  | 'TARGET_DATE_IN_PAST'
  | 'UNKNOWN_VARIABLE'
  | 'SCORE_OUT_OF_RANGE'
  | 'SCORE_NEEDS_FUNCTION_VARIABLE'
  | 'JUSTIFICATION_REQUIRED'
  | 'ORDER_MISMATCH'
  | 'NO_GOALS'
  | 'DATES_OUT_OF_ORDER'
  | 'INVALID_RESPONSIBLE'
  | 'REPRESENTATIVE_NAME_REQUIRED'
  | 'REPRESENTATIVE_NAME_NOT_ALLOWED';

/** What a stale version was stale against: the row's current version and who changed it last. */
export interface CurrentVersion {
  entity: 'GOAL_PLAN' | 'GOAL' | 'MEASURE';
  currentVersion: number;
  changedBy: string;
  changedByName: string | null;
}

/** The goal-plans module's refusals; `reason` is stable API. */
export const GoalPlanErrors = {
  goalNotFound: (): DomainError => refuse('GOAL_NOT_FOUND', 'No such goal'),
  measureNotFound: (): DomainError => refuse('MEASURE_NOT_FOUND', 'No such measure'),
  /** Someone changed it since the caller read it: nothing was changed. */
  staleVersion: (expected: number, current: CurrentVersion): DomainError =>
    refuse(
      'STALE_VERSION',
      `Changed by someone else since version ${expected}: the current version is ${current.currentVersion}. Read it again and redo the change.`,
      { ...current },
    ),
  invalidTransition: (
    reason: GoalPlanTransitionRefusal,
    message: string,
    status: string,
  ): DomainError => refuse(reason, message, { status }),
  emptyChange: (): DomainError => badInput('EMPTY_CHANGE', 'Give at least one field to change'),
  targetDateInPast: (today: string, field = 'targetDate'): DomainError =>
    refuse('TARGET_DATE_IN_PAST', 'The target date is before today', {
      fields: [{ field, problems: [`before today (${today})`] }],
      today,
    }),
  unknownVariable: (field: string, scale: string): DomainError =>
    badInput('UNKNOWN_VARIABLE', "No such function variable on the municipality's scale", [
      { field, problems: [`no ${scale} variable with this code`] },
    ]),
  scoreOutOfRange: (fields: FieldProblem[]): DomainError =>
    badInput('SCORE_OUT_OF_RANGE', "A score is outside the scale's graded range", fields),
  scoreNeedsVariable: (fields: FieldProblem[]): DomainError =>
    badInput(
      'SCORE_NEEDS_FUNCTION_VARIABLE',
      'A baseline or target score needs the function variable it is scored on',
      fields,
    ),
  justificationRequired: (lowestSuggestedLevel: string): DomainError =>
    refuse(
      'JUSTIFICATION_REQUIRED',
      `The measure is above the lowest step suggested in the assessments (${lowestSuggestedLevel}); say why`,
      {
        fields: [
          { field: 'justification', problems: ['required above the lowest suggested step'] },
        ],
        lowestSuggestedLevel,
      },
    ),
  /** A new order must name every goal (or measure) there is, each once, and no other. */
  orderMismatch: (field: 'goalIds' | 'measureIds', problems: string[]): DomainError =>
    badInput(
      'ORDER_MISMATCH',
      field === 'goalIds'
        ? 'Name every goal of the plan exactly once, in the new order'
        : 'Name every measure of the goal exactly once, in the new order',
      [{ field, problems }],
    ),
  noGoals: (): DomainError =>
    refuse('NO_GOALS', 'The case has no goal plan to reorder yet.', {
      status: 'NONE',
    }),
  datesOutOfOrder: (): DomainError =>
    badInput('DATES_OUT_OF_ORDER', 'The last day is before the first day', [
      { field: 'toDate', problems: ['before fromDate'] },
    ]),
  invalidResponsible: (fields: FieldProblem[]): DomainError =>
    badInput(
      'INVALID_RESPONSIBLE',
      'Staff are named by profession (and optionally a staff member); others by kind (and optionally a name)',
      fields,
    ),
  representativeName: (agreedBy: string): DomainError =>
    agreedBy === 'REPRESENTATIVE'
      ? badInput('REPRESENTATIVE_NAME_REQUIRED', 'Name the representative who agreed the plan', [
          { field: 'representativeName', problems: ['required when agreedBy is REPRESENTATIVE'] },
        ])
      : badInput(
          'REPRESENTATIVE_NAME_NOT_ALLOWED',
          'A representative is named only when a representative agreed',
          [{ field: 'representativeName', problems: ['only when agreedBy is REPRESENTATIVE'] }],
        ),
};
