// Front door of the node module's model (rules and types; no services): see docs/architecture.md, "Front doors".
export type { NodeRefusal } from './node.errors';
