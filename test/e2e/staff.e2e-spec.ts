import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, errorOf, idOfStaff, type TestApp } from 'test/utils/test-app';

const STAFF_FIELDS = 'id email name profession active deactivatedAt';
const CREATE = `mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { ${STAFF_FIELDS} } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateStaffMember(staffId: $id) { ${STAFF_FIELDS} } }`;
const ADD_TEAM =
  'mutation($input: TeamMembershipInput!) { addTeamMembership(input: $input) { id teams { name } } }';
const REMOVE_TEAM =
  'mutation($input: TeamMembershipInput!) { removeTeamMembership(input: $input) { id teams { name } } }';
const ADD_UNIT =
  'mutation($input: UnitMembershipInput!) { addUnitMembership(input: $input) { id serviceUnits { name } } }';
const REMOVE_UNIT =
  'mutation($input: UnitMembershipInput!) { removeUnitMembership(input: $input) { id serviceUnits { name } } }';
const STAFF_MEMBERS = '{ staffMembers { id email profession active } }';
const DISTRICTS = '{ districts { name teams { name serviceArea } serviceUnits { name kind } } }';
const ME = '{ me { email profession teams { name } serviceUnits { name } } }';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

interface Staff {
  id: string;
  email: string;
  name: string;
  profession: string;
  active: boolean;
  deactivatedAt: string | null;
}

