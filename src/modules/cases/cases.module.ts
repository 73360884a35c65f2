import { Module } from '@nestjs/common';
import {
  CaseHistoryResolver,
  CaseMemberResolver,
  CasesResolver,
  CoordinatorLoadResolver,
} from 'src/modules/cases/cases.resolver';
import { CasesService } from 'src/modules/cases/cases.service';
import { IdentityModule } from 'src/modules/identity/identity.module';
import { JournalModule } from 'src/modules/journal/journal.module';

@Module({
  imports: [IdentityModule, JournalModule],
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
