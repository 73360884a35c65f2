import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  assign,
  createStaff,
  idOfTeam,
  insertCase,
  insertPatient,
  insertReferral,
} from 'test/factories/cases';
import { createTestApp, errorOf, idOfDistrict, idOfStaff, type TestApp } from 'test/utils/test-app';

/*
 * What the web client needs of the API so that it copies no rule (issue 13): `viewerCan`
 * on a case, a referral and a goal plan (decided by the access policy and the lifecycle),
 * the "mine" filter, and accepting a referral with its first members.
 */
describe('the API conventions of the web client', () => {
  let t: TestApp;
  let nord: string;
  let nordTeam: string;
  let coordinatorId: string;
  let nurseId: string;

  const CASE = `query($id: ID!) { assessmentCase(id: $id) { status viewerCan } }`;
  const viewerCan = async (caseId: string, as: string): Promise<string[]> => {
    const result = await t.gql<{ assessmentCase: { viewerCan: string[] } }>(
      CASE,
      { id: caseId },
      await t.as(as),
    );
    expect(result.errors).toBeUndefined();
    return result.data!.assessmentCase.viewerCan;
  };

  beforeAll(async () => {
    t = await createTestApp();
    nord = await idOfDistrict(t, 'Nord');
    nordTeam = await idOfTeam(t, 'Vurderingsteam Nord');
    coordinatorId = await idOfStaff(t, 'coordinator.nord@demo.local');
    nurseId = await idOfStaff(t, 'nurse.nord@demo.local');
  });
  afterAll(async () => {
    await t.close();
  });

  describe('viewerCan on a case', () => {
    it("offers the coordinator the coordinator's steps that the case's state allows", async () => {
      const active = await insertCase(t, { teamId: nordTeam, districtId: nord, coordinatorId });
      const onHold = await insertCase(t, {
        teamId: nordTeam,
        districtId: nord,
        coordinatorId,
        status: 'ON_HOLD',
      });

      const whenActive = await viewerCan(active.caseId, 'coordinator.nord@demo.local');
      const whenOnHold = await viewerCan(onHold.caseId, 'coordinator.nord@demo.local');

      expect(whenActive).toEqual(
        expect.arrayContaining([
          'putCaseOnHold',
          'extendDeadline',
          'cancelCase',
          'assignCaseMember',
        ]),
      );
      expect(whenActive).not.toContain('resumeCase');
      expect(whenActive).not.toContain('handOverCase'); // no decision yet
      expect(whenActive).not.toContain('recordDecision'); // a caseworker's
      expect(whenOnHold).toContain('resumeCase');
      expect(whenOnHold).not.toContain('putCaseOnHold');
    });

    it("offers a nurse the team's work but none of the coordinator's or caseworker's steps", async () => {
      const kase = await insertCase(t, { teamId: nordTeam, districtId: nord, coordinatorId });

      const nurse = await viewerCan(kase.caseId, 'nurse.nord@demo.local');
      const caseworker = await viewerCan(kase.caseId, 'caseworker.nord@demo.local');

      expect(nurse).toEqual(
        expect.arrayContaining(['addJournalEntry', 'recordAssessment', 'addGoal', 'agreeGoalPlan']),
      );
      expect(nurse).not.toContain('putCaseOnHold');
      expect(nurse).not.toContain('recordDecision');
      expect(caseworker).toContain('recordDecision');
      expect(caseworker).not.toContain('addGoal');
      expect(caseworker).not.toContain('recordFollowUp');
    });

    it('lists each case of a page with its own answer, in one page query', async () => {
      await insertCase(t, { teamId: nordTeam, districtId: nord, coordinatorId, status: 'ON_HOLD' });
      const page = await t.gql<{
        assessmentCases: { edges: { node: { status: string; viewerCan: string[] } }[] };
      }>(
        `{ assessmentCases(first: 50) { edges { node { status viewerCan } } } }`,
        {},
        await t.as('coordinator.nord@demo.local'),
      );

      const nodes = page.data!.assessmentCases.edges.map((e) => e.node);
      expect(nodes.length).toBeGreaterThan(1);
      for (const node of nodes) {
        expect(node.viewerCan.includes('resumeCase')).toBe(node.status === 'ON_HOLD');
      }
    });

    it('offers nothing to another district, which cannot read the case at all', async () => {
      const kase = await insertCase(t, { teamId: nordTeam, districtId: nord, coordinatorId });

      const result = await t.gql(CASE, { id: kase.caseId }, await t.as('nurse.sor@demo.local'));

      expect(errorOf(result)).toEqual({ code: 'FORBIDDEN', reason: 'NO_RELATION_TO_CASE' });
    });
  });

  describe('viewerCan on a referral and a goal plan', () => {
    const REFERRAL = `query($id: ID!) { referral(id: $id) { status viewerCan } }`;

    it('offers triage to the receiving team’s caseworkers and coordinators while it awaits triage', async () => {
      const patient = await insertPatient(t, nord);
      const referralId = await insertReferral(t, {
        patientId: patient.patientId,
        teamId: nordTeam,
        registeredBy: coordinatorId,
      });
      const as = async (email: string) =>
        (
          await t.gql<{ referral: { viewerCan: string[] } }>(
            REFERRAL,
            { id: referralId },
            await t.as(email),
          )
        ).data!.referral.viewerCan;

      expect((await as('caseworker.nord@demo.local')).sort()).toEqual([
        'acceptReferral',
        'redirectReferral',
        'rejectReferral',
      ]);
      expect(await as('nurse.nord@demo.local')).toEqual([]);
    });

    it('offers nothing once the referral is triaged', async () => {
      const kase = await insertCase(t, { teamId: nordTeam, districtId: nord, coordinatorId });
      const result = await t.gql<{ referral: { status: string; viewerCan: string[] } }>(
        REFERRAL,
        { id: kase.referralId },
        await t.as('caseworker.nord@demo.local'),
      );
      expect(result.data!.referral).toEqual({ status: 'ACCEPTED', viewerCan: [] });
    });

    it("offers the plan's operations to a nurse, and none to the caseworker", async () => {
      const kase = await insertCase(t, { teamId: nordTeam, districtId: nord, coordinatorId });
      const targetDate = new Date(t.clock.now().getTime() + 30 * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const added = await t.gql(
        `mutation($caseId: ID!, $targetDate: Date!) { addGoal(caseId: $caseId, input: { text: "Klare meg selv på badet", targetDate: $targetDate }) { id } }`,
        { caseId: kase.caseId, targetDate },
        await t.as('nurse.nord@demo.local'),
      );
      expect(added.errors).toBeUndefined();
      const PLAN = `query($caseId: ID!) { goalPlan(caseId: $caseId) { viewerCan } }`;
      const plan = async (email: string) =>
        (
          await t.gql<{ goalPlan: { viewerCan: string[] } | null }>(
            PLAN,
            { caseId: kase.caseId },
            await t.as(email),
          )
        ).data!.goalPlan?.viewerCan;

      expect((await plan('nurse.nord@demo.local'))?.sort()).toEqual(
        [
          'addGoal',
          'addMeasure',
          'agreeGoalPlan',
          'evaluateGoal',
          'reorderGoals',
          'reorderMeasures',
          'updateGoal',
          'updateMeasure',
        ].sort(),
      );
      expect(await plan('caseworker.nord@demo.local')).toEqual([]);
    });
  });

  describe('viewerCan on a team', () => {
    it("offers a district leader the other team's figures but not its journal search", async () => {
      const teams = async (email: string) =>
        (
          await t.gql<{
            districts: { name: string; teams: { name: string; viewerCan: string[] }[] }[];
          }>(`{ districts { name teams { name viewerCan } } }`, {}, await t.as(email))
        ).data!.districts.flatMap((d) => d.teams.map((team) => ({ ...team, district: d.name })));
      const psyk = (list: { name: string; viewerCan: string[] }[]) =>
        list.find((team) => team.name === 'Vurderingsteam psykisk helse Nord')!.viewerCan;
      const own = (list: { name: string; viewerCan: string[] }[]) =>
        list.find((team) => team.name === 'Vurderingsteam Nord')!.viewerCan;

      const leader = await teams('leader.nord@demo.local');
      const nurse = await teams('nurse.nord@demo.local');
      const caseworker = await teams('caseworker.nord@demo.local');

      expect(psyk(leader).sort()).toEqual(['teamBudget', 'teamDashboard']);
      expect(psyk(nurse)).toEqual([]);
      expect(own(nurse).sort()).toEqual(
        ['followUps', 'teamBudget', 'teamDashboard', 'teamJournalSearch', 'teamStaff'].sort(),
      );
      expect(own(caseworker)).toContain('acceptReferral');
      expect(own(nurse)).not.toContain('acceptReferral');
    });
  });

  describe('the "mine" filter', () => {
    it('lists the cases the caller coordinates or is assigned to, and false the others', async () => {
      const coordinator2 = await createStaff(t, 'coordinator2.nord@demo.local', 'COORDINATOR', {
        teamId: nordTeam,
      });
      const theirs = await insertCase(t, {
        teamId: nordTeam,
        districtId: nord,
        coordinatorId: coordinator2,
      });
      const assigned = await insertCase(t, {
        teamId: nordTeam,
        districtId: nord,
        coordinatorId: coordinator2,
      });
      await assign(t, assigned.caseId, nurseId, coordinator2);
      const ids = async (email: string, mine: boolean) =>
        (
          await t.gql<{ assessmentCases: { edges: { node: { id: string } }[] } }>(
            `query($mine: Boolean) { assessmentCases(first: 100, filter: { mine: $mine }) { edges { node { id } } } }`,
            { mine },
            await t.as(email),
          )
        ).data!.assessmentCases.edges.map((e) => e.node.id);

      const coordinatorsOwn = await ids('coordinator2.nord@demo.local', true);
      const nursesOwn = await ids('nurse.nord@demo.local', true);
      const nursesOthers = await ids('nurse.nord@demo.local', false);

      expect(coordinatorsOwn.sort()).toEqual([theirs.caseId, assigned.caseId].sort());
      expect(nursesOwn).toContain(assigned.caseId);
      expect(nursesOwn).not.toContain(theirs.caseId);
      expect(nursesOthers).toContain(theirs.caseId);
      expect(nursesOthers).not.toContain(assigned.caseId);
    });
  });

  describe('accepting a referral with its first members', () => {
    const ACCEPT = `mutation($id: ID!, $input: AcceptReferralInput!) {
      acceptReferral(referralId: $id, input: $input) {
        id members { staffId role } history { action } } }`;
    type Accepted = {
      acceptReferral: {
        id: string;
        members: { staffId: string; role: string }[];
        history: { action: string }[];
      };
    };
    const newReferral = async () => {
      const patient = await insertPatient(t, nord);
      return insertReferral(t, {
        patientId: patient.patientId,
        teamId: nordTeam,
        registeredBy: coordinatorId,
      });
    };

    it('opens the case with the coordinator and the members named, each in the history and journal', async () => {
      const physio = await idOfStaff(t, 'physio.nord@demo.local');
      const referralId = await newReferral();

      const result = await t.gql<Accepted>(
        ACCEPT,
        {
          id: referralId,
          input: {
            coordinatorId,
            members: [
              { staffId: physio, role: 'ASSESSOR' },
              { staffId: nurseId, role: 'ASSESSOR' },
            ],
          },
        },
        await t.as('caseworker.nord@demo.local'),
      );

      expect(result.errors).toBeUndefined();
      const kase = result.data!.acceptReferral;
      expect(kase.members.map((m) => m.staffId).sort()).toEqual([physio, nurseId].sort());
      expect(kase.history.filter((h) => h.action === 'ASSIGN_MEMBER')).toHaveLength(2);
      expect(
        await t.count(
          'journal_entries',
          `case_id = $1 AND kind = 'EVENT' AND text LIKE '%er knyttet til forløpet (ASSESSOR)%'`,
          [kase.id],
        ),
      ).toBe(2);
      const [audit] = await t.dataSource.query(
        `SELECT args FROM audit_events WHERE action = 'acceptReferral' AND $1 = ANY(case_ids)`,
        [kase.id],
      );
      expect((audit as { args: { memberIds: string[] } }).args.memberIds.sort()).toEqual(
        [physio, nurseId].sort(),
      );
    });

    it('refuses a member who cannot work in cases, and opens no case', async () => {
      const homeCare = await idOfStaff(t, 'homecare.nord@demo.local');
      const referralId = await newReferral();

      const result = await t.gql<Accepted>(
        ACCEPT,
        { id: referralId, input: { members: [{ staffId: homeCare, role: 'ASSESSOR' }] } },
        await t.as('caseworker.nord@demo.local'),
      );

      expect(errorOf(result)).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'PROFESSION_CANNOT_BE_ASSIGNED',
      });
      expect(await t.count('referrals', `id = $1 AND status = 'RECEIVED'`, [referralId])).toBe(1);
    });
  });
});
