import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from 'src/common/clock';
import { DataSource } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import { STAFF_DEACTIVATED_CHANNEL, SubscriberSockets } from 'src/common/auth/subscriber-sockets';
import { findGroupedBy, groupInKeyOrder } from 'src/common/graphql/loaders';
import { AccessPolicyService } from 'src/modules/access';
import type { Operation } from 'src/modules/access/model';
import { AuditService } from 'src/modules/audit';
import { AssessmentTeamEntity } from 'src/modules/identity/assessment-team.entity';
import { DistrictEntity } from 'src/modules/identity/district.entity';
import {
  CreateStaffMemberInput,
  TeamMembershipInput,
  UnitMembershipInput,
} from 'src/modules/identity/dto/staff.input';
import { IdentityErrors } from 'src/modules/identity/identity.errors';
import { Profession } from 'src/modules/identity/identity.enums';
import { TeamMembershipEntity, UnitMembershipEntity } from 'src/modules/identity/membership.entity';
import { ServiceUnitEntity } from 'src/modules/identity/service-unit.entity';
import { StaffMemberEntity } from 'src/modules/identity/staff-member.entity';

/** Operations on a team as a whole (its `viewerCan`). */
const TEAM_OPERATIONS = [
  'teamDashboard',
  'teamJournalSearch',
  'teamStaff',
  'followUps',
  'acceptReferral',
  'teamBudget',
] as const satisfies readonly Operation[];

