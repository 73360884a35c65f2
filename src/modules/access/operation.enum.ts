import { registerEnumType } from '@nestjs/graphql';
import { type Operation, OPERATION_RULES, RULE_WHO } from 'src/modules/access/access-rules';

/** The named operations a caller can be offered (`viewerCan`): all but the internal delivery. */
const OFFERED = (Object.keys(OPERATION_RULES) as Operation[]).filter(
  (operation) => operation !== 'journalEntryDelivery',
);

/** The GraphQL enum of named operations, valued by their names. */
export const OperationEnum = Object.fromEntries(OFFERED.map((op) => [op, op])) as Record<
  Operation,
  Operation
>;

registerEnumType(OperationEnum, {
  name: 'Operation',
  description:
    'A named operation of the API, as the access policy decides it (docs/security.md "Who may do what"). Most are the query, mutation or subscription of the same name; `unitFollowUps` is `followUps(unitId)` and `acknowledgeHandoverOnBehalf` is `acknowledgeHandover` with `onBehalfOfName`.',
  valuesMap: Object.fromEntries(
    OFFERED.map((op) => [op, { description: `Allowed to ${RULE_WHO[OPERATION_RULES[op]]}.` }]),
  ),
});
