import { badInput, type DomainError, refuse } from 'src/common/graphql/domain-error';
import { IdentityErrors } from 'src/modules/identity/model';
import { type TransitionRefusal } from './case-lifecycle';

/** Why the cases module refuses: the stable `extensions.reason`, its code by `codeOf`. */
export type CaseRefusal =
  | TransitionRefusal
  | 'CASE_NOT_FOUND'
  | 'PROFESSION_CANNOT_BE_ASSIGNED'
  | 'ALREADY_ASSIGNED'
  | 'NOT_A_CASE_MEMBER'
  | 'NOT_A_TEAM_COORDINATOR'
  | 'DATES_OUT_OF_ORDER'
  | 'COORDINATING_CASEWORKER_INVALID';

/** The cases module's refusals; `reason` is stable API. */
export const CaseErrors = {
  caseNotFound: (): DomainError => refuse('CASE_NOT_FOUND', 'No such assessment case'),
  /** The identity module's (the team of a dashboard). */
  teamNotFound: IdentityErrors.teamNotFound,
  invalidTransition: (reason: TransitionRefusal, message: string, status: string): DomainError =>
    refuse(reason, message, { status }),
  /** From handover on, the case is what was decided and handed over: `what` can no longer be done. */
  readOnly: (status: string, what: string): DomainError =>
    refuse('CASE_READ_ONLY', `The case is ${status.toLowerCase().replace('_', ' ')}; ${what}.`, {
      status,
    }),
  cannotBeAssigned: (): DomainError =>
    refuse(
      'PROFESSION_CANNOT_BE_ASSIGNED',
      'Only clinical staff, caseworkers and coordinators can be assigned to a case',
    ),
  alreadyAssigned: (): DomainError =>
    refuse('ALREADY_ASSIGNED', 'The staff member is already assigned to the case'),
  notACaseMember: (): DomainError =>
    refuse('NOT_A_CASE_MEMBER', 'The staff member is not assigned to the case', {
      fields: [{ field: 'staffId', problems: ['not assigned to the case'] }],
    }),
  notACoordinator: (field = 'coordinatorId'): DomainError =>
    refuse('NOT_A_TEAM_COORDINATOR', "Must be an active COORDINATOR of the case's team", {
      fields: [{ field, problems: ['not an active coordinator of the team'] }],
    }),
  coordinatingCaseworkerInvalid: (): DomainError =>
    badInput(
      'COORDINATING_CASEWORKER_INVALID',
      "The coordinating caseworker must be an active CASEWORKER of a team in the person's district",
      [
        {
          field: 'staffId',
          problems: ["not an active caseworker of a team in the person's district"],
        },
      ],
    ),
  datesOutOfOrder: (): DomainError =>
    refuse('DATES_OUT_OF_ORDER', 'The last day is before the first day', {
      fields: [{ field: 'toDate', problems: ['before fromDate'] }],
    }),
};
