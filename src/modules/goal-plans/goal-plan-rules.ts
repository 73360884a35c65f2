// The rules of the goal and action plan (docs/design.md "Goal plan", "Lifecycles", "Precise rules:
// Versions"): the goal lifecycle, measure statuses, the plan's agreement state, who may edit,
// and the justification rule of the coping staircase. Pure functions only (no Nest, no
// database); the service asks them before it changes anything.
//
//   Goal:    PROPOSED → AGREED → ACHIEVED | PARTLY_ACHIEVED | NOT_ACHIEVED, or CANCELLED
//   Plan:    DRAFT → AGREED ⇄ CHANGED_SINCE_AGREEMENT
//   Measure: PLANNED → ACTIVE ⇄ PAUSED → DONE | STOPPED

import {
  type FunctionScale,
  isValidScore,
  NOT_RELEVANT,
  scoreRangeText,
} from 'src/modules/assessments/model';
import { type ServiceLevel, stepOf } from 'src/modules/decisions/model';
import type { Profession } from 'src/modules/identity/model';

export const GOAL_STATUSES = [
  'PROPOSED',
  'AGREED',
  'ACHIEVED',
  'PARTLY_ACHIEVED',
  'NOT_ACHIEVED',
  'CANCELLED',
] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** What an evaluation can say about a goal. */
export const GOAL_OUTCOMES = ['ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED'] as const;
export type GoalOutcome = (typeof GOAL_OUTCOMES)[number];