describe('staff and organisation (ADMIN)', () => {
  let t: TestApp;
  let admin: string;
  let adminId: string;
  let teamNord: string;
  let teamSor: string;
  let unitHomeCareNord: string;
  let serial = 0;

  const idOf = async (table: 'assessment_teams' | 'service_units', name: string) => {
    const rows = (await t.dataSource.query(`SELECT id FROM ${table} WHERE name = $1`, [name])) as {
      id: string;
    }[];
    return rows[0].id;
  };

  /** Creates a fresh staff member through the API, as the admin. */
  const newStaff = async (profession = 'NURSE', email = `staff${++serial}@demo.local`) => {
    const result = await t.gql<{ createStaffMember: Staff }>(
      CREATE,
      { input: { email, name: `Ansatt ${serial}`, profession } },
      admin,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.createStaffMember;
  };

  /** The admin's WRITE audits of `action` whose arguments hold every pair of `args`. */
  const writeAudits = (action: string, args: Record<string, string> = {}) =>
    t.count('audit_events', `action = $1 AND access = 'WRITE' AND actor_id = $2 AND args @> $3`, [
      action,
      adminId,
      JSON.stringify(args),
    ]);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.as('admin@demo.local');
    adminId = await idOfStaff(t, 'admin@demo.local');
    teamNord = await idOf('assessment_teams', 'Vurderingsteam Nord');
    teamSor = await idOf('assessment_teams', 'Vurderingsteam Sør');
    unitHomeCareNord = await idOf('service_units', 'Hjemmetjenesten Nord');
  });
  afterAll(async () => {
    await t.close();
  });

  describe('createStaffMember', () => {
    it('creates an active staff member with the e-mail in lower case and audits the write', async () => {
      // Arrange
      const input = {
        email: 'Kari.Nordmann@Demo.Local',
        name: 'Kari Nordmann',
        profession: 'NURSE',
      };

      // Act
      const result = await t.gql<{ createStaffMember: Staff }>(CREATE, { input }, admin);

      // Assert
      expect(result.errors).toBeUndefined();
      const staff = result.data!.createStaffMember;
      expect(staff).toEqual({
        id: expect.any(String),
        email: 'kari.nordmann@demo.local',
        name: 'Kari Nordmann',
        profession: 'NURSE',
        active: true,
        deactivatedAt: null,
      });
      expect(await t.count('staff_members', `email = 'kari.nordmann@demo.local'`)).toBe(1);
      expect(await writeAudits('createStaffMember', { staffId: staff.id })).toBe(1);
    });

    it('lets the new staff member sign in with their e-mail as subject', async () => {
      // Arrange
      const staff = await newStaff('PHYSIOTHERAPIST', 'Ny.Fysio@Demo.Local');

      // Act
      const result = await t.gql(ME, {}, await t.as('ny.fysio@demo.local'));

      // Assert
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({
        me: {
          email: staff.email,
          profession: 'PHYSIOTHERAPIST',
          teams: [],
          serviceUnits: [],
        },
      });
    });

    it('lets the new staff member sign in with an explicitly given subject', async () => {
      // Arrange
      const created = await t.gql(
        CREATE,
        {
          input: {
            email: 'idp.user@demo.local',
            name: 'IdP User',
            profession: 'CASEWORKER',
            subject: 'f3b1c2d4-idp-subject',
          },
        },
        admin,
      );
      expect(created.errors).toBeUndefined();

      // Act
      const bySubject = await t.gql(ME, {}, await t.as('f3b1c2d4-idp-subject'));
      const byEmail = await t.gql(ME, {}, await t.as('idp.user@demo.local'));

      // Assert
      expect(bySubject.data?.me).toMatchObject({ email: 'idp.user@demo.local' });
      expect(errorOf(byEmail)).toEqual({ code: 'UNAUTHENTICATED', reason: 'UNKNOWN_SUBJECT' });
    });

    it('refuses with CONFLICT when the e-mail is taken, whatever its case', async () => {
      // Arrange
      const before = await t.count('staff_members');

      // Act
      const result = await t.gql(
        CREATE,
        { input: { email: 'Nurse.Nord@Demo.Local', name: 'Dobbel', profession: 'NURSE' } },
        admin,
      );

      // Assert
      expect(errorOf(result)).toEqual({ code: 'CONFLICT', reason: 'STAFF_EMAIL_TAKEN' });
      expect(await t.count('staff_members')).toBe(before);
    });

    it('refuses with CONFLICT when the subject is taken by someone else', async () => {
      // Arrange
      const before = await t.count('staff_members');

      // Act
      const result = await t.gql(
        CREATE,
        {
          input: {
            email: 'other.person@demo.local',
            name: 'Other Person',
            profession: 'NURSE',
            subject: 'nurse.nord@demo.local',
          },
        },
        admin,
      );

      // Assert
      expect(errorOf(result)).toEqual({ code: 'CONFLICT', reason: 'STAFF_EMAIL_TAKEN' });
      expect(await t.count('staff_members')).toBe(before);
    });

    it('refuses with BAD_USER_INPUT naming email and name when they are invalid', async () => {
      // Arrange
      const before = await t.count('staff_members');

      // Act
      const result = await t.gql(
        CREATE,
        { input: { email: 'not-an-email', name: '', profession: 'NURSE' } },
        admin,
      );

      // Assert
      expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
      const fields = (result.errors?.[0].extensions.fields as { field: string }[])
        .map((f) => f.field)
        .sort();
      expect(fields).toEqual(['input.email', 'input.name']);
      expect(await t.count('staff_members')).toBe(before);
    });

    it('refuses with BAD_USER_INPUT when the name holds control characters', async () => {
      // Act
      const result = await t.gql(
        CREATE,
        { input: { email: 'ctrl@demo.local', name: 'Kari\u0000Nordmann', profession: 'NURSE' } },
        admin,
      );

      // Assert
      expect(errorOf(result).code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions.fields).toEqual([
        { field: 'input.name', problems: [expect.any(String)] },
      ]);
      expect(await t.count('staff_members', `email = 'ctrl@demo.local'`)).toBe(0);
    });

    it('refuses a blank name or subject (VALIDATION_FAILED) and writes nothing', async () => {
      for (const input of [
        { email: 'blank@demo.local', name: '   ', profession: 'NURSE' },
        { email: 'blank@demo.local', name: 'Kari Blank', profession: 'NURSE', subject: '  ' },
      ]) {
        const result = await t.gql(CREATE, { input }, admin);
        expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
      }
      expect(await t.count('staff_members', `email = 'blank@demo.local'`)).toBe(0);
    });

    it('refuses with BAD_USER_INPUT and writes nothing when the profession is unknown', async () => {
      // Arrange
      const before = await t.count('staff_members');

      // Act
      const result = await t.gql(
        CREATE,
        { input: { email: 'janitor@demo.local', name: 'Vaktmester', profession: 'JANITOR' } },
        admin,
      );

      // Assert
      expect(errorOf(result).code).toBe('BAD_USER_INPUT');
      expect(await t.count('staff_members')).toBe(before);
    });

    // GraphQL itself refuses an unknown enum value; the field is still named.
    it('names profession in extensions.fields when the profession is unknown', async () => {
      // Act
      const result = await t.gql(
        CREATE,
        { input: { email: 'janitor@demo.local', name: 'Vaktmester', profession: 'JANITOR' } },
        admin,
      );

      // Assert
      expect(errorOf(result).code).toBe('BAD_USER_INPUT');
      const fields = (result.errors?.[0].extensions.fields as { field: string }[] | undefined)?.map(
        (f) => f.field,
      );
      expect(fields).toEqual(['input.profession']);
    });

    it('creates exactly one staff member when the same e-mail arrives concurrently', async () => {
      // Arrange
      const input = { email: 'twice.at.once@demo.local', name: 'Samtidig', profession: 'NURSE' };
      const auditsBefore = await writeAudits('createStaffMember');

      // Act
      const results = await Promise.all([1, 2, 3].map(() => t.gql(CREATE, { input }, admin)));

      // Assert
      expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
      expect(results.filter((r) => errorOf(r).code === 'CONFLICT')).toHaveLength(2);
      expect(await t.count('staff_members', 'email = $1', [input.email])).toBe(1);
      expect(await writeAudits('createStaffMember')).toBe(auditsBefore + 1);
    });

    // Losers of a race past the duplicate check hit the unique index; they get the same reason.
    it('refuses every concurrent duplicate e-mail with reason STAFF_EMAIL_TAKEN', async () => {
      // Arrange
      const input = { email: 'race.reason@demo.local', name: 'Samtidig', profession: 'NURSE' };

      // Act
      const results = await Promise.all([1, 2, 3].map(() => t.gql(CREATE, { input }, admin)));

      // Assert
      const refusals = results.filter((r) => r.errors !== undefined).map((r) => errorOf(r));
      expect(refusals).toEqual([
        { code: 'CONFLICT', reason: 'STAFF_EMAIL_TAKEN' },
        { code: 'CONFLICT', reason: 'STAFF_EMAIL_TAKEN' },
      ]);
    });

    it('refuses with FORBIDDEN when a nurse calls it, writes nothing and audits the refusal', async () => {
      // Arrange
      const before = await t.count('staff_members');
      const refusedBefore = await t.count(
        'audit_events',
        `action = 'createStaffMember' AND access = 'REFUSED'`,
      );

      // Act
      const result = await t.gql(
        CREATE,
        { input: { email: 'sneaky@demo.local', name: 'Sneaky', profession: 'ADMIN' } },
        await t.as('nurse.nord@demo.local'),
      );

      // Assert
      expect(errorOf(result)).toEqual({ code: 'FORBIDDEN', reason: 'PROFESSION_NOT_ALLOWED' });
      expect(await t.count('staff_members')).toBe(before);
      expect(
        await t.count('audit_events', `action = 'createStaffMember' AND access = 'REFUSED'`),
      ).toBe(refusedBefore + 1);
    });

    it('refuses with UNAUTHENTICATED when no token is given', async () => {
      // Act
      const result = await t.gql(CREATE, {
        input: { email: 'anon@demo.local', name: 'Anon', profession: 'ADMIN' },
      });

      // Assert
      expect(errorOf(result)).toEqual({ code: 'UNAUTHENTICATED', reason: 'TOKEN_MISSING' });
      expect(await t.count('staff_members', `email = 'anon@demo.local'`)).toBe(0);
    });
  });

  describe('deactivateStaffMember', () => {
    it('deactivates a staff member, refuses their token afterwards and audits the write', async () => {
      // Arrange
      const staff = await newStaff();
      const token = await t.as(staff.email);

      // Act
      const result = await t.gql<{ deactivateStaffMember: Staff }>(
        DEACTIVATE,
        { id: staff.id },
        admin,
      );

      // Assert
      expect(result.errors).toBeUndefined();
      expect(result.data!.deactivateStaffMember).toMatchObject({
        id: staff.id,
        active: false,
        deactivatedAt: expect.any(String),
      });
      expect(errorOf(await t.gql(ME, {}, token))).toEqual({
        code: 'UNAUTHENTICATED',
        reason: 'STAFF_DEACTIVATED',
      });
      expect(await writeAudits('deactivateStaffMember', { staffId: staff.id })).toBe(1);
    });

    it('refuses with INVALID_TRANSITION when the staff member is already deactivated', async () => {
      // Arrange
      const staff = await newStaff();
      expect((await t.gql(DEACTIVATE, { id: staff.id }, admin)).errors).toBeUndefined();

      // Act
      const again = await t.gql(DEACTIVATE, { id: staff.id }, admin);

      // Assert
      expect(errorOf(again)).toEqual({
        code: 'INVALID_TRANSITION',
        reason: 'STAFF_ALREADY_DEACTIVATED',
      });
      expect(await writeAudits('deactivateStaffMember', { staffId: staff.id })).toBe(1);
    });

    it('refuses with NOT_FOUND when the staff member is unknown', async () => {
      // Act
      const result = await t.gql(DEACTIVATE, { id: UNKNOWN_ID }, admin);

      // Assert
      expect(errorOf(result)).toEqual({ code: 'NOT_FOUND', reason: 'STAFF_NOT_FOUND' });
    });

    it('refuses with BAD_USER_INPUT when the id is malformed', async () => {
      // Act
      const result = await t.gql(DEACTIVATE, { id: 'not-a-uuid' }, admin);

      // Assert
      expect(errorOf(result).code).toBe('BAD_USER_INPUT');
    });

    it('refuses with FORBIDDEN when a coordinator calls it and leaves the staff member active', async () => {
      // Arrange
      const staff = await newStaff();

      // Act
      const result = await t.gql(
        DEACTIVATE,
        { id: staff.id },
        await t.as('coordinator.nord@demo.local'),
      );

      // Assert
      expect(errorOf(result)).toEqual({ code: 'FORBIDDEN', reason: 'PROFESSION_NOT_ALLOWED' });
      expect(await t.count('staff_members', 'id = $1 AND active', [staff.id])).toBe(1);
    });
  });

  describe('addTeamMembership and removeTeamMembership', () => {
    it('adds a staff member to a team, shows it in teams and audits the write', async () => {
      // Arrange
      const staff = await newStaff('OCCUPATIONAL_THERAPIST');

      // Act
      const result = await t.gql(
        ADD_TEAM,
        { input: { staffId: staff.id, teamId: teamNord } },
        admin,
      );

      // Assert
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({
        addTeamMembership: { id: staff.id, teams: [{ name: 'Vurderingsteam Nord' }] },
      });
      const me = await t.gql(ME, {}, await t.as(staff.email));
      expect(me.data?.me).toMatchObject({ teams: [{ name: 'Vurderingsteam Nord' }] });
      expect(await writeAudits('addTeamMembership', { staffId: staff.id, teamId: teamNord })).toBe(
        1,
      );
    });

    it('refuses with BAD_USER_INPUT when the staff member works in home care', async () => {
      // Arrange
      const homeCare = await idOfStaff(t, 'homecare.nord@demo.local');

      // Act
      const result = await t.gql(
        ADD_TEAM,
        { input: { staffId: homeCare, teamId: teamNord } },
        admin,
      );

      // Assert
      expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', reason: 'HOME_CARE_NOT_IN_TEAM' });
      expect(await t.count('team_memberships', 'staff_id = $1', [homeCare])).toBe(0);
    });

    it('refuses with CONFLICT when the staff member is already in the team', async () => {
      // Arrange
      const nurse = await idOfStaff(t, 'nurse.nord@demo.local');

      // Act
      const result = await t.gql(ADD_TEAM, { input: { staffId: nurse, teamId: teamNord } }, admin);

      // Assert
      expect(errorOf(result)).toEqual({ code: 'CONFLICT', reason: 'ALREADY_MEMBER' });
      expect(
        await t.count('team_memberships', 'staff_id = $1 AND team_id = $2', [nurse, teamNord]),
      ).toBe(1);
    });

    it('refuses with CONFLICT when the same membership is added twice', async () => {
      // Arrange
      const staff = await newStaff();
      const input = { staffId: staff.id, teamId: teamSor };
      expect((await t.gql(ADD_TEAM, { input }, admin)).errors).toBeUndefined();

      // Act
      const again = await t.gql(ADD_TEAM, { input }, admin);

      // Assert
      expect(errorOf(again)).toEqual({ code: 'CONFLICT', reason: 'ALREADY_MEMBER' });
      expect(await t.count('team_memberships', 'staff_id = $1', [staff.id])).toBe(1);
    });

    it('adds exactly one membership when the same membership arrives concurrently', async () => {
      // Arrange
      const staff = await newStaff();
      const input = { staffId: staff.id, teamId: teamNord };

      // Act
      const results = await Promise.all([1, 2, 3].map(() => t.gql(ADD_TEAM, { input }, admin)));

      // Assert
      expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
      expect(results.filter((r) => errorOf(r).code === 'CONFLICT')).toHaveLength(2);
      expect(await t.count('team_memberships', 'staff_id = $1', [staff.id])).toBe(1);
      expect(await writeAudits('addTeamMembership', { staffId: staff.id })).toBe(1);
    });

    // Losers of a race past the duplicate check hit the unique index; they get the same reason.
    it('refuses every concurrent duplicate membership with reason ALREADY_MEMBER', async () => {
      // Arrange
      const staff = await newStaff();
      const input = { staffId: staff.id, teamId: teamNord };

      // Act
      const results = await Promise.all([1, 2, 3].map(() => t.gql(ADD_TEAM, { input }, admin)));

      // Assert
      const refusals = results.filter((r) => r.errors !== undefined).map((r) => errorOf(r));
      expect(refusals).toEqual([
        { code: 'CONFLICT', reason: 'ALREADY_MEMBER' },
        { code: 'CONFLICT', reason: 'ALREADY_MEMBER' },
      ]);
    });

    it('refuses with NOT_FOUND when the team is unknown', async () => {
      // Arrange
      const staff = await newStaff();

      // Act
      const result = await t.gql(
        ADD_TEAM,
        { input: { staffId: staff.id, teamId: UNKNOWN_ID } },
        admin,
      );

      // Assert
      expect(errorOf(result)).toEqual({ code: 'NOT_FOUND', reason: 'TEAM_NOT_FOUND' });
    });

    it('refuses with NOT_FOUND when the staff member is unknown', async () => {
      // Act
      const result = await t.gql(
        ADD_TEAM,
        { input: { staffId: UNKNOWN_ID, teamId: teamNord } },
        admin,
      );

      // Assert
      expect(errorOf(result)).toEqual({ code: 'NOT_FOUND', reason: 'STAFF_NOT_FOUND' });
    });

    it('refuses with BAD_USER_INPUT naming the field when an id is malformed', async () => {
      // Act
      const result = await t.gql(ADD_TEAM, { input: { staffId: 'nope', teamId: teamNord } }, admin);

      // Assert
      expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
      expect(result.errors?.[0].extensions.fields).toEqual([
        { field: 'input.staffId', problems: [expect.any(String)] },
      ]);
    });

    it('refuses with FORBIDDEN when a leader adds a membership', async () => {
      // Arrange
      const staff = await newStaff();

      // Act
      const result = await t.gql(
        ADD_TEAM,
        { input: { staffId: staff.id, teamId: teamNord } },
        await t.as('leader.nord@demo.local'),
      );

      // Assert
      expect(errorOf(result)).toEqual({ code: 'FORBIDDEN', reason: 'PROFESSION_NOT_ALLOWED' });
      expect(await t.count('team_memberships', 'staff_id = $1', [staff.id])).toBe(0);
    });

    it('removes a staff member from a team and audits the write', async () => {
      // Arrange
      const staff = await newStaff();
      const input = { staffId: staff.id, teamId: teamNord };
      expect((await t.gql(ADD_TEAM, { input }, admin)).errors).toBeUndefined();

      // Act
      const result = await t.gql(REMOVE_TEAM, { input }, admin);

      // Assert
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ removeTeamMembership: { id: staff.id, teams: [] } });
      expect(await t.count('team_memberships', 'staff_id = $1', [staff.id])).toBe(0);
      expect(
        await writeAudits('removeTeamMembership', { staffId: staff.id, teamId: teamNord }),
      ).toBe(1);
    });

    it('refuses with NOT_FOUND when the staff member is not in the team', async () => {
      // Arrange
      const staff = await newStaff();

      // Act
      const result = await t.gql(
        REMOVE_TEAM,
        { input: { staffId: staff.id, teamId: teamNord } },
        admin,
      );

      // Assert
      expect(errorOf(result)).toEqual({ code: 'NOT_FOUND', reason: 'MEMBERSHIP_NOT_FOUND' });
      expect(await writeAudits('removeTeamMembership', { staffId: staff.id })).toBe(0);
    });

    it('refuses with FORBIDDEN when a nurse removes a membership and keeps it', async () => {
      // Arrange
      const nurse = await idOfStaff(t, 'nurse.nord@demo.local');

      // Act
      const result = await t.gql(
        REMOVE_TEAM,
        { input: { staffId: nurse, teamId: teamNord } },
        await t.as('nurse.nord@demo.local'),
      );

      // Assert
      expect(errorOf(result)).toEqual({ code: 'FORBIDDEN', reason: 'PROFESSION_NOT_ALLOWED' });
      expect(
        await t.count('team_memberships', 'staff_id = $1 AND team_id = $2', [nurse, teamNord]),
      ).toBe(1);
    });
  });

  describe('addUnitMembership and removeUnitMembership', () => {
    it('adds a home care worker to a unit, shows it in serviceUnits and audits the write', async () => {
      // Arrange
      const staff = await newStaff('HOME_CARE');

      // Act
      const result = await t.gql(
        ADD_UNIT,
        { input: { staffId: staff.id, unitId: unitHomeCareNord } },
        admin,
      );

      // Assert
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({
        addUnitMembership: { id: staff.id, serviceUnits: [{ name: 'Hjemmetjenesten Nord' }] },
      });
      const me = await t.gql(ME, {}, await t.as(staff.email));
      expect(me.data?.me).toMatchObject({ serviceUnits: [{ name: 'Hjemmetjenesten Nord' }] });
      expect(
        await writeAudits('addUnitMembership', { staffId: staff.id, unitId: unitHomeCareNord }),
      ).toBe(1);
    });

    it('refuses with CONFLICT when the same unit membership is added twice', async () => {
      // Arrange
      const staff = await newStaff('HOME_CARE');
      const input = { staffId: staff.id, unitId: unitHomeCareNord };
      expect((await t.gql(ADD_UNIT, { input }, admin)).errors).toBeUndefined();

      // Act
      const again = await t.gql(ADD_UNIT, { input }, admin);

      // Assert
      expect(errorOf(again)).toEqual({ code: 'CONFLICT', reason: 'ALREADY_MEMBER' });
      expect(await t.count('unit_memberships', 'staff_id = $1', [staff.id])).toBe(1);
    });

    it('refuses with NOT_FOUND when the unit is unknown', async () => {
      // Arrange
      const staff = await newStaff('HOME_CARE');

      // Act
      const result = await t.gql(
        ADD_UNIT,
        { input: { staffId: staff.id, unitId: UNKNOWN_ID } },
        admin,
      );

      // Assert
      expect(errorOf(result)).toEqual({ code: 'NOT_FOUND', reason: 'SERVICE_UNIT_NOT_FOUND' });
      expect(await t.count('unit_memberships', 'staff_id = $1', [staff.id])).toBe(0);
    });

    it('refuses with FORBIDDEN when a home care worker adds themselves to a unit', async () => {
      // Arrange
      const lowThreshold = await idOf('service_units', 'Frisklivssentralen Nord');
      const homeCare = await idOfStaff(t, 'homecare.nord@demo.local');

      // Act
      const result = await t.gql(
        ADD_UNIT,
        { input: { staffId: homeCare, unitId: lowThreshold } },
        await t.as('homecare.nord@demo.local'),
      );

      // Assert
      expect(errorOf(result)).toEqual({ code: 'FORBIDDEN', reason: 'PROFESSION_NOT_ALLOWED' });
      expect(await t.count('unit_memberships', 'staff_id = $1', [homeCare])).toBe(1);
    });

    it('removes a staff member from a unit and audits the write', async () => {
      // Arrange
      const staff = await newStaff('HOME_CARE');
      const input = { staffId: staff.id, unitId: unitHomeCareNord };
      expect((await t.gql(ADD_UNIT, { input }, admin)).errors).toBeUndefined();

      // Act
      const result = await t.gql(REMOVE_UNIT, { input }, admin);

      // Assert
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ removeUnitMembership: { id: staff.id, serviceUnits: [] } });
      expect(await t.count('unit_memberships', 'staff_id = $1', [staff.id])).toBe(0);
      expect(
        await writeAudits('removeUnitMembership', { staffId: staff.id, unitId: unitHomeCareNord }),
      ).toBe(1);
    });

    it('refuses with NOT_FOUND when the staff member is not in the unit', async () => {
      // Arrange
      const staff = await newStaff('HOME_CARE');

      // Act
      const result = await t.gql(
        REMOVE_UNIT,
        { input: { staffId: staff.id, unitId: unitHomeCareNord } },
        admin,
      );

      // Assert
      expect(errorOf(result)).toEqual({ code: 'NOT_FOUND', reason: 'MEMBERSHIP_NOT_FOUND' });
    });
  });

  describe('staffMembers', () => {
    it('lists all staff members to the admin', async () => {
      // Arrange
      const staff = await newStaff('LEADER');

      // Act
      const result = await t.gql<{ staffMembers: Pick<Staff, 'email' | 'profession'>[] }>(
        STAFF_MEMBERS,
        {},
        admin,
      );

      // Assert
      expect(result.errors).toBeUndefined();
      const list = result.data!.staffMembers;
      expect(list).toHaveLength(await t.count('staff_members'));
      expect(list).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ email: 'admin@demo.local', profession: 'ADMIN' }),
          expect.objectContaining({ email: 'homecare.nord@demo.local', profession: 'HOME_CARE' }),
          expect.objectContaining({ email: staff.email, profession: 'LEADER', active: true }),
        ]),
      );
    });

    it('refuses with FORBIDDEN when a nurse asks for the list', async () => {
      // Act
      const result = await t.gql(STAFF_MEMBERS, {}, await t.as('nurse.nord@demo.local'));

      // Assert
      expect(errorOf(result)).toEqual({ code: 'FORBIDDEN', reason: 'PROFESSION_NOT_ALLOWED' });
      expect(result.data).toBeNull();
    });
  });

  describe('teamStaff', () => {
    const TEAM_STAFF = 'query($id: ID!) { teamStaff(teamId: $id) { email profession active } }';

    it("lists the team's active staff by name to a member, without other teams or the deactivated", async () => {
      // Arrange
      const gone = await newStaff('PHYSIOTHERAPIST');
      await t.gql(ADD_TEAM, { input: { staffId: gone.id, teamId: teamNord } }, admin);
      await t.gql(DEACTIVATE, { id: gone.id }, admin);

      // Act
      const result = await t.gql<{ teamStaff: Pick<Staff, 'email' | 'profession'>[] }>(
        TEAM_STAFF,
        { id: teamNord },
        await t.as('coordinator.nord@demo.local'),
      );

      // Assert
      expect(result.errors).toBeUndefined();
      const emails = result.data!.teamStaff.map((s) => s.email);
      expect(emails).toEqual(
        expect.arrayContaining(['nurse.nord@demo.local', 'physio.nord@demo.local']),
      );
      expect(emails).not.toContain('nurse.sor@demo.local');
      expect(emails).not.toContain('nurse.psyk.nord@demo.local');
      expect(emails).not.toContain(gone.email);
    });

    it('refuses a member of another team with FORBIDDEN', async () => {
      // Act
      const result = await t.gql(TEAM_STAFF, { id: teamNord }, await t.as('nurse.sor@demo.local'));

      // Assert
      expect(errorOf(result)).toEqual({ code: 'FORBIDDEN', reason: 'NOT_TEAM_MEMBER' });
      expect(result.data).toBeNull();
    });

    it('answers NOT_FOUND for an unknown team and BAD_USER_INPUT for a malformed id', async () => {
      const nurse = await t.as('nurse.nord@demo.local');
      expect(errorOf(await t.gql(TEAM_STAFF, { id: UNKNOWN_ID }, nurse))).toEqual({
        code: 'NOT_FOUND',
        reason: 'TEAM_NOT_FOUND',
      });
      expect(errorOf(await t.gql(TEAM_STAFF, { id: 'not-a-uuid' }, nurse)).code).toBe(
        'BAD_USER_INPUT',
      );
    });
  });

  describe('districts', () => {
    const expected = [
      {
        name: 'Nord',
        teams: [
          { name: 'Vurderingsteam Nord', serviceArea: 'SOMATIC' },
          { name: 'Vurderingsteam psykisk helse Nord', serviceArea: 'MENTAL_HEALTH' },
        ],
        serviceUnits: [
          { name: 'Frisklivssentralen Nord', kind: 'LOW_THRESHOLD' },
          { name: 'Hjemmetjenesten Nord', kind: 'HOME_CARE' },
        ],
      },
      {
        name: 'Sør',
        teams: [{ name: 'Vurderingsteam Sør', serviceArea: 'SOMATIC' }],
        serviceUnits: [{ name: 'Hjemmetjenesten Sør', kind: 'HOME_CARE' }],
      },
    ];

    it.each(['admin@demo.local', 'nurse.nord@demo.local', 'homecare.nord@demo.local'])(
      'shows the districts with their teams and units to %s',
      async (email) => {
        // Act
        const result = await t.gql(DISTRICTS, {}, await t.as(email));

        // Assert
        expect(result.errors).toBeUndefined();
        expect(result.data).toEqual({ districts: expected });
      },
    );

    it('refuses with UNAUTHENTICATED when no token is given', async () => {
      // Act
      const result = await t.gql(DISTRICTS);

      // Assert
      expect(errorOf(result)).toEqual({ code: 'UNAUTHENTICATED', reason: 'TOKEN_MISSING' });
    });
  });
});
