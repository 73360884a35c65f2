import { DomainError } from 'src/common/graphql/domain-error';
import { IdentityErrors } from 'src/modules/identity/model';

/** The referrals module's refusals; `reason` is stable API. */
export const ReferralErrors = {
  referralNotFound: (): DomainError =>
    new DomainError('NOT_FOUND', 'REFERRAL_NOT_FOUND', 'No such referral'),
  patientNotFound: (): DomainError =>
    new DomainError('BAD_USER_INPUT', 'PATIENT_NOT_FOUND', 'No such person', {
      fields: [{ field: 'patientId', problems: ['no such person'] }],
    }),
  personOrPatientId: (): DomainError =>
    new DomainError(
      'BAD_USER_INPUT',
      'PERSON_OR_PATIENT_ID',
      'Name the person by either patientId or person, not both',
      {
        fields: [
          { field: 'patientId', problems: ['give either patientId or person'] },
          { field: 'person', problems: ['give either patientId or person'] },
        ],
      },
    ),
  openCaseInOtherDistrict: (): DomainError =>
    new DomainError(
      'CONFLICT',
      'OPEN_CASE_IN_OTHER_DISTRICT',
      "The person has an open case with another district's team; it must be handed over, closed or cancelled there before this referral can be accepted",
    ),
  /** The identity module's, for the team named in input. */
  teamNotFound: (): DomainError => IdentityErrors.teamNotFoundIn('teamId'),
  noTeamInDistrict: (): DomainError =>
    new DomainError(
      'BAD_USER_INPUT',
      'NO_TEAM_IN_DISTRICT',
      "The person's district has no assessment team for this",
    ),
  teamOutsideDistrict: (): DomainError =>
    new DomainError(
      'BAD_USER_INPUT',
      'TEAM_OUTSIDE_DISTRICT',
      "The team does not serve the person's district",
      {
        fields: [{ field: 'teamId', problems: ["not a team of the person's district"] }],
      },
    ),
  receivedInFuture: (): DomainError =>
    new DomainError(
      'BAD_USER_INPUT',
      'RECEIVED_IN_FUTURE',
      'A referral cannot be received in the future',
      {
        fields: [{ field: 'receivedAt', problems: ['in the future'] }],
      },
    ),
  alreadyTriaged: (status: string): DomainError =>
    new DomainError(
      'INVALID_TRANSITION',
      'REFERRAL_ALREADY_TRIAGED',
      `The referral is already ${status}`,
      { status },
    ),
  noCoordinator: (): DomainError =>
    new DomainError(
      'BAD_USER_INPUT',
      'NO_COORDINATOR',
      'The team has no active coordinator; name one',
      {
        fields: [
          { field: 'coordinatorId', problems: ['required: the team has no active coordinator'] },
        ],
      },
    ),
};
