import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  BASE,
  ASSIGN,
  type CaseView,
  CHANGE_COORDINATOR,
  expectRefused,
  INTERIM,
  interimInput,
  LIST_CASES,
  openDischargeCase,
  READ_CASE,
  readCase,
  UNKNOWN_ID,
  callersOf,
} from 'test/utils/case-api';
import { idOfTeam } from 'test/factories/cases';
import { createTestApp, errorOf, idOfStaff, type TestApp } from 'test/utils/test-app';

describe('who works on a case: its members and its coordinator', () => {
  let t: TestApp;
  let coordinatorNordId: string;
  let nurseNordId: string;
  let nurseSorId: string;
  let teamNord: string;

  beforeAll(async () => {
    t = await createTestApp();
    coordinatorNordId = await idOfStaff(t, 'coordinator.nord@demo.local');
    nurseNordId = await idOfStaff(t, 'nurse.nord@demo.local');
    nurseSorId = await idOfStaff(t, 'nurse.sor@demo.local');
    teamNord = await idOfTeam(t, 'Vurderingsteam Nord');
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(() => {
    t.clock.set(BASE);
  });

  // The spec's app is made in beforeAll: its callers read it when they run.
  const { as, coordinator } = callersOf(() => t);

  describe('assignCaseMember', () => {
    it('gives a nurse of another district access to the case as CONSULTANT', async () => {
      const { caseId } = await openDischargeCase(t);
      const listFor = async () =>
        (
          await as<{ assessmentCases: { edges: { node: { id: string } }[] } }>(
            'nurse.sor@demo.local',
            LIST_CASES,
            { filter: { teamId: teamNord } },
          )
        ).data!.assessmentCases.edges.map((e) => e.node.id);

      expect(errorOf(await as('nurse.sor@demo.local', READ_CASE, { id: caseId }))).toEqual({
        code: 'FORBIDDEN',
        reason: 'NO_RELATION_TO_CASE',
      });
      expect(await listFor()).not.toContain(caseId);

      const assigned = await coordinator<{ assignCaseMember: CaseView }>(ASSIGN, {
        id: caseId,
        staffId: nurseSorId,
        role: 'CONSULTANT',
      });
      expect(assigned.errors).toBeUndefined();
      expect(assigned.data!.assignCaseMember.members).toEqual([
        {
          staffId: nurseSorId,
          role: 'CONSULTANT',
          assignedBy: coordinatorNordId,
          staff: { email: 'nurse.sor@demo.local' },
        },
      ]);
      expect(assigned.data!.assignCaseMember.history.at(-1)).toMatchObject({
        action: 'ASSIGN_MEMBER',
        fromStatus: 'ACTIVE',
        toStatus: 'ACTIVE',
      });

      const read = await as<{ assessmentCase: CaseView }>('nurse.sor@demo.local', READ_CASE, {
        id: caseId,
      });
      expect(read.errors).toBeUndefined();
      expect(read.data!.assessmentCase.id).toBe(caseId);
      expect(await listFor()).toContain(caseId);
    });

    it('lets an assigned nurse of another district record interim help', async () => {
      const { caseId } = await openDischargeCase(t);
      await coordinator(ASSIGN, { id: caseId, staffId: nurseSorId, role: 'ASSESSOR' });
      const result = await as<{ recordInterimService: { recordedBy: string } }>(
        'nurse.sor@demo.local',
        INTERIM,
        { id: caseId, input: interimInput() },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.recordInterimService.recordedBy).toBe(nurseSorId);
    });

    it('refuses assignCaseMember with CONFLICT when the staff member is already assigned', async () => {
      const { caseId } = await openDischargeCase(t);
      await coordinator(ASSIGN, { id: caseId, staffId: nurseSorId, role: 'CONSULTANT' });
      await expectRefused(
        t,
        () => coordinator(ASSIGN, { id: caseId, staffId: nurseSorId, role: 'ASSESSOR' }),
        { code: 'CONFLICT', reason: 'ALREADY_ASSIGNED' },
        { caseId },
      );
    });

    it('refuses assignCaseMember with BAD_USER_INPUT when the staff member is the admin', async () => {
      const { caseId } = await openDischargeCase(t);
      const adminId = await idOfStaff(t, 'admin@demo.local');
      await expectRefused(
        t,
        () => coordinator(ASSIGN, { id: caseId, staffId: adminId, role: 'CONSULTANT' }),
        { code: 'BAD_USER_INPUT', reason: 'PROFESSION_CANNOT_BE_ASSIGNED' },
        { caseId },
      );
    });

    it('refuses assignCaseMember with BAD_USER_INPUT when the staff member is home-care staff', async () => {
      const { caseId } = await openDischargeCase(t);
      const homeCareId = await idOfStaff(t, 'homecare.nord@demo.local');
      await expectRefused(
        t,
        () => coordinator(ASSIGN, { id: caseId, staffId: homeCareId, role: 'PRIMARY_CONTACT' }),
        { code: 'BAD_USER_INPUT', reason: 'PROFESSION_CANNOT_BE_ASSIGNED' },
        { caseId },
      );
    });

    it('refuses assignCaseMember with BAD_USER_INPUT when the staff id is unknown', async () => {
      const { caseId } = await openDischargeCase(t);
      const result = await expectRefused(
        t,
        () => coordinator(ASSIGN, { id: caseId, staffId: UNKNOWN_ID, role: 'CONSULTANT' }),
        { code: 'BAD_USER_INPUT', reason: 'STAFF_NOT_FOUND' },
        { caseId },
      );
      expect(result.errors?.[0].extensions.fields).toEqual([
        { field: 'input.staffId', problems: expect.any(Array) },
      ]);
    });

    it('refuses assignCaseMember with BAD_USER_INPUT when the staff id is not a uuid', async () => {
      const { caseId } = await openDischargeCase(t);
      await expectRefused(
        t,
        () => coordinator(ASSIGN, { id: caseId, staffId: 'nurse.sor', role: 'CONSULTANT' }),
        { code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' },
        { caseId },
      );
    });

    it('refuses assignCaseMember when the caller is a team nurse, not the coordinator', async () => {
      const { caseId } = await openDischargeCase(t);
      await expectRefused(
        t,
        () =>
          as('nurse.nord@demo.local', ASSIGN, {
            id: caseId,
            staffId: nurseSorId,
            role: 'CONSULTANT',
          }),
        { code: 'FORBIDDEN', reason: 'NOT_CASE_COORDINATOR' },
        { caseId },
      );
    });

    it('refuses assignCaseMember when the caller is a coordinator of another team who is only assigned', async () => {
      const { caseId } = await openDischargeCase(t);
      const coordinatorSorId = await idOfStaff(t, 'coordinator.sor@demo.local');
      await coordinator(ASSIGN, { id: caseId, staffId: coordinatorSorId, role: 'CONSULTANT' });
      await expectRefused(
        t,
        () =>
          as('coordinator.sor@demo.local', ASSIGN, {
            id: caseId,
            staffId: nurseSorId,
            role: 'CONSULTANT',
          }),
        { code: 'FORBIDDEN', reason: 'NOT_CASE_COORDINATOR' },
        { caseId },
      );
    });

    it('refuses assignCaseMember when the caller is the coordinator of another district', async () => {
      const { caseId } = await openDischargeCase(t);
      await expectRefused(
        t,
        () =>
          as('coordinator.sor@demo.local', ASSIGN, {
            id: caseId,
            staffId: nurseSorId,
            role: 'CONSULTANT',
          }),
        { code: 'FORBIDDEN', reason: 'NO_RELATION_TO_CASE' },
        { caseId },
      );
    });
  });

  describe('changeCaseCoordinator', () => {
    it('hands the case to another coordinator of the team', async () => {
      const admin = await t.as('admin@demo.local');
      const created = await t.gql<{ createStaffMember: { id: string } }>(
        `mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { id } }`,
        {
          input: {
            email: 'coordinator2.nord@demo.local',
            name: 'Koordinator to Nord',
            profession: 'COORDINATOR',
          },
        },
        admin,
      );
      expect(created.errors).toBeUndefined();
      const secondId = created.data!.createStaffMember.id;
      const joined = await t.gql(
        `mutation($input: TeamMembershipInput!) { addTeamMembership(input: $input) { id } }`,
        { input: { staffId: secondId, teamId: teamNord } },
        admin,
      );
      expect(joined.errors).toBeUndefined();

      const { caseId } = await openDischargeCase(t);
      const result = await coordinator<{ changeCaseCoordinator: CaseView }>(CHANGE_COORDINATOR, {
        id: caseId,
        coordinatorId: secondId,
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.changeCaseCoordinator).toMatchObject({
        coordinatorId: secondId,
        coordinator: { email: 'coordinator2.nord@demo.local' },
      });
      expect(result.data!.changeCaseCoordinator.history.at(-1)).toMatchObject({
        action: 'CHANGE_COORDINATOR',
        fromStatus: 'ACTIVE',
        toStatus: 'ACTIVE',
        actorId: coordinatorNordId,
      });
      expect((await readCase(t, caseId)).coordinatorId).toBe(secondId);
    });

    it('refuses changeCaseCoordinator with BAD_USER_INPUT when the new coordinator is a nurse', async () => {
      const { caseId } = await openDischargeCase(t);
      const result = await expectRefused(
        t,
        () => coordinator(CHANGE_COORDINATOR, { id: caseId, coordinatorId: nurseNordId }),
        { code: 'BAD_USER_INPUT', reason: 'NOT_A_TEAM_COORDINATOR' },
        { caseId },
      );
      expect(result.errors?.[0].extensions.fields).toEqual([
        { field: 'coordinatorId', problems: expect.any(Array) },
      ]);
    });

    it('refuses changeCaseCoordinator with BAD_USER_INPUT when the new coordinator is of another team', async () => {
      const { caseId } = await openDischargeCase(t);
      const coordinatorSorId = await idOfStaff(t, 'coordinator.sor@demo.local');
      await expectRefused(
        t,
        () => coordinator(CHANGE_COORDINATOR, { id: caseId, coordinatorId: coordinatorSorId }),
        { code: 'BAD_USER_INPUT', reason: 'NOT_A_TEAM_COORDINATOR' },
        { caseId },
      );
    });

    it('refuses changeCaseCoordinator when the caller is a team nurse, not the coordinator', async () => {
      const { caseId } = await openDischargeCase(t);
      await expectRefused(
        t,
        () =>
          as('nurse.nord@demo.local', CHANGE_COORDINATOR, {
            id: caseId,
            coordinatorId: coordinatorNordId,
          }),
        { code: 'FORBIDDEN', reason: 'NOT_CASE_COORDINATOR' },
        { caseId },
      );
    });
  });
});
