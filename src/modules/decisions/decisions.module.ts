import { Module } from '@nestjs/common';
import { CasesModule } from 'src/modules/cases/cases.module';
import {
  CaseDecisionResolver,
  DecisionServicesResolver,
  DecisionsResolver,
  ServiceLevelsResolver,
} from 'src/modules/decisions/decisions.resolver';
import { DecisionsService } from 'src/modules/decisions/decisions.service';
import { IdentityModule } from 'src/modules/identity/identity.module';

@Module({
  imports: [IdentityModule, CasesModule],
  providers: [
    DecisionsService,
    DecisionsResolver,
    DecisionServicesResolver,
    ServiceLevelsResolver,
    CaseDecisionResolver,
  ],
  exports: [DecisionsService],
})
export class DecisionsModule {}
