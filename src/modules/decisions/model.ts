// Front door of the decisions module's model (entities, enums, inputs, rules; no services): see docs/architecture.md, "Front doors".
export { decisionOutcomeOf } from './decision-outcome';
export { decisionSummaryOf } from './decision-summary';
export { DecisionEntity, DecisionServiceEntity } from './decision.entity';
export type { DecisionRefusal } from './decisions.errors';
export { DECISION_NODE_TABLES } from './decisions.nodes';
export { ServiceLevel, stepOf } from './service-level';
export { weeklyHoursOf, type DecidedAmount } from './weekly-hours';
export {
  caseOfDecidedService,
  decidedServicesOf,
  decisionServicesByIds,
  type DecidedService,
} from './decided-service-reads';
export { decisionTariffOf } from './decision-tariff';
export {
  TariffBand,
  TariffCategory,
  DEFAULT_NURSING_WEEKS,
  tariffBandOf,
  tariffFollowUpDate,
  tariffWeeks,
  weeklyPriceOf,
  type DecisionTariff,
} from './tariff';
