import type { ErrorCode } from 'src/common/graphql/domain-error';
import type { AccessRefusal } from 'src/modules/access/model';
import type { AdjustmentRefusal } from 'src/modules/adjustments/model';
import type { AssessmentRefusal } from 'src/modules/assessments/model';
import type { AuditRefusal } from 'src/modules/audit/model';
import type { CaseRefusal } from 'src/modules/cases/model';
import type { DecisionRefusal } from 'src/modules/decisions/model';
import type { EmergencyAccessRefusal } from 'src/modules/emergency-access/model';
import type { GoalPlanRefusal } from 'src/modules/goal-plans/model';
import type { HandoverRefusal } from 'src/modules/handover/model';
import type { IdentityRefusal } from 'src/modules/identity/model';
import type { JournalRefusal } from 'src/modules/journal/model';
import type { NodeRefusal } from 'src/modules/node/model';
import type { ReferralRefusal } from 'src/modules/referrals/model';
import type { SettingsRefusal } from 'src/modules/settings/model';
import type { StatisticsRefusal } from 'src/modules/statistics/model';

/** Refusals of a request before any module has it: sign-in, rate limit, scalars, cursors. */
export type RequestRefusal =
  | 'TOKEN_MISSING'
  | 'TOKEN_INVALID'
  | 'TOKEN_EXPIRED'
  | 'UNKNOWN_SUBJECT'
  | 'STAFF_DEACTIVATED'
  | 'RATE_LIMITED'
  | 'DATABASE_UNAVAILABLE'
  | 'INVALID_CURSOR'
  | 'INVALID_DATE'
  | 'INVALID_DATE_TIME';

/** Every `extensions.reason` a DomainError can carry. */
export type Refusal =
  | RequestRefusal
  | AccessRefusal
  | AssessmentRefusal
  | AuditRefusal
  | CaseRefusal
  | DecisionRefusal
  | EmergencyAccessRefusal
  | GoalPlanRefusal
  | HandoverRefusal
  | IdentityRefusal
  | JournalRefusal
  | NodeRefusal
  | ReferralRefusal
  | SettingsRefusal
  | AdjustmentRefusal
  | StatisticsRefusal;

/**
 * What a refusal is about, for the few reasons whose code depends on it:
 * - `target`: the object the operation addresses (`TEAM_NOT_FOUND` is NOT_FOUND);
 * - `input`: an id given in the input that names nothing (BAD_USER_INPUT, with `fields`);
 * - `sign-in`: the caller's token while signing in (`STAFF_DEACTIVATED` is UNAUTHENTICATED
 *   there, FORBIDDEN when access is decided again, e.g. in a running subscription).
 */
export type Where = 'target' | 'input' | 'sign-in';

