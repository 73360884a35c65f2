import { type DomainError, refuse } from 'src/common/graphql/domain-error';

/** Why the emergency access module refuses: the stable `extensions.reason`, its code by `codeOf`. */
export type EmergencyAccessRefusal = 'EMERGENCY_ACCESS_NOT_FOUND' | 'DATES_OUT_OF_ORDER';

/** The emergency access module's refusals; `reason` is stable API. */
export const EmergencyAccessErrors = {
  grantNotFound: (): DomainError =>
    refuse('EMERGENCY_ACCESS_NOT_FOUND', 'No such emergency access'),
  datesOutOfOrder: (): DomainError =>
    refuse('DATES_OUT_OF_ORDER', '`from` is after `to`', {
      fields: [{ field: 'from', problems: ['after to'] }],
    }),
};
