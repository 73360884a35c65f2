import { Module } from '@nestjs/common';
import { CaseJournalResolver } from 'src/modules/journal/case-journal.resolver';
import { IdentityModule } from 'src/modules/identity/identity.module';
import { JournalNotifier } from 'src/modules/journal/journal-notifier';
import { JournalResolver } from 'src/modules/journal/journal.resolver';
import { JournalService } from 'src/modules/journal/journal.service';

@Module({
  imports: [IdentityModule],
  providers: [JournalService, JournalNotifier, JournalResolver, CaseJournalResolver],
  exports: [JournalService],
})
export class JournalModule {}
