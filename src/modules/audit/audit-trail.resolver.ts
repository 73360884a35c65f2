import { Args, ArgsType, Field, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsDate, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { type Caller, CurrentCaller } from 'src/common/auth/caller';
import { connectionType, PageArgs } from 'src/common/graphql/pagination';
import { AuditAccess, AuditEventEntity } from 'src/modules/audit/audit-event.entity';
import { AuditTrailService, type TrailPage } from 'src/modules/audit/audit-trail.service';
import { IdentityLoaders } from 'src/modules/identity';
import { StaffMemberEntity } from 'src/modules/identity/model';

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

  @Field(() => ID, {
    nullable: true,
    description: 'Only what this staff member did (a well-formed id of nobody matches nothing).',
  })
  @IsOptional()
  @IsUUID()
  staffId?: string;

  @Field(() => [AuditAccess], {
    nullable: true,
    description: 'Only these kinds of access (READ, WRITE, REFUSED); empty or absent: all kinds.',
  })
  @IsOptional()
  @ArrayMaxSize(Object.values(AuditAccess).length)
  @IsEnum(AuditAccess, { each: true })
  kinds?: AuditAccess[];
}

@Resolver(() => AuditEventConnection)
export class AuditTrailConnectionResolver {
  constructor(
    private readonly trail: AuditTrailService,
    private readonly identity: IdentityLoaders,
  ) {}

  @ResolveField(() => [StaffMemberEntity], {
    description:
      "Everyone who acted in the person's trail in the period, whatever the staff and kind filters, by name: the choices for filtering by staff member.",
  })
  async actors(@Parent() page: TrailPage, @CurrentCaller() caller: Caller) {
    const ids = await this.trail.actorIds(page.trailQuery);
    const staff = await Promise.all(ids.map((id) => this.identity.staff(caller, id)));
    return staff
      .filter((member) => member !== null)
      .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  }
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
