import { DomainError } from 'src/common/graphql/domain-error';

/** The emergency access module's refusals; `reason` is stable API. */
export const EmergencyAccessErrors = {
  grantNotFound: (): DomainError =>
    new DomainError('NOT_FOUND', 'EMERGENCY_ACCESS_NOT_FOUND', 'No such emergency access'),
  datesOutOfOrder: (): DomainError =>
    new DomainError('BAD_USER_INPUT', 'DATES_OUT_OF_ORDER', '`from` is after `to`', {
      fields: [{ field: 'from', problems: ['after to'] }],
    }),
};
