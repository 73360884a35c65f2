import { DomainError } from 'src/common/graphql/domain-error';

/** The node module's refusals; `reason` is stable API. */
export const NodeErrors = {
  nodeNotFound: (): DomainError =>
    new DomainError('NOT_FOUND', 'NODE_NOT_FOUND', 'No object has this id'),
};
