import { DomainError } from 'src/common/graphql/domain-error';
import { IdentityErrors } from 'src/modules/identity/model';

/** The cases module's refusals; `reason` is stable API. */
export const CaseErrors = {
  caseNotFound: (): DomainError =>
    new DomainError('NOT_FOUND', 'CASE_NOT_FOUND', 'No such assessment case'),
  /** The identity module's (the team of a dashboard). */
  teamNotFound: IdentityErrors.teamNotFound,
  invalidTransition: (reason: string, message: string, status: string): DomainError =>
    new DomainError('INVALID_TRANSITION', reason, message, { status }),
  /** From handover on, the case is what was decided and handed over: `what` can no longer be done. */
  readOnly: (status: string, what: string): DomainError =>
    new DomainError(
      'INVALID_TRANSITION',
      'CASE_READ_ONLY',
      `The case is ${status.toLowerCase().replace('_', ' ')}; ${what}.`,
      { status },
    ),
  cannotBeAssigned: (): DomainError =>
    new DomainError(
      'BAD_USER_INPUT',
      'PROFESSION_CANNOT_BE_ASSIGNED',
      'Only clinical staff, caseworkers and coordinators can be assigned to a case',
    ),
  alreadyAssigned: (): DomainError =>
    new DomainError(
      'CONFLICT',
      'ALREADY_ASSIGNED',
      'The staff member is already assigned to the case',
    ),
  notACaseMember: (): DomainError =>
    new DomainError(
      'NOT_FOUND',
      'NOT_A_CASE_MEMBER',
      'The staff member is not assigned to the case',
      {
        fields: [{ field: 'staffId', problems: ['not assigned to the case'] }],
      },
    ),
  notACoordinator: (field = 'coordinatorId'): DomainError =>
    new DomainError(
      'BAD_USER_INPUT',
      'NOT_A_TEAM_COORDINATOR',
      "Must be an active COORDINATOR of the case's team",
      {
        fields: [{ field, problems: ['not an active coordinator of the team'] }],
      },
    ),
  datesOutOfOrder: (): DomainError =>
    new DomainError(
      'BAD_USER_INPUT',
      'DATES_OUT_OF_ORDER',
      'The last day is before the first day',
      {
        fields: [{ field: 'toDate', problems: ['before fromDate'] }],
      },
    ),
};
