import { type DomainError, refuse } from 'src/common/graphql/domain-error';
import { CaseErrors } from 'src/modules/cases/model';
import { IdentityErrors } from 'src/modules/identity/model';

/**
 * Why the journal module refuses: the stable `extensions.reason`, its code by `codeOf`
 * (also the cases and identity modules' not-found reasons, and the access policy's).
 */
export type JournalRefusal =
  | 'GOAL_NOT_IN_CASE'
  | 'JOURNAL_ENTRY_NOT_FOUND'
  | 'SYSTEM_KIND'
  | 'SYSTEM_ENTRY'
  | 'STALE_VERSION'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'ALREADY_ENTERED_IN_ERROR'
  | 'PARTICIPANTS_REQUIRED'
  | 'PARTICIPANTS_NOT_ALLOWED'
  | 'MEETING_KIND_FIXED';

/** The journal module's refusals; `reason` is stable API. */
export const JournalErrors = {
  /** The cases module's. */
  caseNotFound: CaseErrors.caseNotFound,
  /** The identity module's. */
  teamNotFound: IdentityErrors.teamNotFound,
  goalNotInCase: (field: 'goalId' | 'measureId'): DomainError =>
    refuse('GOAL_NOT_IN_CASE', "The goal or measure is not part of this case's goal plan", {
      fields: [{ field, problems: ["not in this case's goal plan"] }],
    }),
  entryNotFound: (): DomainError => refuse('JOURNAL_ENTRY_NOT_FOUND', 'No such journal entry'),
  systemKind: (): DomainError =>
    refuse('SYSTEM_KIND', 'EVENT, DECISION and HANDOVER entries are written by the system only', {
      fields: [{ field: 'kind', problems: ['written by the system only'] }],
    }),
  systemEntry: (): DomainError =>
    refuse('SYSTEM_ENTRY', 'Entries written by the system cannot be amended'),
  staleVersion: (currentVersion: number, currentId: string): DomainError =>
    refuse('STALE_VERSION', 'The entry has been corrected since; amend the latest version', {
      currentVersion,
      currentId,
    }),
  idempotencyKeyReused: (): DomainError =>
    refuse('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was used for a different entry'),
  participantsRequired: (): DomainError =>
    refuse('PARTICIPANTS_REQUIRED', 'A coordination meeting names who took part', {
      fields: [{ field: 'participants', problems: ['at least one participant'] }],
    }),
  participantsNotAllowed: (): DomainError =>
    refuse('PARTICIPANTS_NOT_ALLOWED', 'Only a coordination meeting names participants', {
      fields: [{ field: 'participants', problems: ['only for COORDINATION_MEETING'] }],
    }),
  meetingKindFixed: (): DomainError =>
    refuse(
      'MEETING_KIND_FIXED',
      'A coordination meeting stays one, and no other entry becomes one: write a new entry',
      { fields: [{ field: 'kind', problems: ['cannot change to or from COORDINATION_MEETING'] }] },
    ),
  alreadyInError: (): DomainError =>
    refuse('ALREADY_ENTERED_IN_ERROR', 'The entry is already marked as entered in error'),
};
