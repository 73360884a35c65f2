import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller, CurrentCaller } from 'src/common/auth/caller';
import { AssessmentCaseEntity } from 'src/modules/cases/assessment-case.entity';
import { JournalEntryEntity } from 'src/modules/journal/journal-entry.entity';
import { JournalService } from 'src/modules/journal/journal.service';

/** Journal fields of a case, for list pages. */
@Resolver(() => AssessmentCaseEntity)
export class CaseJournalResolver {
  constructor(private readonly service: JournalService) {}

  @ResolveField(() => JournalEntryEntity, {
    nullable: true,
    description:
      'The newest entry of the case journal (its current version); null while the journal is empty.',
  })
  latestJournalEntry(@Parent() kase: AssessmentCaseEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, JournalEntryEntity | null>('caseLatestJournalEntry', (ids) =>
        this.service.latestEntriesOf(caller, ids),
      )
      .load(kase.id);
  }
}
