// Front door of the audit module's model (entities, enums, inputs, rules; no services): see docs/architecture.md, "Front doors".
export { AuditCollector } from './audit-collector';
export type { Touched } from './audit-collector';
export { auditFlushPlugin } from './audit-flush.plugin';
export { AuditErrors } from './audit.errors';
export type { AuditRefusal } from './audit.errors';
export { AUDIT_NODE_TABLES } from './audit.nodes';
