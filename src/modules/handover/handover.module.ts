import { Module } from '@nestjs/common';
import { CasesModule } from 'src/modules/cases/cases.module';
import { CaseHandoverResolver, HandoverResolver } from 'src/modules/handover/handover.resolver';
import { HandoverService } from 'src/modules/handover/handover.service';
import { IdentityModule } from 'src/modules/identity/identity.module';
import { JournalModule } from 'src/modules/journal/journal.module';

@Module({
  imports: [IdentityModule, CasesModule, JournalModule],
  providers: [HandoverService, HandoverResolver, CaseHandoverResolver],
})
export class HandoverModule {}
