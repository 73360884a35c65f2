import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller, CurrentCaller } from 'src/common/auth/caller';
import { connectionType } from 'src/common/graphql/pagination';
import {
  EmergencyAccessesArgs,
  RequestEmergencyAccessArgs,
} from 'src/modules/emergency-access/dto/emergency-access.args';
import { EmergencyAccessGrantEntity } from 'src/modules/emergency-access/emergency-access-grant.entity';
import { EmergencyAccessService } from 'src/modules/emergency-access/emergency-access.service';
import { IdentityLoaders } from 'src/modules/identity';
import { StaffMemberEntity } from 'src/modules/identity/model';

export const EmergencyAccessConnection = connectionType(
  EmergencyAccessGrantEntity,
  'EmergencyAccess',
);

@Resolver(() => EmergencyAccessGrantEntity)
export class EmergencyAccessResolver {
  constructor(
    private readonly service: EmergencyAccessService,
    private readonly identity: IdentityLoaders,
  ) {}

  @Mutation(() => EmergencyAccessGrantEntity, {
    description:
      'Break-the-glass: opens a case you have no relation to, for reading and journal entries, for 4 hours (clinical staff and caseworkers; a reason is required; flagged to the privacy officer).',
  })
  requestEmergencyAccess(
    @CurrentCaller() caller: Caller,
    @Args() args: RequestEmergencyAccessArgs,
  ) {
    return this.service.request(caller, args.caseId, args.reason);
  }

  @Query(() => EmergencyAccessConnection, {
    description: 'Every emergency access granted in a period, newest first (PRIVACY_OFFICER only).',
  })
  emergencyAccesses(@CurrentCaller() caller: Caller, @Args() args: EmergencyAccessesArgs) {
    return this.service.list(caller, args);
  }

  @ResolveField(() => StaffMemberEntity, { description: 'The staff member who broke the glass.' })
  staff(@Parent() grant: EmergencyAccessGrantEntity, @CurrentCaller() caller: Caller) {
    return this.identity.staff(caller, grant.staffId);
  }

  @ResolveField(() => Boolean, { description: 'Whether the access still runs.' })
  active(@Parent() grant: EmergencyAccessGrantEntity): boolean {
    return this.service.isActive(grant);
  }
}
