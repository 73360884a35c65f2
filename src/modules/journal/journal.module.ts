import { Module } from '@nestjs/common';
import { CaseJournalResolver } from 'src/modules/journal/case-journal.resolver';
import { IdentityModule } from 'src/modules/identity/identity.module';
import { JournalNotifier } from 'src/modules/journal/journal-notifier';
import { JournalResolver } from 'src/modules/journal/journal.resolver';
import { JournalPages } from 'src/modules/journal/journal-pages';
import { JournalSubscriptions } from 'src/modules/journal/journal-subscriptions';
import { JournalTeamSearch } from 'src/modules/journal/journal-team-search';
import { JournalWriter } from 'src/modules/journal/journal-writer';
import { JournalService } from 'src/modules/journal/journal.service';

@Module({
  imports: [IdentityModule],
  providers: [
    JournalWriter,
    JournalPages,
    JournalTeamSearch,
    JournalSubscriptions,
    JournalService,
    JournalNotifier,
    JournalResolver,
    CaseJournalResolver,
  ],
  exports: [JournalService],
})
export class JournalModule {}
