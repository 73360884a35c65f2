import { Module } from '@nestjs/common';
import { CasesModule } from 'src/modules/cases/cases.module';
import { IdentityModule } from 'src/modules/identity/identity.module';
import { JournalModule } from 'src/modules/journal/journal.module';
import { CaseReferralsResolver, ReferralsResolver } from 'src/modules/referrals/referrals.resolver';
import { ReferralsService } from 'src/modules/referrals/referrals.service';

@Module({
  imports: [IdentityModule, JournalModule, CasesModule],
  providers: [ReferralsService, ReferralsResolver, CaseReferralsResolver],
  exports: [ReferralsService],
})
export class ReferralsModule {}
