import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller, CurrentCaller } from 'src/common/auth/caller';
import { type Operation, OperationEnum } from 'src/modules/access/model';
import { AssessmentTeamEntity } from 'src/modules/identity/assessment-team.entity';
import { DistrictEntity } from 'src/modules/identity/district.entity';
import {
  CreateStaffMemberInput,
  TeamMembershipInput,
  UnitMembershipInput,
} from 'src/modules/identity/dto/staff.input';
import { ServiceUnitEntity } from 'src/modules/identity/service-unit.entity';
import { StaffMemberEntity } from 'src/modules/identity/staff-member.entity';
import { StaffService } from 'src/modules/identity/staff.service';

@Resolver(() => StaffMemberEntity)
export class StaffResolver {
  constructor(private readonly staff: StaffService) {}

  @Query(() => StaffMemberEntity, { description: 'The signed-in staff member.' })
  me(@CurrentCaller() caller: Caller): Promise<StaffMemberEntity> {
    return this.staff.me(caller);
  }

  @Query(() => [StaffMemberEntity], { description: 'All staff members (ADMIN only).' })
  staffMembers(@CurrentCaller() caller: Caller): Promise<StaffMemberEntity[]> {
    return this.staff.staffMembers(caller);
  }

  @Query(() => [StaffMemberEntity], {
    description:
      "The team's active staff, by name: whom a coordinator can assign to a case or hand it to (the team's members only).",
  })
  teamStaff(
    @CurrentCaller() caller: Caller,
    @Args('teamId', { description: 'The assessment team.', type: () => ID }, new ParseUUIDPipe())
    teamId: string,
  ): Promise<StaffMemberEntity[]> {
    return this.staff.teamStaff(caller, teamId);
  }

  @Mutation(() => StaffMemberEntity, { description: 'Creates a staff member (ADMIN only).' })
  createStaffMember(
    @CurrentCaller() caller: Caller,
    @Args('input', {
      description:
        "The new staff member: e-mail, name, profession and the identity provider's subject; teams and units are added separately.",
    })
    input: CreateStaffMemberInput,
  ) {
    return this.staff.createStaffMember(caller, input);
  }

  @Mutation(() => StaffMemberEntity, {
    description: 'Deactivates a staff member: their tokens are refused from now on (ADMIN only).',
  })
  deactivateStaffMember(
    @CurrentCaller() caller: Caller,
    @Args(
      'staffId',
      {
        description: 'The staff member to deactivate; their tokens are refused from then on.',
        type: () => ID,
      },
      new ParseUUIDPipe(),
    )
    staffId: string,
  ) {
    return this.staff.deactivateStaffMember(caller, staffId);
  }

  @Mutation(() => StaffMemberEntity, {
    description: 'Adds a staff member to an assessment team (ADMIN only).',
  })
  addTeamMembership(
    @CurrentCaller() caller: Caller,
    @Args('input', { description: 'The staff member and the assessment team they join.' })
    input: TeamMembershipInput,
  ) {
    return this.staff.addTeamMembership(caller, input);
  }

  @Mutation(() => StaffMemberEntity, {
    description: 'Removes a staff member from an assessment team (ADMIN only).',
  })
  removeTeamMembership(
    @CurrentCaller() caller: Caller,
    @Args('input', { description: 'The staff member and the assessment team they leave.' })
    input: TeamMembershipInput,
  ) {
    return this.staff.removeTeamMembership(caller, input);
  }

  @Mutation(() => StaffMemberEntity, {
    description: 'Adds a staff member to a service unit (ADMIN only).',
  })
  addUnitMembership(
    @CurrentCaller() caller: Caller,
    @Args('input', {
      description: 'The staff member and the service unit (receiving unit) they join.',
    })
    input: UnitMembershipInput,
  ) {
    return this.staff.addUnitMembership(caller, input);
  }

  @Mutation(() => StaffMemberEntity, {
    description: 'Removes a staff member from a service unit (ADMIN only).',
  })
  removeUnitMembership(
    @CurrentCaller() caller: Caller,
    @Args('input', {
      description: 'The staff member and the service unit (receiving unit) they leave.',
    })
    input: UnitMembershipInput,
  ) {
    return this.staff.removeUnitMembership(caller, input);
  }

  @ResolveField(() => [AssessmentTeamEntity], {
    description: 'Assessment teams the staff member belongs to.',
  })
  teams(@Parent() staff: StaffMemberEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, AssessmentTeamEntity[]>('teamsOfStaff', (ids) => this.staff.teamsOfStaff(ids))
      .load(staff.id);
  }

  @ResolveField(() => [ServiceUnitEntity], {
    description: 'Service units the staff member belongs to.',
  })
  serviceUnits(@Parent() staff: StaffMemberEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, ServiceUnitEntity[]>('unitsOfStaff', (ids) => this.staff.unitsOfStaff(ids))
      .load(staff.id);
  }
}

@Resolver(() => DistrictEntity)
export class DistrictsResolver {
  constructor(private readonly staff: StaffService) {}

  @Query(() => [DistrictEntity], {
    description: "The municipality's districts with their teams and units.",
  })
  districts(): Promise<DistrictEntity[]> {
    return this.staff.districts();
  }

  @ResolveField(() => [AssessmentTeamEntity], { description: 'Assessment teams of the district.' })
  teams(@Parent() district: DistrictEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, AssessmentTeamEntity[]>('teamsOfDistricts', (ids) =>
        this.staff.teamsOfDistricts(ids),
      )
      .load(district.id);
  }

  @ResolveField(() => [ServiceUnitEntity], {
    description: 'Receiving service units of the district.',
  })
  serviceUnits(@Parent() district: DistrictEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, ServiceUnitEntity[]>('unitsOfDistricts', (ids) =>
        this.staff.unitsOfDistricts(ids),
      )
      .load(district.id);
  }
}

@Resolver(() => AssessmentTeamEntity)
export class AssessmentTeamsResolver {
  constructor(private readonly staff: StaffService) {}

  @ResolveField(() => [OperationEnum], {
    description:
      "The team's operations you may perform now (its dashboard, journal search, staff list, follow-ups, triage of its referrals), decided by the access policy: show a team's figures or search only when listed.",
  })
  viewerCan(@Parent() team: AssessmentTeamEntity, @CurrentCaller() caller: Caller): Operation[] {
    return this.staff.teamViewerCan(caller, team);
  }
}
