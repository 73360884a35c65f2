// Front door of the referrals module's model (entities, enums, inputs, rules; no services): see docs/architecture.md, "Front doors".
export {
  helpRequestedOfCase,
  insertReassessmentReferral,
  requestedLevelOfCase,
} from './referrals-of-case';
export type { ReferralRefusal } from './referrals.errors';
export { REFERRAL_NODE_TABLES } from './referrals.nodes';
export { DirectResolutionOutcome } from './referral.enums';
