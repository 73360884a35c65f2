import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller, CurrentCaller } from 'src/common/auth/caller';
import { AssessmentCaseEntity } from 'src/modules/cases/model';
import { JournalEntryEntity } from 'src/modules/journal/journal-entry.entity';
import { JournalPages } from 'src/modules/journal/journal-pages';

/** Journal fields of a case, for list pages. */
@Resolver(() => AssessmentCaseEntity)
export class CaseJournalResolver {
  constructor(private readonly pages: JournalPages) {}

  @ResolveField(() => JournalEntryEntity, {
    nullable: true,
    description:
      'The newest entry of the case journal (its current version); null while the journal is empty.',
  })
  latestJournalEntry(@Parent() kase: AssessmentCaseEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, JournalEntryEntity | null>('caseLatestJournalEntry', (ids) =>
        this.pages.latestEntriesOf(caller, ids),
      )
      .load(kase.id);
  }
}
