import { Module } from '@nestjs/common';
import { CasesModule } from 'src/modules/cases/cases.module';
import { IdentityModule } from 'src/modules/identity/identity.module';
import { JournalModule } from 'src/modules/journal/journal.module';
import { CaseReferralsResolver, ReferralsResolver } from 'src/modules/referrals/referrals.resolver';
import { ReferralsService } from 'src/modules/referrals/referrals.service';
import {
  ReferralCallbackResolver,
  SingleEntryResolver,
} from 'src/modules/referrals/single-entry.resolver';
import { SingleEntryService } from 'src/modules/referrals/single-entry.service';
import { SettingsModule } from 'src/modules/settings/settings.module';

@Module({
  imports: [IdentityModule, JournalModule, CasesModule, SettingsModule],
  providers: [
    ReferralsService,
    ReferralsResolver,
    CaseReferralsResolver,
    SingleEntryService,
    SingleEntryResolver,
    ReferralCallbackResolver,
  ],
  exports: [ReferralsService],
})
export class ReferralsModule {}
