import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  BASE,
  CANCEL,
  type Dashboard,
  DASHBOARD,
  HOLD,
  openDischargeCase,
  run,
  UNKNOWN_ID,
} from 'test/utils/case-api';
import { createStaff, idOfTeam } from 'test/factories/cases';
import { createTestApp, errorOf, idOfStaff, type TestApp } from 'test/utils/test-app';

describe('the team dashboard (teamDashboard)', () => {
  let d: TestApp;
  let teamNord: string;
  let coordinatorNordId: string;

  beforeAll(async () => {
    // Its own database: the figures count every case of the team.
    d = await createTestApp();
    d.clock.set(BASE);
    teamNord = await idOfTeam(d, 'Vurderingsteam Nord');
    coordinatorNordId = await idOfStaff(d, 'coordinator.nord@demo.local');
  });
  afterAll(async () => {
    await d.close();
  });

  const dashboard = (email: string, teamId = teamNord) =>
    run<{ teamDashboard: Dashboard }>(d, email, DASHBOARD, { teamId });

  it("shows the coordinator the team's open, overdue and per-coordinator counts", async () => {
    const empty = await dashboard('coordinator.nord@demo.local');
    expect(empty.errors).toBeUndefined();
    expect(empty.data!.teamDashboard).toMatchObject({
      today: '2026-03-02',
      openCaseCount: 0,
      overdueCount: 0,
      casesPerCoordinator: [],
      team: { name: 'Vurderingsteam Nord' },
    });

    const active = await openDischargeCase(d);
    const onHold = await openDischargeCase(d);
    const cancelled = await openDischargeCase(d);
    const token = await d.as('coordinator.nord@demo.local');
    expect(
      (await d.gql(HOLD, { id: onHold.caseId, reason: 'Innlagt' }, token)).errors,
    ).toBeUndefined();
    expect(
      (await d.gql(CANCEL, { id: cancelled.caseId, reason: 'Flyttet' }, token)).errors,
    ).toBeUndefined();

    const now = (await dashboard('coordinator.nord@demo.local')).data!.teamDashboard;
    expect(now).toMatchObject({ openCaseCount: 2, overdueCount: 0, atRiskCount: 0 });
    expect(now.countsByStatus).toEqual(
      expect.arrayContaining([
        { status: 'ACTIVE', count: 1 },
        { status: 'ON_HOLD', count: 1 },
        { status: 'CANCELLED', count: 1 },
      ]),
    );
    expect(now.casesPerCoordinator).toEqual([
      {
        coordinatorId: coordinatorNordId,
        openCases: 2,
        overdue: 0,
        atRisk: 0,
        coordinator: { email: 'coordinator.nord@demo.local' },
      },
    ]);
    expect(now.openCases.map((c) => c.id).sort()).toEqual([active.caseId, onHold.caseId].sort());

    // Tuesday 17 March: the active case is past its deadline (16 March); the one on hold
    // has had its deadline moved by the days on hold.
    d.clock.advanceDays(15);
    const later = (await dashboard('coordinator.nord@demo.local')).data!.teamDashboard;
    expect(later).toMatchObject({
      today: '2026-03-17',
      openCaseCount: 2,
      overdueCount: 1,
      atRiskCount: 1,
    });
    expect(later.casesPerCoordinator).toEqual([
      {
        coordinatorId: coordinatorNordId,
        openCases: 2,
        overdue: 1,
        atRisk: 1,
        coordinator: { email: 'coordinator.nord@demo.local' },
      },
    ]);
    expect(later.openCases).toEqual([
      { id: active.caseId, status: 'ACTIVE', deadlineDate: '2026-03-16', isOverdue: true },
      { id: onHold.caseId, status: 'ON_HOLD', deadlineDate: '2026-03-31', isOverdue: false },
    ]);
  });

  it("lets the district's leader see the team's figures, but not its persons", async () => {
    // A leader of the district who is not in this team (member of the district's other team).
    await createStaff(d, 'leader.psyk.nord@demo.local', 'LEADER', {
      teamId: await idOfTeam(d, 'Vurderingsteam psykisk helse Nord'),
    });
    const result = await dashboard('leader.psyk.nord@demo.local');
    expect(result.errors).toBeUndefined();
    expect(result.data!.teamDashboard).toMatchObject({
      openCaseCount: 2,
      overdueCount: 1,
      atRiskCount: 1,
      openCases: [],
    });
    // No person of the team is in the leader's audit row either.
    const [row] = (await d.dataSource.query(
      `SELECT a.patient_ids FROM audit_events a JOIN staff_members s ON s.id = a.actor_id
        WHERE s.email = $1 AND a.action = 'teamDashboard'
        ORDER BY a.occurred_at DESC LIMIT 1`,
      ['leader.psyk.nord@demo.local'],
    )) as { patient_ids: string[] }[];
    expect(row.patient_ids).toEqual([]);
  });

  it('lets a nurse of the team see its dashboard, with its cases', async () => {
    const result = await dashboard('nurse.nord@demo.local');
    expect(result.errors).toBeUndefined();
    expect(result.data!.teamDashboard.openCases).toHaveLength(2);
  });

  it('refuses teamDashboard when the caller is a nurse of another district', async () => {
    const result = await dashboard('nurse.sor@demo.local');
    expect(errorOf(result)).toEqual({ code: 'FORBIDDEN', reason: 'NOT_TEAM_MEMBER' });
    expect(result.data ?? null).toBeNull();
  });

  it('refuses teamDashboard when the caller is the leader of another district', async () => {
    expect(errorOf(await dashboard('leader.sor@demo.local'))).toEqual({
      code: 'FORBIDDEN',
      reason: 'NOT_TEAM_MEMBER',
    });
  });

  it('refuses teamDashboard when the caller is in the mental-health team, not the somatic one', async () => {
    expect(errorOf(await dashboard('educator.psyk.nord@demo.local'))).toEqual({
      code: 'FORBIDDEN',
      reason: 'NOT_TEAM_MEMBER',
    });
  });

  it('refuses teamDashboard with NOT_FOUND when the team does not exist', async () => {
    expect(errorOf(await dashboard('coordinator.nord@demo.local', UNKNOWN_ID))).toEqual({
      code: 'NOT_FOUND',
      reason: 'TEAM_NOT_FOUND',
    });
  });
});