export const PLAN_STATUSES = ['DRAFT', 'AGREED', 'CHANGED_SINCE_AGREEMENT'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const MEASURE_STATUSES = ['PLANNED', 'ACTIVE', 'PAUSED', 'DONE', 'STOPPED'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** Who agreed the plan: the person, or a named representative (guardian, next of kin). */
export const AGREED_BY = ['PERSON', 'REPRESENTATIVE'] as const;
export type AgreedBy = (typeof AGREED_BY)[number];

/** Who carries out a measure: staff (a profession, optionally a named member), or not staff. */
export const RESPONSIBLE_KINDS = ['STAFF', 'RELATIVE', 'VOLUNTEER', 'PERSON'] as const;
export type ResponsibleKind = (typeof RESPONSIBLE_KINDS)[number];

/** Every kind of change to a plan; each is kept as one revision. */
export const REVISION_ACTIONS = [
  'ADD_GOAL',
  'UPDATE_GOAL',
  'EVALUATE_GOAL',
  'ADD_MEASURE',
  'UPDATE_MEASURE',
  'AGREE_PLAN',
  'REORDER_GOALS',
  'REORDER_MEASURES',
] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

/** Longest goal text, "what matters" text and measure description (characters). */
export const GOAL_TEXT_MAX = 2000;
/** Longest evaluation and justification text (characters). */
export const GOAL_LONG_TEXT_MAX = 5000;

// ---------------------------------------------------------------------------------------------
// Goal lifecycle

export type GoalAction =
  | { type: 'EDIT' }
  | { type: 'CANCEL' }
  | { type: 'AGREE' }
  | { type: 'EVALUATE'; outcome: GoalOutcome };

/**
 * Why a goal change was refused (stable codes):
 * - GOAL_CANCELLED: a cancelled goal is history; add a new goal instead.
 * - GOAL_EVALUATED: an evaluated goal can be evaluated again, but no longer edited.
 * - GOAL_NOT_AGREED: only an agreed goal can be evaluated.
 */
export type GoalRefusal = 'GOAL_CANCELLED' | 'GOAL_EVALUATED' | 'GOAL_NOT_AGREED';

export type RuleResult<S, R extends string> =
  { ok: true; to: S } | { ok: false; reason: R; message: string };

export function isOutcome(status: GoalStatus): status is GoalOutcome {
  return (GOAL_OUTCOMES as readonly string[]).includes(status);
}

/** Goals still in play: they can be edited, get measures, and be agreed. */
export function isOpenGoal(status: GoalStatus): boolean {
  return status === 'PROPOSED' || status === 'AGREED';
}

/** Where `action` takes a goal in status `from`, or why it is refused. */
export function nextGoalStatus(
  from: GoalStatus,
  action: GoalAction,
): RuleResult<GoalStatus, GoalRefusal> {
  if (from === 'CANCELLED') {
    return {
      ok: false,
      reason: 'GOAL_CANCELLED',
      message: 'The goal is cancelled; add a new goal instead.',
    };
  }
  switch (action.type) {
    case 'EDIT':
      return isOutcome(from)
        ? {
            ok: false,
            reason: 'GOAL_EVALUATED',
            message: 'The goal is evaluated; it can be evaluated again, but not edited.',
          }
        : { ok: true, to: from };
    case 'CANCEL':
      return isOutcome(from)
        ? {
            ok: false,
            reason: 'GOAL_EVALUATED',
            message: 'The goal is evaluated; an evaluated goal cannot be cancelled.',
          }
        : { ok: true, to: 'CANCELLED' };
    case 'AGREE':
      return isOutcome(from)
        ? {
            ok: false,
            reason: 'GOAL_EVALUATED',
            message: 'The goal is evaluated; it is no longer agreed again.',
          }
        : { ok: true, to: 'AGREED' };
    case 'EVALUATE':
      // A later evaluation (e.g. at the follow-up) replaces an earlier one; both stay as revisions.
      return from === 'PROPOSED'
        ? {
            ok: false,
            reason: 'GOAL_NOT_AGREED',
            message: 'The goal is only proposed; agree the plan before evaluating it.',
          }
        : { ok: true, to: action.outcome };
  }
}

// ---------------------------------------------------------------------------------------------
// Measures

/**
 * - MEASURE_FINISHED: a done or stopped measure is history; add a new measure instead.
 * - MEASURE_ALREADY_STARTED: a measure that has started cannot be planned again.
 */
export type MeasureRefusal = 'MEASURE_FINISHED' | 'MEASURE_ALREADY_STARTED';

/** A done or stopped measure is history: its content no longer changes either. */
export function checkMeasureEdit(from: MeasureStatus): RuleResult<MeasureStatus, MeasureRefusal> {
  return from === 'DONE' || from === 'STOPPED'
    ? {
        ok: false,
        reason: 'MEASURE_FINISHED',
        message: `The measure is ${from.toLowerCase()}; add a new measure instead.`,
      }
    : { ok: true, to: from };
}

export function nextMeasureStatus(
  from: MeasureStatus,
  to: MeasureStatus,
): RuleResult<MeasureStatus, MeasureRefusal> {
  const editable = checkMeasureEdit(from);
  if (!editable.ok) return editable;
  if (from === to) return { ok: true, to };
  if (to === 'PLANNED') {
    return {
      ok: false,
      reason: 'MEASURE_ALREADY_STARTED',
      message: 'The measure has started; pause or stop it instead.',
    };
  }
  return { ok: true, to };
}

/**
 * A measure on a higher step of the coping staircase than the lowest step suggested in the
 * case's assessments needs a justification (docs/design.md "Goal plan": aim for the lowest step).
 * With no suggestion yet there is nothing to compare with.
 */
export function justificationRequired(
  level: ServiceLevel,
  lowestSuggested: ServiceLevel | null,
): boolean {
  return lowestSuggested !== null && stepOf(level) > stepOf(lowestSuggested);
}

/** True when a justification is required and missing or blank. */
export function missingJustification(
  level: ServiceLevel,
  justification: string | null | undefined,
  lowestSuggested: ServiceLevel | null,
): boolean {
  return justificationRequired(level, lowestSuggested) && !justification?.trim();
}

// ---------------------------------------------------------------------------------------------
// The plan

/**
 * Which changes undo an agreement. The person agreed to goals and measures: any change of
 * their content does; following the plan (evaluating a goal, a measure's progress through its
 * statuses) does not, so the plan stays agreed while it is carried out, also after handover.
 */
export function changesAgreedContent(action: RevisionAction, fields: readonly string[]): boolean {
  switch (action) {
    case 'ADD_GOAL':
    case 'ADD_MEASURE':
    case 'UPDATE_GOAL':
    case 'REORDER_GOALS':
    case 'REORDER_MEASURES':
      return true;
    case 'UPDATE_MEASURE':
      return fields.some((f) => f !== 'status');
    case 'EVALUATE_GOAL':
    case 'AGREE_PLAN':
      return false;
  }
}

/** The plan's status after a change (an agreement has its own rule). */
export function planStatusAfterChange(from: PlanStatus, changesAgreement: boolean): PlanStatus {
  return from === 'AGREED' && changesAgreement ? 'CHANGED_SINCE_AGREEMENT' : from;
}

/** What `assessment_cases.goal_plan_agreed` must say: only AGREED counts (handover, risk). */
export function countsAsAgreed(status: PlanStatus | null): boolean {
  return status === 'AGREED';
}

/**
 * - PLAN_ALREADY_AGREED: nothing changed since the last agreement.
 * - NO_GOALS_TO_AGREE: the plan has no proposed or agreed goal.
 */
export type AgreementRefusal = 'PLAN_ALREADY_AGREED' | 'NO_GOALS_TO_AGREE';

export function checkAgreement(
  status: PlanStatus | null,
  goalStatuses: readonly GoalStatus[],
): RuleResult<'AGREED', AgreementRefusal> {
  if (status === 'AGREED') {
    return {
      ok: false,
      reason: 'PLAN_ALREADY_AGREED',
      message: 'The plan is agreed and has not changed since.',
    };
  }
  if (!goalStatuses.some(isOpenGoal)) {
    return {
      ok: false,
      reason: 'NO_GOALS_TO_AGREE',
      message: 'The plan has no proposed or agreed goal to agree.',
    };
  }
  return { ok: true, to: 'AGREED' };
}

/**
 * A new order must name exactly the ids there are, each once. Answers what is wrong with
 * `given` (nothing: an empty list).
 */
export function orderProblems(current: readonly string[], given: readonly string[]): string[] {
  const problems: string[] = [];
  const known = new Set(current);
  const seen = new Set<string>();
  for (const id of given) {
    if (seen.has(id)) problems.push(`${id} given twice`);
    else if (!known.has(id)) problems.push(`${id} is not one of them`);
    seen.add(id);
  }
  for (const id of current) if (!seen.has(id)) problems.push(`${id} missing`);
  return problems;
}

/** True when two orders are the same (nothing to change). */
export function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

// ---------------------------------------------------------------------------------------------
// Dates and changes

/** Local calendar days as 'YYYY-MM-DD' compare as strings. */
export function isBefore(date: string, other: string): boolean {
  return date < other;
}

/**
 * A stored field value: a text, date, number, code, a small object (the responsible), or a
 * list of ids (an order of goals or measures).
 */
export type ChangeValue =
  string | number | boolean | null | string[] | { [key: string]: string | null };

export interface FieldChange {
  field: string;
  /** Set when the change is to one goal of several (an agreement moves many). */
  goalId?: string;
  before: ChangeValue;
  after: ChangeValue;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The fields of `patch` whose value differs from `current`, with before and after. A field
 * left undefined in the patch is unchanged; null clears it.
 */
export function diff<T extends object>(current: T, patch: Partial<T>): FieldChange[] {
  return (Object.keys(patch) as (keyof T & string)[])
    .filter((field) => patch[field] !== undefined && !same(current[field], patch[field]))
    .map((field) => ({
      field,
      before: (current[field] ?? null) as ChangeValue,
      after: (patch[field] ?? null) as ChangeValue,
    }));
}

// ---------------------------------------------------------------------------------------------
// Input that needs no database

export interface Problem {
  field: string;
  problem: string;
}

export interface GoalArea {
  functionVariableCode: string | null;
  baselineScore: number | null;
  targetScore: number | null;
}

/**
 * Baseline and target are graded scores on the municipality's scale ("not relevant" is no
 * goal), and need the function variable they are scored on.
 */
export function goalScoreProblems(
  scale: FunctionScale,
  area: GoalArea,
): { reason: 'SCORE_OUT_OF_RANGE' | 'SCORE_NEEDS_FUNCTION_VARIABLE'; problems: Problem[] } | null {
  const scores = (['baselineScore', 'targetScore'] as const).filter((f) => area[f] !== null);
  if (scores.length === 0) return null;
  if (area.functionVariableCode === null) {
    return {
      reason: 'SCORE_NEEDS_FUNCTION_VARIABLE',
      problems: scores.map((field) => ({ field, problem: 'needs functionVariableCode' })),
    };
  }
  const graded = `must be ${scoreRangeText(scale).replace(/ or .*$/, '')}`;
  const out = scores.filter((f) => area[f] === NOT_RELEVANT || !isValidScore(scale, area[f]!));
  return out.length > 0
    ? {
        reason: 'SCORE_OUT_OF_RANGE',
        problems: out.map((field) => ({ field, problem: graded })),
      }
    : null;
}

export interface Responsible {
  kind: ResponsibleKind;
  profession?: Profession | null;
  staffId?: string | null;
  name?: string | null;
}

/** STAFF is named by profession (and optionally a staff member); others by kind (and a name). */
export function responsibleProblems(responsible: Responsible): Problem[] {
  const problems: Problem[] = [];
  const { kind, profession, staffId, name } = responsible;
  if (kind === 'STAFF') {
    if (!profession) problems.push({ field: 'profession', problem: 'required for STAFF' });
    if (name) problems.push({ field: 'name', problem: 'staff are named by staffId' });
  } else {
    if (profession) problems.push({ field: 'profession', problem: 'only for STAFF' });
    if (staffId) problems.push({ field: 'staffId', problem: 'only for STAFF' });
    if (name && kind === 'PERSON') problems.push({ field: 'name', problem: 'not for PERSON' });
  }
  return problems;
}