/** The `extensions.code` of a reason: the one place a code is chosen. */
export function codeOf(reason: Refusal, where: Where = 'target'): ErrorCode {
  switch (reason) {
    // An id that names nothing: the object addressed, or a value given in the input.
    case 'TEAM_NOT_FOUND':
    case 'STAFF_NOT_FOUND':
    case 'PATIENT_NOT_FOUND':
    case 'SERVICE_UNIT_NOT_FOUND':
      return where === 'input' ? 'BAD_USER_INPUT' : 'NOT_FOUND';
    case 'STAFF_DEACTIVATED':
      return where === 'sign-in' ? 'UNAUTHENTICATED' : 'FORBIDDEN';

    case 'INVALID_CURSOR':
    case 'INVALID_DATE':
    case 'INVALID_DATE_TIME':
    case 'DISTRICT_NOT_FOUND':
    case 'INVALID_NATIONAL_ID':
    case 'BIRTH_YEAR_REQUIRED':
    case 'BIRTH_YEAR_MISMATCH':
    case 'HOME_CARE_NOT_IN_TEAM':
    case 'CANNOT_DEACTIVATE_SELF':
    case 'PERSON_OR_PATIENT_ID':
    case 'NO_TEAM_IN_DISTRICT':
    case 'TEAM_OUTSIDE_DISTRICT':
    case 'RECEIVED_IN_FUTURE':
    case 'NO_COORDINATOR':
    case 'GOAL_NOT_IN_CASE':
    case 'SYSTEM_KIND':
    case 'SYSTEM_ENTRY':
    case 'PROFESSION_CANNOT_BE_ASSIGNED':
    case 'NOT_A_TEAM_COORDINATOR':
    case 'DATES_OUT_OF_ORDER':
    case 'RECEIVING_UNIT_REQUIRED':
    case 'NO_UNIT_FOR_CLOSED':
    case 'UNIT_KIND_MISMATCH':
    case 'FOLLOW_UP_IN_PAST':
    case 'TEAM_OR_UNIT':
    case 'EMPTY_CHANGE':
    case 'TARGET_DATE_IN_PAST':
    case 'UNKNOWN_VARIABLE':
    case 'SCORE_OUT_OF_RANGE':
    case 'SCORE_NEEDS_FUNCTION_VARIABLE':
    case 'JUSTIFICATION_REQUIRED':
    case 'ORDER_MISMATCH':
    case 'INVALID_RESPONSIBLE':
    case 'REPRESENTATIVE_NAME_REQUIRED':
    case 'REPRESENTATIVE_NAME_NOT_ALLOWED':
    case 'EMPTY_ASSESSMENT':
    case 'DUPLICATE_VARIABLE':
    case 'UNKNOWN_SERVICE':
    case 'UNKNOWN_LEGAL_BASIS':
    case 'HOURS_OR_VISITS':
    case 'MINUTES_WITHOUT_VISITS':
    case 'SERVICES_REQUIRED':
    case 'NO_SERVICES_GRANTS_NOTHING':
    case 'LEVEL_MISMATCH':
    case 'DUPLICATE_DISTRICT':
    case 'INCONSISTENT_SETTINGS':
    case 'OUTSIDE_DELEGATED_FRAME':
    case 'INVALID_WEEK':
    case 'TARIFF_CATEGORY_REQUIRED':
    case 'TARIFF_CATEGORY_NOT_EXPECTED':
    case 'NURSING_WEEKS_NOT_EXPECTED':
    case 'INDIVIDUAL_JUSTIFICATION_REQUIRED':
    case 'BUDGET_PERIOD_OUT_OF_ORDER':
    case 'BUDGET_PERIOD_TOO_LONG':
    case 'CALLBACK_DUE_IN_PAST':
    case 'CALLBACK_DUE_TOO_LATE':
    case 'PARTICIPANTS_REQUIRED':
    case 'PARTICIPANTS_NOT_ALLOWED':
    case 'MEETING_KIND_FIXED':
    case 'COORDINATING_CASEWORKER_INVALID':
      return 'BAD_USER_INPUT';

    case 'TOKEN_MISSING':
    case 'TOKEN_INVALID':
    case 'TOKEN_EXPIRED':
    case 'UNKNOWN_SUBJECT':
      return 'UNAUTHENTICATED';

    case 'NO_RELATION_TO_CASE':
    case 'NO_RELATION_TO_PATIENT':
    case 'NO_RELATION_TO_REFERRAL':
    case 'PROFESSION_NOT_ALLOWED':
    case 'NOT_IN_DISTRICT':
    case 'NOT_RECEIVING_TEAM':
    case 'NOT_CASE_COORDINATOR':
    case 'NOT_CASE_CASEWORKER':
    case 'NOT_RECEIVING_UNIT':
    case 'NOT_TEAM_MEMBER':
    case 'NOT_UNIT_MEMBER':
    case 'ALREADY_HAS_ACCESS':
    case 'NOT_AUTHOR':
    case 'EMERGENCY_ACCESS_EXPIRED':
    case 'UNIT_NOT_EXTERNAL':
    case 'FEATURE_DISABLED':
      return 'FORBIDDEN';

    case 'NODE_NOT_FOUND':
    case 'MEMBERSHIP_NOT_FOUND':
    case 'REFERRAL_NOT_FOUND':
    case 'JOURNAL_ENTRY_NOT_FOUND':
    case 'CASE_NOT_FOUND':
    case 'NOT_A_CASE_MEMBER':
    case 'HANDOVER_NOT_FOUND':
    case 'GOAL_NOT_FOUND':
    case 'MEASURE_NOT_FOUND':
    case 'EMERGENCY_ACCESS_NOT_FOUND':
    case 'DECISION_NOT_FOUND':
    case 'AUDIT_EVENT_NOT_FOUND':
    case 'DECISION_SERVICE_NOT_FOUND':
    case 'ADJUSTMENT_NOT_FOUND':
      return 'NOT_FOUND';

    case 'REGISTER_BY_REFERRAL':
    case 'PATIENT_ALREADY_REGISTERED':
    case 'STAFF_EMAIL_TAKEN':
    case 'ALREADY_MEMBER':
    case 'OPEN_CASE_IN_OTHER_DISTRICT':
    case 'STALE_VERSION':
    case 'IDEMPOTENCY_KEY_REUSED':
    case 'ALREADY_ASSIGNED':
      return 'CONFLICT';

    case 'STAFF_ALREADY_DEACTIVATED':
    case 'REFERRAL_ALREADY_TRIAGED':
    case 'ALREADY_ENTERED_IN_ERROR':
    case 'CASE_NOT_ACTIVE':
    case 'CASE_NOT_ON_HOLD':
    case 'CASE_ON_HOLD':
    case 'CASE_ALREADY_DECIDED':
    case 'DECISION_REQUIRED':
    case 'CLOSE_NEEDS_NO_SERVICES_DECISION':
    case 'CASE_NOT_HANDED_OVER':
    case 'CASE_READ_ONLY':
    case 'CASE_FINISHED':
    case 'GOAL_PLAN_NOT_AGREED':
    case 'HANDOVER_NOT_ACKNOWLEDGED':
    case 'FOLLOW_UP_ENDED':
    case 'GOAL_CANCELLED':
    case 'GOAL_EVALUATED':
    case 'GOAL_NOT_AGREED':
    case 'MEASURE_FINISHED':
    case 'MEASURE_ALREADY_STARTED':
    case 'PLAN_ALREADY_AGREED':
    case 'NO_GOALS_TO_AGREE':
    case 'NO_GOALS':
    case 'NO_WEEKLY_TIME':
    case 'SERVICE_NOT_IN_FORCE':
    case 'ADJUSTMENT_ALREADY_REVIEWED':
    case 'LATER_ADJUSTMENT_EXISTS':
    case 'NO_CALLBACK_SCHEDULED':
    case 'COORDINATION_REQUIREMENTS_MISSING':
      return 'INVALID_TRANSITION';

    case 'RATE_LIMITED':
      return 'RATE_LIMITED';

    case 'DATABASE_UNAVAILABLE':
    case 'AUDIT_UNAVAILABLE':
    case 'SETTINGS_NOT_INITIALISED':
      return 'SERVICE_UNAVAILABLE';
  }
  // A reason added to a module's union without a code here does not compile.
  const unreachable: never = reason;
  throw new Error(`no code for refusal ${String(unreachable)}`);
}
