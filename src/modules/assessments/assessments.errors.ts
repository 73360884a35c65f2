import { badInput, type DomainError, type FieldProblem } from 'src/common/graphql/domain-error';

/** Why the assessments module refuses: the stable `extensions.reason`, its code by `codeOf`. */
export type AssessmentRefusal =
  'EMPTY_ASSESSMENT' | 'DUPLICATE_VARIABLE' | 'SCORE_OUT_OF_RANGE' | 'UNKNOWN_VARIABLE';

/** The assessments module's refusals; `reason` is stable API. */
export const AssessmentErrors = {
  empty: (): DomainError =>
    badInput('EMPTY_ASSESSMENT', 'Give at least one finding, function score or suggested level'),
  duplicateVariable: (fields: FieldProblem[]): DomainError =>
    badInput('DUPLICATE_VARIABLE', 'A variable is scored more than once', fields),
  scoreOutOfRange: (fields: FieldProblem[]): DomainError =>
    badInput('SCORE_OUT_OF_RANGE', "A score is outside the scale's range", fields),
  unknownVariable: (fields: FieldProblem[]): DomainError =>
    badInput('UNKNOWN_VARIABLE', "No such function variable on the municipality's scale", fields),
};
