import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { type Caller, CurrentCaller } from 'src/common/auth/caller';
import { Node, type TaggedNode } from 'src/common/graphql/node.interface';
import { NodeService } from 'src/modules/node/node.service';

@Resolver(() => Node)
export class NodeResolver {
  constructor(private readonly service: NodeService) {}

  @Query(() => Node, {
    nullable: true,
    description:
      "Any object by its id (a uuid, unique across types), with the access check and audit of the type's own read: a case as `assessmentCase`, a person as `patient`, a journal entry as the case's `journal`, a goal or measure as the case's `goalPlan`, other parts of a case as `assessmentCase`, staff as `staffMembers` (oneself as `me`), audit events and emergency accesses as the privacy officer's lists. An unknown id answers NOT_FOUND / NODE_NOT_FOUND.",
  })
  node(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID, description: 'The uuid of the object.' }, new ParseUUIDPipe())
    id: string,
  ): Promise<TaggedNode> {
    return this.service.node(caller, id);
  }
}
