// Front door of the handover module's model (entities, enums, inputs, rules; no services): see docs/architecture.md, "Front doors".
export { FollowUpEntity, HandoverEntity } from './handover.entity';
export { HandoverDestination } from './handover.enums';
export type { HandoverRefusal } from './handover.errors';
export { HANDOVER_NODE_TABLES } from './handover.nodes';
export { acknowledgedHandoverOf } from './handover-reads';
