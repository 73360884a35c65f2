import { badInput, type DomainError, refuse } from 'src/common/graphql/domain-error';

/** Why the audit module refuses: the stable `extensions.reason`, its code by `codeOf`. */
export type AuditRefusal = 'AUDIT_UNAVAILABLE' | 'AUDIT_EVENT_NOT_FOUND' | 'DATES_OUT_OF_ORDER';

/** The audit module's refusals; `reason` is stable API. */
export const AuditErrors = {
  /** The audit rows could not be written, so nothing was `done` ('changed', 'shown'). */
  unavailable: (done: 'changed' | 'shown'): DomainError =>
    refuse('AUDIT_UNAVAILABLE', `The audit trail could not be written; nothing was ${done}`),
  eventNotFound: (): DomainError => refuse('AUDIT_EVENT_NOT_FOUND', 'No such audit event'),
  datesOutOfOrder: (): DomainError =>
    badInput('DATES_OUT_OF_ORDER', '`from` is after `to`', [
      { field: 'from', problems: ['after to'] },
    ]),
};
