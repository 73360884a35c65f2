import { type DomainError, refuse } from 'src/common/graphql/domain-error';

/**
 * Why the handover module refuses: the stable `extensions.reason`, its code by `codeOf`
 * (SERVICE_UNIT_NOT_FOUND is the identity module's, for the unit given in input).
 */
export type HandoverRefusal =
  | 'GOAL_PLAN_NOT_AGREED'
  | 'RECEIVING_UNIT_REQUIRED'
  | 'NO_UNIT_FOR_CLOSED'
  | 'UNIT_KIND_MISMATCH'
  | 'FOLLOW_UP_IN_PAST'
  | 'HANDOVER_NOT_FOUND'
  | 'HANDOVER_NOT_ACKNOWLEDGED'
  | 'FOLLOW_UP_ENDED'
  | 'UNIT_NOT_EXTERNAL'
  | 'TEAM_OR_UNIT';

/** The handover module's refusals; `reason` is stable API. */
export const HandoverErrors = {
  goalPlanNotAgreed: (): DomainError =>
    refuse(
      'GOAL_PLAN_NOT_AGREED',
      'Handover needs an agreed goal plan: the person (or their representative) must agree the plan first',
      { missing: 'goalPlan' },
    ),
  unitRequired: (): DomainError =>
    refuse('RECEIVING_UNIT_REQUIRED', 'Name the receiving unit', {
      fields: [
        { field: 'receivingUnitId', problems: ['required unless the destination is CLOSED'] },
      ],
    }),
  unitNotExpected: (): DomainError =>
    refuse('NO_UNIT_FOR_CLOSED', 'A closed case goes to no unit', {
      fields: [{ field: 'receivingUnitId', problems: ['must be empty for CLOSED'] }],
    }),
  unitNotFound: (): DomainError =>
    refuse(
      'SERVICE_UNIT_NOT_FOUND',
      'No such service unit',
      { fields: [{ field: 'receivingUnitId', problems: ['no such unit'] }] },
      'input',
    ),
  unitKindMismatch: (destination: string, kind: string): DomainError =>
    refuse('UNIT_KIND_MISMATCH', `A ${kind} unit cannot receive ${destination}`, {
      fields: [
        {
          field: 'receivingUnitId',
          problems: [`a ${kind} unit does not receive ${destination}`],
        },
      ],
    }),
  followUpInPast: (field = 'followUpDate'): DomainError =>
    refuse('FOLLOW_UP_IN_PAST', 'The follow-up date is before today', {
      fields: [{ field, problems: ['before today'] }],
    }),
  noHandover: (): DomainError => refuse('HANDOVER_NOT_FOUND', 'The case has no handover'),
  notAcknowledged: (): DomainError =>
    refuse(
      'HANDOVER_NOT_ACKNOWLEDGED',
      'Follow-up starts once the receiving unit has acknowledged the handover',
    ),
  followUpEnded: (): DomainError =>
    refuse('FOLLOW_UP_ENDED', 'The follow-up of this case has ended'),
  notExternal: (): DomainError =>
    refuse(
      'UNIT_NOT_EXTERNAL',
      "Only an external unit's acknowledgement may be recorded on its behalf",
    ),
  scopeRequired: (): DomainError =>
    refuse('TEAM_OR_UNIT', 'Give exactly one of teamId and unitId', {
      fields: [{ field: 'teamId', problems: ['give exactly one of teamId and unitId'] }],
    }),
};
