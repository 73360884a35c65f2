// Front door of the statistics module's model (entities, enums, inputs, errors; no services): see docs/architecture.md, "Front doors".
export type { StatisticsRefusal } from './statistics.errors';
