// Front door of the emergency-access module's model (entities, enums, inputs, rules; no services): see docs/architecture.md, "Front doors".
export { emergencyAccessUntilOf } from './emergency-access-reads';
export type { EmergencyAccessRefusal } from './emergency-access.errors';
export { EMERGENCY_ACCESS_NODE_TABLES } from './emergency-access.nodes';
