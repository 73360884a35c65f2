import { DomainError } from 'src/common/graphql/domain-error';
import { CaseErrors } from 'src/modules/cases/model';
import { IdentityErrors } from 'src/modules/identity/model';

/** The journal module's refusals; `reason` is stable API. */
export const JournalErrors = {
  /** The cases module's. */
  caseNotFound: CaseErrors.caseNotFound,
  /** The identity module's. */
  teamNotFound: IdentityErrors.teamNotFound,
  goalNotInCase: (field: 'goalId' | 'measureId'): DomainError =>
    new DomainError(
      'BAD_USER_INPUT',
      'GOAL_NOT_IN_CASE',
      "The goal or measure is not part of this case's goal plan",
      { fields: [{ field, problems: ["not in this case's goal plan"] }] },
    ),
  entryNotFound: (): DomainError =>
    new DomainError('NOT_FOUND', 'JOURNAL_ENTRY_NOT_FOUND', 'No such journal entry'),
  systemKind: (): DomainError =>
    new DomainError(
      'BAD_USER_INPUT',
      'SYSTEM_KIND',
      'EVENT, DECISION and HANDOVER entries are written by the system only',
      {
        fields: [{ field: 'kind', problems: ['written by the system only'] }],
      },
    ),
  systemEntry: (): DomainError =>
    new DomainError(
      'BAD_USER_INPUT',
      'SYSTEM_ENTRY',
      'Entries written by the system cannot be amended',
    ),
  staleVersion: (currentVersion: number, currentId: string): DomainError =>
    new DomainError(
      'CONFLICT',
      'STALE_VERSION',
      'The entry has been corrected since; amend the latest version',
      {
        currentVersion,
        currentId,
      },
    ),
  idempotencyKeyReused: (): DomainError =>
    new DomainError(
      'CONFLICT',
      'IDEMPOTENCY_KEY_REUSED',
      'This idempotency key was used for a different entry',
    ),
  alreadyInError: (): DomainError =>
    new DomainError(
      'INVALID_TRANSITION',
      'ALREADY_ENTERED_IN_ERROR',
      'The entry is already marked as entered in error',
    ),
};
