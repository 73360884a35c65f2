import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createStaff, idOfTeam, insertPatient, insertReferral } from 'test/factories/cases';
import { createTestApp, errorOf, idOfDistrict, idOfStaff, type TestApp } from 'test/utils/test-app';

/*
 * What the web client's referral inbox and navigation counts ask of the API: the referral
 * filter's `urgency` and `triageOverdue` (counted with `totalCount`, agreeing with each
 * referral's own `triageOverdue`), and `teamStaff`, whom triage may choose.
 */
const LIST = `query($filter: ReferralFilter) { referrals(filter: $filter, first: 100) {
  totalCount edges { node { id urgency triageOverdue } } } }`;
const TEAM_STAFF = `query($id: ID!) { teamStaff(teamId: $id) { id name profession active } }`;

type Listed = { referrals: { totalCount: number; edges: { node: { id: string } }[] } };

describe('the referral inbox and navigation counts', () => {
  let t: TestApp;
  let nordTeam: string;
  const ids: Record<string, string> = {};

  const listed = async (filter: Record<string, unknown>) => {
    const result = await t.gql<Listed>(LIST, { filter }, await t.as('coordinator.nord@demo.local'));
    expect(result.errors).toBeUndefined();
    const found = result.data!.referrals.edges.map((e) => e.node.id);
    return Object.keys(ids)
      .filter((name) => found.includes(ids[name]))
      .sort();
  };

  beforeAll(async () => {
    t = await createTestApp();
    // Monday 2 March 2026, 09:00 in Oslo.
    t.clock.set('2026-03-02T09:00:00+01:00');
    nordTeam = await idOfTeam(t, 'Vurderingsteam Nord');
    const nord = await idOfDistrict(t, 'Nord');
    const registeredBy = await idOfStaff(t, 'caseworker.nord@demo.local');
    const referral = async (receivedAt: string, urgency: string, status = 'RECEIVED') => {
      const { patientId } = await insertPatient(t, nord);
      const id = await insertReferral(t, {
        patientId,
        teamId: nordTeam,
        registeredBy,
        receivedAt: new Date(receivedAt),
      });
      await t.dataSource.query('UPDATE referrals SET urgency = $2, status = $3 WHERE id = $1', [
        id,
        urgency,
        status,
      ]);
      return id;
    };
    // Deadline: the end of Sunday 1 March, local time.
    ids.urgentOld = await referral('2026-02-28T10:00:00+01:00', 'URGENT');
    // Arrived late Sunday evening: deadline the end of Monday 2 March.
    ids.urgentLate = await referral('2026-03-01T23:30:00+01:00', 'URGENT');
    ids.normalOld = await referral('2026-02-20T10:00:00+01:00', 'NORMAL');
    ids.urgentRejected = await referral('2026-02-20T10:00:00+01:00', 'URGENT', 'REJECTED');
  });
  afterAll(async () => {
    await t.close();
  });

  it('filters by urgency, and by overdue triage exactly as each referral reports it', async () => {
    expect(await listed({ urgency: 'URGENT' })).toEqual([
      'urgentLate',
      'urgentOld',
      'urgentRejected',
    ]);
    expect(await listed({ urgency: 'NORMAL' })).toEqual(['normalOld']);
    expect(await listed({ triageOverdue: true })).toEqual(['urgentOld']);
    expect(await listed({ triageOverdue: false })).toEqual([
      'normalOld',
      'urgentLate',
      'urgentRejected',
    ]);

    // The last millisecond of Monday: not yet; midnight: overdue.
    t.clock.set('2026-03-02T23:59:59.999+01:00');
    expect(await listed({ triageOverdue: true })).toEqual(['urgentOld']);
    t.clock.set('2026-03-03T00:00:00+01:00');
    expect(await listed({ triageOverdue: true })).toEqual(['urgentLate', 'urgentOld']);
    const all = await t.gql<{
      referrals: { edges: { node: { id: string; triageOverdue: boolean } }[] };
    }>(LIST, { filter: { triageOverdue: true } }, await t.as('coordinator.nord@demo.local'));
    expect(all.data!.referrals.edges.every((e) => e.node.triageOverdue)).toBe(true);

    const counted = await t.gql<Listed>(
      LIST,
      { filter: { status: ['RECEIVED'], urgency: 'URGENT', teamId: nordTeam } },
      await t.as('coordinator.nord@demo.local'),
    );
    expect(counted.data!.referrals.totalCount).toBe(counted.data!.referrals.edges.length);
    expect(counted.data!.referrals.totalCount).toBeGreaterThanOrEqual(2);
    t.clock.set('2026-03-02T09:00:00+01:00');
  });

  it('refuses an urgency that is not one', async () => {
    const result = await t.gql(
      LIST,
      { filter: { urgency: 'SOON' } },
      await t.as('coordinator.nord@demo.local'),
    );
    expect(errorOf(result).code).toBe('BAD_USER_INPUT');
  });

  it('lists a team’s active staff by name, without the deactivated, for its members only', async () => {
    const leaver = await createStaff(t, 'leaver.nord@demo.local', 'NURSE', { teamId: nordTeam });
    await t.dataSource.query('UPDATE staff_members SET active = false WHERE id = $1', [leaver]);

    const result = await t.gql<{
      teamStaff: { id: string; name: string; profession: string; active: boolean }[];
    }>(TEAM_STAFF, { id: nordTeam }, await t.as('coordinator.nord@demo.local'));

    expect(result.errors).toBeUndefined();
    const staff = result.data!.teamStaff;
    expect(staff.map((s) => s.id)).not.toContain(leaver);
    expect(staff.every((s) => s.active)).toBe(true);
    expect(staff.map((s) => s.name)).toEqual(
      [...staff.map((s) => s.name)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    expect(staff.map((s) => s.profession)).toEqual(
      expect.arrayContaining(['COORDINATOR', 'PHYSIOTHERAPIST', 'NURSE', 'CASEWORKER']),
    );

    const outsider = await t.gql(TEAM_STAFF, { id: nordTeam }, await t.as('nurse.sor@demo.local'));
    expect(errorOf(outsider)).toEqual({ code: 'FORBIDDEN', reason: 'NOT_TEAM_MEMBER' });
    expect(outsider.data).toBeNull();
  });
});
