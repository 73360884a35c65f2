import {
  Args,
  ArgsType,
  Context,
  Field,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { IsUUID, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { type Caller, callerFrom, CurrentCaller, type GqlContext } from 'src/common/auth/caller';
import { connectionType } from 'src/common/graphql/pagination';
import { FreeText } from 'src/common/graphql/text.validators';
import {
  AddJournalEntryInput,
  AmendJournalEntryInput,
  JournalArgs,
  TeamJournalSearchArgs,
} from 'src/modules/journal/dto/journal.input';
import { JournalEntryEntity } from 'src/modules/journal/journal-entry.entity';
import { JournalSearchHitConnection } from 'src/modules/journal/journal-search.types';
import { deliveries, JournalNotifier } from 'src/modules/journal/journal-notifier';
import { JournalPages } from 'src/modules/journal/journal-pages';
import { JournalSubscriptions } from 'src/modules/journal/journal-subscriptions';
import { JournalTeamSearch } from 'src/modules/journal/journal-team-search';
import { JournalWriter } from 'src/modules/journal/journal-writer';

export const JournalEntryConnection = connectionType(JournalEntryEntity, 'JournalEntry');

@ArgsType()
export class AmendJournalEntryArgs {
  @Field(() => ID, { description: 'The latest version of the entry.' })
  @IsUUID()
  entryId: string;

  @Field(() => AmendJournalEntryInput, { description: 'The corrected version.' })
  @ValidateNested()
  @Type(() => AmendJournalEntryInput)
  input: AmendJournalEntryInput;

  @Field({ description: 'Why the entry is corrected.' })
  @FreeText(1, 2000)
  reason: string;
}

@ArgsType()
export class MarkEnteredInErrorArgs {
  @Field(() => ID, { description: 'The latest version of the entry.' })
  @IsUUID()
  entryId: string;

  @Field({ description: 'Why the entry was wrong (e.g. written in the wrong case).' })
  @FreeText(1, 2000)
  reason: string;
}

@Resolver(() => JournalEntryEntity)
export class JournalResolver {
  constructor(
    private readonly writer: JournalWriter,
    private readonly pages: JournalPages,
    private readonly search: JournalTeamSearch,
    private readonly subscriptions: JournalSubscriptions,
    private readonly notifier: JournalNotifier,
  ) {}

  @Query(() => JournalEntryConnection, {
    description:
      "A case's journal: each entry's current version, newest first; with `search`, ranked hits.",
  })
  journal(@CurrentCaller() caller: Caller, @Args() args: JournalArgs) {
    return this.pages.journal(caller, args);
  }

  @Query(() => JournalSearchHitConnection, {
    description:
      "Full-text search over the journals of a team's cases that you may see (members of the team): each entry's current version, the most recently written first, with `highlight`. Audited like `journal`.",
  })
  teamJournalSearch(@CurrentCaller() caller: Caller, @Args() args: TeamJournalSearchArgs) {
    return this.search.teamSearch(caller, args);
  }

  @Mutation(() => JournalEntryEntity, {
    description:
      'Writes an entry in the case journal (clinical staff, caseworkers and coordinators of the case).',
  })
  addJournalEntry(
    @CurrentCaller() caller: Caller,
    @Args(
      'caseId',
      { description: 'The assessment case whose journal gets the entry.', type: () => ID },
      new ParseUUIDPipe(),
    )
    caseId: string,
    @Args('input', {
      description:
        'The entry: kind (not EVENT, DECISION or HANDOVER), text, visibility to the person, an optional goal or measure, and an idempotency key.',
    })
    input: AddJournalEntryInput,
  ) {
    return this.writer.addEntry(caller, caseId, input);
  }

  @Mutation(() => JournalEntryEntity, {
    description:
      'Corrects an entry (its author only): a new version that amends the latest; nothing is overwritten.',
  })
  amendJournalEntry(@CurrentCaller() caller: Caller, @Args() args: AmendJournalEntryArgs) {
    return this.writer.amendEntry(caller, args.entryId, args.input, args.reason);
  }

  @Mutation(() => JournalEntryEntity, {
    description: 'Marks an entry as entered in error (its author only), again as a new version.',
  })
  markJournalEntryEnteredInError(
    @CurrentCaller() caller: Caller,
    @Args() args: MarkEnteredInErrorArgs,
  ) {
    return this.writer.markEnteredInError(caller, args.entryId, args.reason);
  }

  @Subscription(() => JournalEntryEntity, {
    description:
      'New entries and new versions in a case journal, as they are written (any API instance). Each entry is decided again as it is delivered (still active, still related to the case) and audited as a read; when access is lost the subscription ends with FORBIDDEN naming why (STAFF_DEACTIVATED, NO_RELATION_TO_CASE, EMERGENCY_ACCESS_EXPIRED).',
    // The entries come checked and audited from the iterator (JournalSubscriptions.deliver).
    resolve: (entry: JournalEntryEntity) => entry,
  })
  async journalEntryAdded(
    @Args(
      'caseId',
      {
        description:
          'The assessment case whose new journal entries are delivered; ends with FORBIDDEN when access is gone.',
        type: () => ID,
      },
      new ParseUUIDPipe(),
    )
    caseId: string,
    @Context() context: GqlContext,
  ): Promise<AsyncIterableIterator<JournalEntryEntity>> {
    const subscriber = await this.subscriptions.openSubscription(callerFrom(context), caseId);
    return deliveries(this.notifier.subscribe(caseId), (note) =>
      this.subscriptions.deliver(subscriber, note),
    );
  }

  @ResolveField(() => [JournalEntryEntity], {
    description: 'Every version of this entry, oldest first.',
  })
  versions(@Parent() entry: JournalEntryEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, JournalEntryEntity[]>('journalVersions', (ids) => this.pages.versionsOf(ids))
      .load(entry.rootId);
  }
}
