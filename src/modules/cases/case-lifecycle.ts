// The lifecycle of an assessment case: which action is allowed in which status, and where it
// leads. Pure functions only (no Nest, no database); services call `nextStatus` before they
// change a case and turn a refusal into a user-facing error.
//
//   ACTIVE ⇄ ON_HOLD (hold / resume; the clock pauses) → DECIDED → HANDED_OVER → CLOSED
//   ACTIVE | ON_HOLD → CANCELLED (death, moved, withdrew, …)
//   DECIDED → CLOSED directly on a NO_SERVICES decision, or a handover to CLOSED
//   HANDED_OVER → CLOSED (receiving unit acknowledges) or → DECIDED (receiving unit returns it)

import type { CaseOperation } from 'src/modules/access/model';

export const CASE_STATUSES = [
  'ACTIVE',
  'ON_HOLD',
  'DECIDED',
  'HANDED_OVER',
  'CLOSED',
  'CANCELLED',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Statuses in which the case is still under way (everything but CLOSED and CANCELLED). */
export const OPEN_CASE_STATUSES: readonly CaseStatus[] = Object.freeze([
  'ACTIVE',
  'ON_HOLD',
  'DECIDED',
  'HANDED_OVER',
]);

export const CASE_ACTIONS = [
  'HOLD',
  'RESUME',
  'EXTEND',
  'CANCEL',
  'DECIDE',
  'HAND_OVER',
  'ACKNOWLEDGE_HANDOVER',
  'RETURN_HANDOVER',
  'CLOSE',
  'ASSIGN_MEMBER',
  'REMOVE_MEMBER',
  'CHANGE_COORDINATOR',
  'RECORD_INTERIM_SERVICE',
  'SET_COORDINATION_LEVEL',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/**
 * The named operation of each case action: the access policy decides it (who may), and the
 * audit trail names it.
 */
export const OPERATION_OF_ACTION: Record<CaseAction, CaseOperation> = {
  HOLD: 'putCaseOnHold',
  RESUME: 'resumeCase',
  EXTEND: 'extendDeadline',
  CANCEL: 'cancelCase',
  DECIDE: 'recordDecision',
  HAND_OVER: 'handOverCase',
  ACKNOWLEDGE_HANDOVER: 'acknowledgeHandover',
  RETURN_HANDOVER: 'returnHandover',
  CLOSE: 'closeCase',
  ASSIGN_MEMBER: 'assignCaseMember',
  REMOVE_MEMBER: 'removeCaseMember',
  CHANGE_COORDINATOR: 'changeCaseCoordinator',
  RECORD_INTERIM_SERVICE: 'recordInterimService',
  SET_COORDINATION_LEVEL: 'setCoordinationLevel',
};

export interface TransitionContext {
  /** Where the case goes on HAND_OVER; CLOSED ends the case at once. */
  handoverDestination?: 'ORDINARY_HOME_CARE' | 'OTHER_SERVICES' | 'LOW_THRESHOLD' | 'CLOSED';
  /** Outcome of the recorded decision; only NO_SERVICES lets a decided case be closed directly. */
  decisionOutcome?: 'NO_SERVICES' | 'GRANTED' | 'PARTLY_GRANTED';
}

/**
 * Why a transition was refused (stable codes, safe to match on):
 * - CASE_NOT_ACTIVE: only an active case can be put on hold.
 * - CASE_NOT_ON_HOLD: only a case on hold can be resumed.
 * - CASE_ON_HOLD: a case on hold must be resumed before a decision is recorded.
 * - CASE_ALREADY_DECIDED: the decision is recorded; the clarification period is over.
 * - DECISION_REQUIRED: handing over or closing needs a recorded decision.
 * - CLOSE_NEEDS_NO_SERVICES_DECISION: a decided case closes directly only on NO_SERVICES.
 * - CASE_NOT_HANDED_OVER: only a handed-over case can be acknowledged or returned.
 * - CASE_READ_ONLY: a handed-over case waits for the receiving unit.
 * - CASE_FINISHED: a closed or cancelled case cannot change.
 */
export type TransitionRefusal =
  | 'CASE_NOT_ACTIVE'
  | 'CASE_NOT_ON_HOLD'
  | 'CASE_ON_HOLD'
  | 'CASE_ALREADY_DECIDED'
  | 'DECISION_REQUIRED'
  | 'CLOSE_NEEDS_NO_SERVICES_DECISION'
  | 'CASE_NOT_HANDED_OVER'
  | 'CASE_READ_ONLY'
  | 'CASE_FINISHED';

export type TransitionResult =
  { ok: true; to: CaseStatus } | { ok: false; reason: TransitionRefusal; message: string };

const STATUS_WORDS: Record<CaseStatus, string> = {
  ACTIVE: 'active',
  ON_HOLD: 'on hold',
  DECIDED: 'decided',
  HANDED_OVER: 'handed over',
  CLOSED: 'closed',
  CANCELLED: 'cancelled',
};

function allow(to: CaseStatus): TransitionResult {
  return { ok: true, to };
}

function refuse(reason: TransitionRefusal, from: CaseStatus, need: string): TransitionResult {
  return { ok: false, reason, message: `The case is ${STATUS_WORDS[from]}; ${need}.` };
}

/**
 * Where `action` takes a case in status `from`, or why it is refused. `context` matters only
 * for HAND_OVER (destination CLOSED closes the case) and CLOSE (needs a NO_SERVICES decision).
 */
export function nextStatus(
  from: CaseStatus,
  action: CaseAction,
  context: TransitionContext = {},
): TransitionResult {
  // A finished case is history: nothing changes it any more.
  if (from === 'CLOSED' || from === 'CANCELLED') {
    return refuse('CASE_FINISHED', from, 'a finished case cannot be changed');
  }

  // Once handed over, the receiving unit owns the next step.
  if (from === 'HANDED_OVER') {
    if (action === 'ACKNOWLEDGE_HANDOVER') return allow('CLOSED');
    if (action === 'RETURN_HANDOVER') return allow('DECIDED');
    return refuse(
      'CASE_READ_ONLY',
      from,
      'it is read-only until the receiving unit acknowledges or returns the handover',
    );
  }

  const undecided = from === 'ACTIVE' || from === 'ON_HOLD';

  switch (action) {
    case 'HOLD':
      return from === 'ACTIVE'
        ? allow('ON_HOLD')
        : refuse('CASE_NOT_ACTIVE', from, 'only an active case can be put on hold');

    case 'RESUME':
      return from === 'ON_HOLD'
        ? allow('ACTIVE')
        : refuse('CASE_NOT_ON_HOLD', from, 'only a case on hold can be resumed');

    // Extending the deadline and cancelling only make sense while the case is being clarified.
    case 'EXTEND':
      return undecided
        ? allow(from)
        : refuse(
            'CASE_ALREADY_DECIDED',
            from,
            'the deadline can only be extended before a decision',
          );

    case 'CANCEL':
      return undecided
        ? allow('CANCELLED')
        : refuse('CASE_ALREADY_DECIDED', from, 'only a case without a decision can be cancelled');

    case 'DECIDE':
      if (from === 'ACTIVE') return allow('DECIDED');
      if (from === 'ON_HOLD') {
        return refuse('CASE_ON_HOLD', from, 'resume it before recording a decision');
      }
      return refuse('CASE_ALREADY_DECIDED', from, 'a decision is already recorded');

    case 'HAND_OVER':
      if (undecided) {
        return refuse('DECISION_REQUIRED', from, 'record a decision before handing it over');
      }
      return allow(context.handoverDestination === 'CLOSED' ? 'CLOSED' : 'HANDED_OVER');

    case 'CLOSE':
      if (undecided) {
        return refuse('DECISION_REQUIRED', from, 'record a decision before closing it');
      }
      return context.decisionOutcome === 'NO_SERVICES'
        ? allow('CLOSED')
        : refuse(
            'CLOSE_NEEDS_NO_SERVICES_DECISION',
            from,
            'it can only be closed directly when the decision is no services, otherwise hand it over',
          );

    case 'ACKNOWLEDGE_HANDOVER':
    case 'RETURN_HANDOVER':
      return refuse(
        'CASE_NOT_HANDED_OVER',
        from,
        'only a handed-over case can be acknowledged or returned',
      );

    // The level decides what the decision needs: it can change only before the decision.
    case 'SET_COORDINATION_LEVEL':
      return undecided
        ? allow(from)
        : refuse(
            'CASE_ALREADY_DECIDED',
            from,
            'the coordination level can only be changed before a decision',
          );

    // Team work and interim help go on until the case is handed over.
    case 'ASSIGN_MEMBER':
    case 'REMOVE_MEMBER':
    case 'CHANGE_COORDINATOR':
    case 'RECORD_INTERIM_SERVICE':
      return allow(from);
  }
}

export function isOpen(status: CaseStatus): boolean {
  return OPEN_CASE_STATUSES.includes(status);
}

/** From HANDED_OVER on, a case is read-only except journal entries, goal evaluation and follow-up. */
export function isReadOnly(status: CaseStatus): boolean {
  return status === 'HANDED_OVER' || status === 'CLOSED' || status === 'CANCELLED';
}
