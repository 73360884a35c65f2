// Front door of the assessments module's model (entities, enums, inputs, rules; no services): see docs/architecture.md, "Front doors".
export { assessedProfessionsOf, latestFunctionScoresOf, whatMattersOf } from './assessment-summary';
export { AssessmentScoreEntity } from './assessment.entity';
export type { AssessmentRefusal } from './assessments.errors';
export { ASSESSMENT_NODE_TABLES } from './assessments.nodes';
export { NOT_RELEVANT, isValidScore, lowestLevel, scoreRangeText } from './function-scale';
export type { FunctionScale } from './function-scale';
export { FunctionVariableEntity } from './function-variable.entity';
