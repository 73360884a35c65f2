import {
  caseOperationsAllowed,
  type CaseRelation,
  decide,
  type Operation,
  type Subject,
} from 'src/modules/access/model';
import {
  CASE_ACTIONS,
  type CaseAction,
  type CaseStatus,
  isReadOnly,
  nextStatus,
  OPERATION_OF_ACTION,
  type TransitionContext,
} from 'src/modules/cases/case-lifecycle';

/** What, beside its status, decides which steps a case allows now. */
export interface CaseStanding {
  status: CaseStatus;
  /** Outcome of the recorded decision (a decided case closes directly only on NO_SERVICES). */
  decisionOutcome?: TransitionContext['decisionOutcome'];
  /** The receiving unit has acknowledged a handover, so follow-ups can be recorded. */
  handoverAcknowledged: boolean;
  /** The case opened with Billund's coordination levels on (else its level cannot be set). */
  coordinationLevels?: boolean;
  /** The district of the case's team (the person's while the case is open). */
  districtId?: string;
}

const ACTION_OF = new Map<Operation, CaseAction>(
  CASE_ACTIONS.map((action) => [OPERATION_OF_ACTION[action], action]),
);
ACTION_OF.set('acknowledgeHandoverOnBehalf', 'ACKNOWLEDGE_HANDOVER');
// A preview is offered where the change it previews is.
ACTION_OF.set('decisionLetterPreview', 'DECIDE');
ACTION_OF.set('handoverSummaryPreview', 'HAND_OVER');

/** Operations that edit what the team found and planned: closed from handover on. */
const TEAM_EDITS: readonly Operation[] = [
  'recordAssessment',
  'addGoal',
  'updateGoal',
  'addMeasure',
  'updateMeasure',
  'agreeGoalPlan',
  'reorderGoals',
  'reorderMeasures',
];

/**
 * The named operations the caller may perform on a case at this moment (`viewerCan`): the
 * access policy's decision for their relation, and of those the ones the case's lifecycle
 * allows now. A client shows a control only when its operation is listed, so no access or
 * lifecycle rule is copied into the client. Finer refusals remain the API's (a goal already
 * evaluated, a stale version): the list says which controls to offer, not that every input
 * will be accepted.
 */
export function viewerCanOnCase(
  subject: Subject,
  relation: CaseRelation,
  standing: CaseStanding,
): Operation[] {
  const finished = standing.status === 'CLOSED' || standing.status === 'CANCELLED';
  const allowed = caseOperationsAllowed(subject, relation).filter((operation) => {
    if (operation === 'journalEntryDelivery') return false;
    if (operation === 'setCoordinationLevel' && !standing.coordinationLevels) return false;
    const action = ACTION_OF.get(operation);
    if (action)
      return nextStatus(standing.status, action, { decisionOutcome: standing.decisionOutcome }).ok;
    if (TEAM_EDITS.includes(operation)) return !isReadOnly(standing.status);
    if (operation === 'evaluateGoal') return standing.status !== 'CANCELLED';
    if (operation === 'recordFollowUp') return standing.handoverAcknowledged;
    if (operation === 'requestEmergencyAccess') return !finished;
    return true;
  });
  // Billund: the person's coordinating caseworker is set beside the case (by the intake staff
  // of the person's district); offered on an open case that has coordination levels.
  if (
    standing.coordinationLevels &&
    standing.districtId &&
    !finished &&
    decide(subject, 'setCoordinatingCaseworker', { districtId: standing.districtId }) === null
  )
    allowed.push('setCoordinatingCaseworker');
  return allowed;
}
