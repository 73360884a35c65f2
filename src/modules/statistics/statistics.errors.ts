import { badInput, type DomainError } from 'src/common/graphql/domain-error';

/** Why the statistics module refuses: the stable `extensions.reason`, its code by `codeOf`. */
export type StatisticsRefusal = 'BUDGET_PERIOD_OUT_OF_ORDER' | 'BUDGET_PERIOD_TOO_LONG';

/** The statistics module's refusals; `reason` is stable API. */
export const StatisticsErrors = {
  periodOutOfOrder: (): DomainError =>
    badInput('BUDGET_PERIOD_OUT_OF_ORDER', 'The period ends before it starts', [
      { field: 'to', problems: ['before from'] },
    ]),
  periodTooLong: (days: number): DomainError =>
    badInput('BUDGET_PERIOD_TOO_LONG', `The period is ${days} days: at most 366`, [
      { field: 'to', problems: ['at most 366 days from from'] },
    ]),
};
