// Front door of the access module's model (entities, enums, inputs, rules; no services): see docs/architecture.md, "Front doors".
export {
  EMERGENCY_ACCESS_HOURS,
  NO_RELATION,
  REFUSALS,
  anyRelation,
  caseOperationsAllowed,
  decide,
  findsByNumberOnly,
  mayBeAssigned,
} from './access-rules';
export type {
  CaseOperation,
  CaseRelation,
  Operation,
  Refusal as AccessRefusal,
  Subject,
} from './access-rules';
export { OperationEnum } from './operation.enum';
