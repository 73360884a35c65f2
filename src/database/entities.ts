import { EmergencyAccessGrantEntity } from 'src/modules/emergency-access/emergency-access-grant.entity';
import { AssessmentEntity, AssessmentScoreEntity } from 'src/modules/assessments/assessment.entity';
import { FunctionVariableEntity } from 'src/modules/assessments/function-variable.entity';
import { AssessmentCaseEntity } from 'src/modules/cases/assessment-case.entity';
import {
  CaseHistoryEntity,
  CaseHoldEntity,
  CaseMemberEntity,
  DeadlineExtensionEntity,
  InterimServiceEntity,
} from 'src/modules/cases/case-records.entity';
import {
  GoalEntity,
  GoalPlanEntity,
  GoalPlanRevisionEntity,
  MeasureEntity,
} from 'src/modules/goal-plans/goal-plan.entity';
import { JournalEntryEntity, JournalHeadEntity } from 'src/modules/journal/journal-entry.entity';
import {
  CatalogueServiceEntity,
  LegalBasisEntity,
  ServiceLevelEntity,
} from 'src/modules/decisions/catalogue.entity';
import { DecisionEntity, DecisionServiceEntity } from 'src/modules/decisions/decision.entity';
import { FollowUpEntity, HandoverEntity } from 'src/modules/handover/handover.entity';
import { ReferralEntity } from 'src/modules/referrals/referral.entity';
import { ReferralCallbackEntity } from 'src/modules/referrals/referral-callback.entity';
import { AuditEventEntity } from 'src/modules/audit/audit-event.entity';
import { AssessmentTeamEntity } from 'src/modules/identity/assessment-team.entity';
import { DistrictEntity } from 'src/modules/identity/district.entity';
import { TeamMembershipEntity, UnitMembershipEntity } from 'src/modules/identity/membership.entity';
import { PatientContactEntity, PatientEntity } from 'src/modules/identity/patient.entity';
import { ServiceUnitEntity } from 'src/modules/identity/service-unit.entity';
import { StaffMemberEntity } from 'src/modules/identity/staff-member.entity';
import {
  DistrictSettingsEntity,
  MunicipalitySettingsEntity,
  MunicipalitySettingsHistoryEntity,
} from 'src/modules/settings/municipality-settings.entity';
import {
  ServiceAdjustmentEntity,
  ServiceAdjustmentReviewEntity,
} from 'src/modules/adjustments/service-adjustment.entity';

/** Every entity, listed explicitly (jest runs as ESM, where globs over __dirname do not work). */
export const ENTITIES = [
  DistrictEntity,
  AssessmentTeamEntity,
  ServiceUnitEntity,
  StaffMemberEntity,
  TeamMembershipEntity,
  UnitMembershipEntity,
  PatientEntity,
  PatientContactEntity,
  AuditEventEntity,
  ReferralEntity,
  ReferralCallbackEntity,
  AssessmentCaseEntity,
  CaseHistoryEntity,
  CaseHoldEntity,
  DeadlineExtensionEntity,
  CaseMemberEntity,
  InterimServiceEntity,
  FunctionVariableEntity,
  AssessmentEntity,
  AssessmentScoreEntity,
  JournalEntryEntity,
  JournalHeadEntity,
  ServiceLevelEntity,
  CatalogueServiceEntity,
  LegalBasisEntity,
  DecisionEntity,
  DecisionServiceEntity,
  HandoverEntity,
  FollowUpEntity,
  GoalPlanEntity,
  GoalEntity,
  MeasureEntity,
  GoalPlanRevisionEntity,
  EmergencyAccessGrantEntity,
  MunicipalitySettingsEntity,
  DistrictSettingsEntity,
  MunicipalitySettingsHistoryEntity,
  ServiceAdjustmentEntity,
  ServiceAdjustmentReviewEntity,
];
