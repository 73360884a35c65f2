import { badInput, type DomainError, refuse } from 'src/common/graphql/domain-error';
import { hoursText } from 'src/modules/adjustments/adjustment-rules';

/**
 * Why the adjustments module refuses: the stable `extensions.reason`, its code by `codeOf`
 * (HANDOVER_NOT_ACKNOWLEDGED is the handover module's, reused: the unit adjusts only after it
 * has acknowledged the case).
 */
export type AdjustmentRefusal =
  | 'OUTSIDE_DELEGATED_FRAME'
  | 'NO_WEEKLY_TIME'
  | 'SERVICE_NOT_IN_FORCE'
  | 'ADJUSTMENT_ALREADY_REVIEWED'
  | 'LATER_ADJUSTMENT_EXISTS'
  | 'DECISION_SERVICE_NOT_FOUND'
  | 'ADJUSTMENT_NOT_FOUND'
  | 'INVALID_WEEK';

/** The adjustments module's refusals; `reason` is stable API. */
export const AdjustmentErrors = {
  /** The new time lies outside the delegated frame: the limits in the message and details. */
  outsideFrame: (min: number, max: number): DomainError =>
    refuse(
      'OUTSIDE_DELEGATED_FRAME',
      `Outside the delegated frame: the time must be between ${hoursText(min, 'en')} and ${hoursText(max, 'en')} hours a week`,
      {
        min,
        max,
        fields: [
          {
            field: 'hoursPerWeek',
            problems: [`between ${hoursText(min, 'en')} and ${hoursText(max, 'en')} hours a week`],
          },
        ],
      },
    ),
  noWeeklyTime: (): DomainError =>
    refuse(
      'NO_WEEKLY_TIME',
      'This service has no weekly time to adjust (neither hours nor visits with minutes per visit)',
    ),
  notInForce: (): DomainError =>
    refuse('SERVICE_NOT_IN_FORCE', 'The decided service is not in force today'),
  handoverNotAcknowledged: (): DomainError =>
    refuse(
      'HANDOVER_NOT_ACKNOWLEDGED',
      'The receiving unit adjusts the time once it has acknowledged the handover',
    ),
  alreadyReviewed: (verdict: string): DomainError =>
    refuse('ADJUSTMENT_ALREADY_REVIEWED', `The adjustment is already ${verdict.toLowerCase()}`, {
      verdict,
    }),
  laterAdjustmentExists: (): DomainError =>
    refuse(
      'LATER_ADJUSTMENT_EXISTS',
      'A later adjustment of the same service stands on this one: reverse the later one first',
    ),
  serviceNotFound: (): DomainError =>
    refuse('DECISION_SERVICE_NOT_FOUND', 'No such decided service'),
  adjustmentNotFound: (): DomainError => refuse('ADJUSTMENT_NOT_FOUND', 'No such adjustment'),
  invalidWeek: (): DomainError =>
    badInput('INVALID_WEEK', "The week is an ISO week, 'YYYY-Www' (e.g. 2026-W49)", [
      { field: 'week', problems: ["an ISO week 'YYYY-Www' the year has"] },
    ]),
};
