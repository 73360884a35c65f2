import { Args, ArgsType, Field, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsUUID } from 'class-validator';
import { type Caller, CurrentCaller } from 'src/common/auth/caller';
import { connectionType, PageArgs } from 'src/common/graphql/pagination';
import { AuditEventEntity } from 'src/modules/audit/audit-event.entity';
import { AuditTrailService } from 'src/modules/audit/audit-trail.service';
import { IdentityLoaders } from 'src/modules/identity/identity.loaders';
import { StaffMemberEntity } from 'src/modules/identity/staff-member.entity';

export const AuditEventConnection = connectionType(AuditEventEntity, 'AuditEvent');

@ArgsType()
export class AuditTrailArgs extends PageArgs {
  @Field(() => ID, { description: 'The person.' })
  @IsUUID()
  patientId: string;

  @Field({ nullable: true, description: 'Events at or after.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Events before.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}

@Resolver(() => AuditEventEntity)
export class AuditTrailResolver {
  constructor(
    private readonly trail: AuditTrailService,
    private readonly identity: IdentityLoaders,
  ) {}

  @Query(() => AuditEventConnection, {
    description:
      "Who has accessed a person's data: every read, write and refused attempt, newest first (PRIVACY_OFFICER only; never journal contents).",
  })
  auditTrail(@CurrentCaller() caller: Caller, @Args() args: AuditTrailArgs) {
    return this.trail.trail(caller, args);
  }

  @ResolveField(() => StaffMemberEntity, {
    nullable: true,
    description: 'The staff member who acted (none for an unauthenticated attempt).',
  })
  actor(@Parent() event: AuditEventEntity, @CurrentCaller() caller: Caller) {
    return event.actorId ? this.identity.staff(caller, event.actorId) : null;
  }
}
