import { Module } from '@nestjs/common';
import {
  AssessmentScoreResolver,
  AssessmentsResolver,
  CaseAssessmentsResolver,
  FunctionScoreSummaryResolver,
} from 'src/modules/assessments/assessments.resolver';
import { AssessmentsService } from 'src/modules/assessments/assessments.service';
import { CasesModule } from 'src/modules/cases/cases.module';
import { IdentityModule } from 'src/modules/identity/identity.module';

@Module({
  imports: [IdentityModule, CasesModule],
  providers: [
    AssessmentsService,
    AssessmentsResolver,
    AssessmentScoreResolver,
    FunctionScoreSummaryResolver,
    CaseAssessmentsResolver,
  ],
  exports: [AssessmentsService],
})
export class AssessmentsModule {}
