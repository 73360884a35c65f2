// Front door of the adjustments module's model (entities, enums, inputs, rules; no services): see docs/architecture.md, "Front doors".
export { AdjustmentVerdict } from './adjustment.enums';
export type { AdjustmentRefusal } from './adjustments.errors';
export { isoWeekOf } from './adjustment-rules';
export {
  ServiceAdjustmentEntity,
  ServiceAdjustmentReviewEntity,
} from './service-adjustment.entity';