/** Staff, teams and units: the organisation. ADMIN changes it and never sees person data. */
@Injectable()
export class StaffService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicyService,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly sockets: SubscriberSockets,
  ) {}

  async me(caller: Caller): Promise<StaffMemberEntity> {
    const staff = await this.dataSource
      .getRepository(StaffMemberEntity)
      .findOneBy({ id: caller.actor.staffId });
    if (!staff) throw IdentityErrors.staffNotFound();
    return staff;
  }

  districts(): Promise<DistrictEntity[]> {
    return this.dataSource.getRepository(DistrictEntity).find({ order: { name: 'ASC' } });
  }

  async staffMembers(caller: Caller): Promise<StaffMemberEntity[]> {
    this.policy.require(caller, 'staffMembers', undefined);
    return this.dataSource.getRepository(StaffMemberEntity).find({ order: { email: 'ASC' } });
  }

  /** One staff member by id, for `node(id)`: oneself as `me`, anyone else by the ADMIN's rule. */
  async staffMember(caller: Caller, id: string): Promise<StaffMemberEntity> {
    if (id === caller.actor.staffId) return this.me(caller);
    this.policy.require(caller, 'staffMembers', undefined);
    const staff = await this.dataSource.getRepository(StaffMemberEntity).findOneBy({ id });
    if (!staff) throw IdentityErrors.staffNotFound();
    return staff;
  }

  /** What the caller may do with a team now (`viewerCan`): the policy's team-scoped decisions. */
  teamViewerCan(
    caller: Caller,
    team: Pick<AssessmentTeamEntity, 'id' | 'districtId'>,
  ): Operation[] {
    const target = { teamId: team.id, districtId: team.districtId };
    return TEAM_OPERATIONS.filter((operation) => this.policy.allows(caller, operation, target));
  }

  /** The team's active staff, for choosing case members and coordinators (team members only). */
  async teamStaff(caller: Caller, teamId: string): Promise<StaffMemberEntity[]> {
    if (!this.policy.allows(caller, 'teamStaff', { teamId })) {
      // An unknown team is NOT_FOUND, as for the team dashboard.
      if (!(await this.dataSource.getRepository(AssessmentTeamEntity).existsBy({ id: teamId })))
        throw IdentityErrors.teamNotFound();
      this.policy.require(caller, 'teamStaff', { teamId });
    }
    return this.dataSource
      .getRepository(StaffMemberEntity)
      .createQueryBuilder('s')
      .innerJoin(TeamMembershipEntity, 'm', 'm.staff_id = s.id AND m.team_id = :teamId', { teamId })
      .where('s.active')
      .orderBy('s.name', 'ASC')
      .getMany();
  }

  async createStaffMember(
    caller: Caller,
    input: CreateStaffMemberInput,
  ): Promise<StaffMemberEntity> {
    this.policy.require(caller, 'createStaffMember', undefined);
    const email = input.email.trim().toLowerCase();
    const subject = input.subject ?? email;
    return this.dataSource.transaction(async (manager) => {
      const taken = await manager.findOne(StaffMemberEntity, { where: [{ email }, { subject }] });
      if (taken) throw IdentityErrors.staffEmailTaken();
      const staff = manager.create(StaffMemberEntity, {
        email,
        subject,
        name: input.name.trim(),
        profession: input.profession,
        active: true,
        deactivatedAt: null,
      });
      await manager.insert(StaffMemberEntity, staff);
      await this.audit.recordWrite(
        manager,
        caller,
        'createStaffMember',
        {},
        {
          staffId: staff.id,
          profession: staff.profession,
        },
      );
      return staff;
    });
  }

  async deactivateStaffMember(caller: Caller, staffId: string): Promise<StaffMemberEntity> {
    this.policy.require(caller, 'deactivateStaffMember', undefined);
    // An admin cannot lock themselves (possibly the last admin) out.
    if (staffId === caller.actor.staffId) throw IdentityErrors.cannotDeactivateSelf();
    const deactivated = await this.dataSource.transaction(async (manager) => {
      const staff = await manager.findOne(StaffMemberEntity, {
        where: { id: staffId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!staff) throw IdentityErrors.staffNotFound();
      if (!staff.active) throw IdentityErrors.alreadyDeactivated();
      staff.active = false;
      staff.deactivatedAt = this.clock.now();
      await manager.update(
        StaffMemberEntity,
        { id: staff.id },
        { active: false, deactivatedAt: staff.deactivatedAt },
      );
      await this.audit.recordWrite(manager, caller, 'deactivateStaffMember', {}, { staffId });
      // Every API instance closes this staff member's subscription sockets on commit.
      await manager.query('SELECT pg_notify($1, $2)', [STAFF_DEACTIVATED_CHANNEL, staffId]);
      return staff;
    });
    // This instance at once, even if its listener is reconnecting.
    this.sockets.closeFor(staffId);
    return deactivated;
  }

  async addTeamMembership(caller: Caller, input: TeamMembershipInput): Promise<StaffMemberEntity> {
    this.policy.require(caller, 'addTeamMembership', undefined);
    return this.dataSource.transaction(async (manager) => {
      const staff = await manager.findOneBy(StaffMemberEntity, { id: input.staffId });
      if (!staff) throw IdentityErrors.staffNotFound();
      if (!(await manager.existsBy(AssessmentTeamEntity, { id: input.teamId })))
        throw IdentityErrors.teamNotFound();
      if (staff.profession === Profession.HOME_CARE) throw IdentityErrors.homeCareNotInTeam();
      if (
        await manager.existsBy(TeamMembershipEntity, {
          staffId: input.staffId,
          teamId: input.teamId,
        })
      ) {
        throw IdentityErrors.alreadyMember();
      }
      await manager.insert(TeamMembershipEntity, { staffId: input.staffId, teamId: input.teamId });
      await this.audit.recordWrite(manager, caller, 'addTeamMembership', {}, { ...input });
      return staff;
    });
  }

  async removeTeamMembership(
    caller: Caller,
    input: TeamMembershipInput,
  ): Promise<StaffMemberEntity> {
    this.policy.require(caller, 'removeTeamMembership', undefined);
    return this.dataSource.transaction(async (manager) => {
      const staff = await manager.findOneBy(StaffMemberEntity, { id: input.staffId });
      if (!staff) throw IdentityErrors.staffNotFound();
      const result = await manager.delete(TeamMembershipEntity, {
        staffId: input.staffId,
        teamId: input.teamId,
      });
      if (!result.affected) throw IdentityErrors.notMember();
      await this.audit.recordWrite(manager, caller, 'removeTeamMembership', {}, { ...input });
      return staff;
    });
  }

  async addUnitMembership(caller: Caller, input: UnitMembershipInput): Promise<StaffMemberEntity> {
    this.policy.require(caller, 'addUnitMembership', undefined);
    return this.dataSource.transaction(async (manager) => {
      const staff = await manager.findOneBy(StaffMemberEntity, { id: input.staffId });
      if (!staff) throw IdentityErrors.staffNotFound();
      if (!(await manager.existsBy(ServiceUnitEntity, { id: input.unitId })))
        throw IdentityErrors.unitNotFound();
      if (
        await manager.existsBy(UnitMembershipEntity, {
          staffId: input.staffId,
          unitId: input.unitId,
        })
      ) {
        throw IdentityErrors.alreadyMember();
      }
      await manager.insert(UnitMembershipEntity, { staffId: input.staffId, unitId: input.unitId });
      await this.audit.recordWrite(manager, caller, 'addUnitMembership', {}, { ...input });
      return staff;
    });
  }

  async removeUnitMembership(
    caller: Caller,
    input: UnitMembershipInput,
  ): Promise<StaffMemberEntity> {
    this.policy.require(caller, 'removeUnitMembership', undefined);
    return this.dataSource.transaction(async (manager) => {
      const staff = await manager.findOneBy(StaffMemberEntity, { id: input.staffId });
      if (!staff) throw IdentityErrors.staffNotFound();
      const result = await manager.delete(UnitMembershipEntity, {
        staffId: input.staffId,
        unitId: input.unitId,
      });
      if (!result.affected) throw IdentityErrors.notMember();
      await this.audit.recordWrite(manager, caller, 'removeUnitMembership', {}, { ...input });
      return staff;
    });
  }

  async teamsOfStaff(staffIds: readonly string[]): Promise<AssessmentTeamEntity[][]> {
    const rows: (AssessmentTeamEntity & { staffId: string })[] = await this.dataSource.query(
      `SELECT t.id, t.name, t.service_area AS "serviceArea", t.district_id AS "districtId", m.staff_id AS "staffId"
         FROM team_memberships m JOIN assessment_teams t ON t.id = m.team_id
        WHERE m.staff_id = ANY($1::uuid[]) ORDER BY t.name`,
      [staffIds],
    );
    return groupInKeyOrder(staffIds, rows, (r) => r.staffId);
  }

  async unitsOfStaff(staffIds: readonly string[]): Promise<ServiceUnitEntity[][]> {
    const rows: (ServiceUnitEntity & { staffId: string })[] = await this.dataSource.query(
      `SELECT u.id, u.name, u.kind, u.is_external AS "isExternal", u.district_id AS "districtId", m.staff_id AS "staffId"
         FROM unit_memberships m JOIN service_units u ON u.id = m.unit_id
        WHERE m.staff_id = ANY($1::uuid[]) ORDER BY u.name`,
      [staffIds],
    );
    return groupInKeyOrder(staffIds, rows, (r) => r.staffId);
  }

  async teamsOfDistricts(districtIds: readonly string[]): Promise<AssessmentTeamEntity[][]> {
    return findGroupedBy(
      this.dataSource.getRepository(AssessmentTeamEntity),
      'districtId',
      districtIds,
      {
        name: 'ASC',
      },
    );
  }

  async unitsOfDistricts(districtIds: readonly string[]): Promise<ServiceUnitEntity[][]> {
    return findGroupedBy(
      this.dataSource.getRepository(ServiceUnitEntity),
      'districtId',
      districtIds,
      {
        name: 'ASC',
      },
    );
  }
}
