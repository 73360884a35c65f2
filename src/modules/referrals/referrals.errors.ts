import { badInput, type DomainError, refuse } from 'src/common/graphql/domain-error';
import { IdentityErrors } from 'src/modules/identity/model';

/**
 * Why the referrals module refuses: the stable `extensions.reason`, its code by `codeOf`
 * (PATIENT_NOT_FOUND and TEAM_NOT_FOUND are the identity module's, for ids given in input).
 */
export type ReferralRefusal =
  | 'REFERRAL_NOT_FOUND'
  | 'PERSON_OR_PATIENT_ID'
  | 'OPEN_CASE_IN_OTHER_DISTRICT'
  | 'NO_TEAM_IN_DISTRICT'
  | 'TEAM_OUTSIDE_DISTRICT'
  | 'RECEIVED_IN_FUTURE'
  | 'REFERRAL_ALREADY_TRIAGED'
  | 'NO_COORDINATOR'
  | 'CALLBACK_DUE_IN_PAST'
  | 'CALLBACK_DUE_TOO_LATE'
  | 'NO_CALLBACK_SCHEDULED';

/** The referrals module's refusals; `reason` is stable API. */
export const ReferralErrors = {
  referralNotFound: (): DomainError => refuse('REFERRAL_NOT_FOUND', 'No such referral'),
  patientNotFound: (): DomainError =>
    refuse(
      'PATIENT_NOT_FOUND',
      'No such person',
      { fields: [{ field: 'patientId', problems: ['no such person'] }] },
      'input',
    ),
  personOrPatientId: (): DomainError =>
    refuse('PERSON_OR_PATIENT_ID', 'Name the person by either patientId or person, not both', {
      fields: [
        { field: 'patientId', problems: ['give either patientId or person'] },
        { field: 'person', problems: ['give either patientId or person'] },
      ],
    }),
  openCaseInOtherDistrict: (): DomainError =>
    refuse(
      'OPEN_CASE_IN_OTHER_DISTRICT',
      "The person has an open case with another district's team; it must be handed over, closed or cancelled there before this referral can be accepted",
    ),
  /** The identity module's, for the team named in input. */
  teamNotFound: (): DomainError => IdentityErrors.teamNotFoundIn('teamId'),
  noTeamInDistrict: (): DomainError =>
    refuse('NO_TEAM_IN_DISTRICT', "The person's district has no assessment team for this"),
  teamOutsideDistrict: (): DomainError =>
    refuse('TEAM_OUTSIDE_DISTRICT', "The team does not serve the person's district", {
      fields: [{ field: 'teamId', problems: ["not a team of the person's district"] }],
    }),
  receivedInFuture: (): DomainError =>
    refuse('RECEIVED_IN_FUTURE', 'A referral cannot be received in the future', {
      fields: [{ field: 'receivedAt', problems: ['in the future'] }],
    }),
  alreadyTriaged: (status: string): DomainError =>
    refuse('REFERRAL_ALREADY_TRIAGED', `The referral is already ${status}`, { status }),
  noCoordinator: (): DomainError =>
    refuse('NO_COORDINATOR', 'The team has no active coordinator; name one', {
      fields: [
        { field: 'coordinatorId', problems: ['required: the team has no active coordinator'] },
      ],
    }),
  callbackDueInPast: (): DomainError =>
    badInput('CALLBACK_DUE_IN_PAST', 'A callback must be due in the future', [
      { field: 'dueAt', problems: ['not in the future'] },
    ]),
  callbackDueTooLate: (days: number): DomainError =>
    badInput('CALLBACK_DUE_TOO_LATE', `A callback can be promised at most ${days} days ahead`, [
      { field: 'dueAt', problems: [`more than ${days} days ahead`] },
    ]),
  noCallbackScheduled: (): DomainError =>
    refuse(
      'NO_CALLBACK_SCHEDULED',
      'The referral has no callback waiting to be made: schedule one first',
    ),
};
