// Front door of the cases module's model (entities, enums, inputs, rules; no services): see docs/architecture.md, "Front doors".
export { AssessmentCaseEntity } from './assessment-case.entity';
export { nextStatus } from './case-lifecycle';
export type { CaseAction, CaseStatus, TransitionContext } from './case-lifecycle';
export { casesTable, findCase, interimServicesSummaryOf, patientIdOfCase } from './case-reads';
export {
  CaseHistoryEntity,
  CaseHoldEntity,
  CaseMemberEntity,
  DeadlineExtensionEntity,
  InterimServiceEntity,
} from './case-records.entity';
export { CaseErrors } from './cases.errors';
export type { CaseRefusal } from './cases.errors';
export { CASE_NODE_TABLES, CASE_RECORD_NODE_TABLES } from './cases.nodes';
export { addDays, daysBetween, endOfLocalDay, localDateOf } from './clarification-period';
export type { LocalDate } from './clarification-period';
export { AssignCaseMemberInput } from './dto/case.input';
export {
  DEFAULT_COORDINATION_LEVEL,
  MAX_COORDINATION_LEVEL,
  MIN_COORDINATION_LEVEL,
  requireCoordinationLevels,
} from './coordination-level';
