import { Module } from '@nestjs/common';
import {
  CaseHistoryResolver,
  CaseMemberResolver,
  CasesResolver,
  CoordinatorLoadResolver,
} from 'src/modules/cases/cases.resolver';
import { CasesService } from 'src/modules/cases/cases.service';
import { IdentityModule } from 'src/modules/identity/identity.module';

@Module({
  imports: [IdentityModule],
  providers: [
    CasesService,
    CasesResolver,
    CoordinatorLoadResolver,
    CaseMemberResolver,
    CaseHistoryResolver,
  ],
  exports: [CasesService],
})
export class CasesModule {}
