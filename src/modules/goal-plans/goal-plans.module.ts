import { Module } from '@nestjs/common';
import { AssessmentsModule } from 'src/modules/assessments/assessments.module';
import { CasesModule } from 'src/modules/cases/cases.module';
import {
  CaseGoalPlanResolver,
  GoalPlanRevisionResolver,
  GoalPlansResolver,
  GoalResolver,
  MeasureResolver,
  MeasureResponsibleResolver,
} from 'src/modules/goal-plans/goal-plans.resolver';
import { GoalPlanAgreementService } from 'src/modules/goal-plans/goal-plan-agreement.service';
import { GoalPlanChanges } from 'src/modules/goal-plans/goal-plan-changes';
import { GoalPlanEditsService } from 'src/modules/goal-plans/goal-plan-edits.service';
import { GoalPlansService } from 'src/modules/goal-plans/goal-plans.service';
import { IdentityModule } from 'src/modules/identity/identity.module';
import { JournalModule } from 'src/modules/journal/journal.module';

@Module({
  imports: [IdentityModule, CasesModule, AssessmentsModule, JournalModule],
  providers: [
    GoalPlansService,
    GoalPlanChanges,
    GoalPlanEditsService,
    GoalPlanAgreementService,
    GoalPlansResolver,
    GoalResolver,
    MeasureResolver,
    MeasureResponsibleResolver,
    GoalPlanRevisionResolver,
    CaseGoalPlanResolver,
  ],
  exports: [GoalPlansService],
})
export class GoalPlansModule {}
