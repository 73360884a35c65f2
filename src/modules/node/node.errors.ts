import { type DomainError, refuse } from 'src/common/graphql/domain-error';

/** Why the node module refuses: the stable `extensions.reason`, its code by `codeOf`. */
export type NodeRefusal = 'NODE_NOT_FOUND';

/** The node module's refusals; `reason` is stable API. */
export const NodeErrors = {
  nodeNotFound: (): DomainError => refuse('NODE_NOT_FOUND', 'No object has this id'),
};
