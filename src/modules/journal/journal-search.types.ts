import { Field, Int, ObjectType } from '@nestjs/graphql';
import { type Connection, PageInfo } from 'src/common/graphql/pagination';
import { JournalEntryEntity } from 'src/modules/journal/journal-entry.entity';
import { TEAM_SEARCH_COUNT_CAP } from 'src/modules/journal/journal.enums';
import type { ListedEntry } from 'src/modules/journal/journal-listing';

@ObjectType('JournalSearchHitEdge', { description: 'One hit of a team-wide journal search.' })
export class JournalSearchHitEdge {
  @Field({ description: 'Opaque cursor of this edge.' })
  cursor: string;

  @Field(() => JournalEntryEntity, {
    description:
      'The entry (its current version) with `highlight`; `caseId` opens its case and journal.',
  })
  node: ListedEntry;
}

@ObjectType('JournalSearchHitConnection', {
  description: "A page of hits in a team's journals, the most recently written first.",
})
export class JournalSearchHitConnection implements Connection<ListedEntry> {
  @Field(() => [JournalSearchHitEdge], { description: 'The hits of this page.' })
  edges: JournalSearchHitEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits.' })
  pageInfo: PageInfo;

  @Field(() => Int, {
    description: `Number of hits over all pages, counted up to ${TEAM_SEARCH_COUNT_CAP}: when \`totalCountIsExact\` is false there are more (show "${TEAM_SEARCH_COUNT_CAP}+").`,
  })
  totalCount: number;

  @Field({
    description: `Whether \`totalCount\` is exact (false when the search has more than ${TEAM_SEARCH_COUNT_CAP} hits).`,
  })
  totalCountIsExact: boolean;
}
