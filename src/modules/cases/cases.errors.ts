import { DomainError } from 'src/common/graphql/domain-error';

/** The cases module's refusals; `reason` is stable API. */
export const CaseErrors = {
  caseNotFound: (): DomainError =>
    new DomainError('NOT_FOUND', 'CASE_NOT_FOUND', 'No such assessment case'),
  teamNotFound: (): DomainError =>
    new DomainError('NOT_FOUND', 'TEAM_NOT_FOUND', 'No such assessment team'),
  invalidTransition: (reason: string, message: string, status: string): DomainError =>
    new DomainError('INVALID_TRANSITION', reason, message, { status }),
  staffNotFound: (): DomainError =>
    new DomainError('BAD_USER_INPUT', 'STAFF_NOT_FOUND', 'No such active staff member', {
      fields: [{ field: 'staffId', problems: ['no such active staff member'] }],
    }),
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
