import { DomainError } from 'src/common/graphql/domain-error';

/** The handover module's refusals; `reason` is stable API. */
export const HandoverErrors = {
  goalPlanNotAgreed: (): DomainError =>
    new DomainError(
      'INVALID_TRANSITION',
      'GOAL_PLAN_NOT_AGREED',
      'Handover needs an agreed goal plan: the person (or their representative) must agree the plan first',
      { missing: 'goalPlan' },
    ),
  unitRequired: (): DomainError =>
    new DomainError('BAD_USER_INPUT', 'RECEIVING_UNIT_REQUIRED', 'Name the receiving unit', {
      fields: [
        { field: 'receivingUnitId', problems: ['required unless the destination is CLOSED'] },
      ],
    }),
  unitNotExpected: (): DomainError =>
    new DomainError('BAD_USER_INPUT', 'NO_UNIT_FOR_CLOSED', 'A closed case goes to no unit', {
      fields: [{ field: 'receivingUnitId', problems: ['must be empty for CLOSED'] }],
    }),
  unitNotFound: (): DomainError =>
    new DomainError('BAD_USER_INPUT', 'SERVICE_UNIT_NOT_FOUND', 'No such service unit', {
      fields: [{ field: 'receivingUnitId', problems: ['no such unit'] }],
    }),
  unitKindMismatch: (destination: string, kind: string): DomainError =>
    new DomainError(
      'BAD_USER_INPUT',
      'UNIT_KIND_MISMATCH',
      `A ${kind} unit cannot receive ${destination}`,
      {
        fields: [
          {
            field: 'receivingUnitId',
            problems: [`a ${kind} unit does not receive ${destination}`],
          },
        ],
      },
    ),
  followUpInPast: (field = 'followUpDate'): DomainError =>
    new DomainError('BAD_USER_INPUT', 'FOLLOW_UP_IN_PAST', 'The follow-up date is before today', {
      fields: [{ field, problems: ['before today'] }],
    }),
  noHandover: (): DomainError =>
    new DomainError('NOT_FOUND', 'HANDOVER_NOT_FOUND', 'The case has no handover'),
  notAcknowledged: (): DomainError =>
    new DomainError(
      'INVALID_TRANSITION',
      'HANDOVER_NOT_ACKNOWLEDGED',
      'Follow-up starts once the receiving unit has acknowledged the handover',
    ),
  followUpEnded: (): DomainError =>
    new DomainError(
      'INVALID_TRANSITION',
      'FOLLOW_UP_ENDED',
      'The follow-up of this case has ended',
    ),
  notExternal: (): DomainError =>
    new DomainError(
      'FORBIDDEN',
      'UNIT_NOT_EXTERNAL',
      "Only an external unit's acknowledgement may be recorded on its behalf",
    ),
  scopeRequired: (): DomainError =>
    new DomainError('BAD_USER_INPUT', 'TEAM_OR_UNIT', 'Give exactly one of teamId and unitId', {
      fields: [{ field: 'teamId', problems: ['give exactly one of teamId and unitId'] }],
    }),
};
