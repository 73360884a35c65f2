import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { assign, type CaseFixture, createStaff, idOfTeam, insertCase } from 'test/factories/cases';
import { setCaseStatus } from 'test/factories/case-states';
import {
  createTestApp,
  errorOf,
  type GqlResult,
  idOfDistrict,
  idOfStaff,
  type TestApp,
} from 'test/utils/test-app';

const REMOVE = `mutation($caseId: ID!, $staffId: ID!, $reason: String!) {
  removeCaseMember(caseId: $caseId, staffId: $staffId, reason: $reason) {
    id status members { staffId } history { action reason } } }`;

type Removed = {
  removeCaseMember: {
    id: string;
    status: string;
    members: { staffId: string }[];
    history: { action: string; reason: string | null }[];
  };
};

describe('removeCaseMember (the coordinator takes a staff member off a case)', () => {
  let t: TestApp;
  let nord: string;
  let nordTeam: string;
  let sorTeam: string;
  let coordinatorId: string;
  let serial = 0;

  /** A Nord case with a freshly created Sør nurse assigned to it. */
  const caseWithMember = async (): Promise<CaseFixture & { memberId: string }> => {
    const kase = await insertCase(t, { teamId: nordTeam, districtId: nord, coordinatorId });
    const memberId = await createStaff(t, `nurse.assigned${++serial}@demo.local`, 'NURSE', {
      teamId: sorTeam,
    });
    await assign(t, kase.caseId, memberId, coordinatorId);
    return { ...kase, memberId };
  };
  const remove = async (
    as: string,
    variables: { caseId: string; staffId: string; reason?: string },
  ): Promise<GqlResult<Removed>> =>
    t.gql<Removed>(REMOVE, { reason: 'Vurderingen er ferdig', ...variables }, await t.as(as));
  const stillMember = async (caseId: string, staffId: string) =>
    (await t.count('case_members', 'case_id = $1 AND staff_id = $2', [caseId, staffId])) === 1;

  beforeAll(async () => {
    t = await createTestApp();
    nord = await idOfDistrict(t, 'Nord');
    nordTeam = await idOfTeam(t, 'Vurderingsteam Nord');
    sorTeam = await idOfTeam(t, 'Vurderingsteam Sør');
    coordinatorId = await idOfStaff(t, 'coordinator.nord@demo.local');
  });
  afterAll(async () => {
    await t.close();
  });

  it("removes the member, ending their access, with the case history, a journal event and the audit row (the case's coordinator)", async () => {
    const kase = await caseWithMember();
    const journalAs = async (email: string) =>
      errorOf(
        await t.gql(
          'query($caseId: ID!) { journal(caseId: $caseId) { totalCount } }',
          { caseId: kase.caseId },
          await t.as(email),
        ),
      );
    const memberEmail = `nurse.assigned${serial}@demo.local`;
    expect(await journalAs(memberEmail)).toEqual({ code: undefined, reason: undefined });

    const result = await remove('coordinator.nord@demo.local', {
      caseId: kase.caseId,
      staffId: kase.memberId,
      reason: 'Vurderingen er ferdig',
    });

    expect(result.errors).toBeUndefined();
    expect(result.data!.removeCaseMember.status).toBe('ACTIVE');
    expect(result.data!.removeCaseMember.members).toEqual([]);
    expect(result.data!.removeCaseMember.history).toContainEqual({
      action: 'REMOVE_MEMBER',
      reason: 'Vurderingen er ferdig',
    });
    expect(await stillMember(kase.caseId, kase.memberId)).toBe(false);
    const [event] = (await t.dataSource.query(
      `SELECT kind, text FROM journal_entries WHERE case_id = $1 ORDER BY written_at DESC LIMIT 1`,
      [kase.caseId],
    )) as { kind: string; text: string }[];
    expect(event.kind).toBe('EVENT');
    expect(event.text).toContain(`nurse.assigned${serial}`);
    expect(event.text).toContain('Vurderingen er ferdig');
    const [audit] = (await t.dataSource.query(
      `SELECT access, case_ids AS "caseIds", patient_ids AS "patientIds", args FROM audit_events
        WHERE action = 'removeCaseMember' AND $1 = ANY(case_ids)`,
      [kase.caseId],
    )) as {
      access: string;
      caseIds: string[];
      patientIds: string[];
      args: Record<string, unknown>;
    }[];
    expect(audit).toEqual({
      access: 'WRITE',
      caseIds: [kase.caseId],
      patientIds: [kase.patientId],
      // The reason is free text: kept in the case history, not in the audit arguments.
      args: { caseId: kase.caseId, staffId: kase.memberId, role: 'CONSULTANT' },
    });
    expect(await journalAs(memberEmail)).toEqual({
      code: 'FORBIDDEN',
      reason: 'NO_RELATION_TO_CASE',
    });
  });

  it.each([
    ['a nurse of the team', 'nurse.nord@demo.local', 'NOT_CASE_COORDINATOR'],
    ['a caseworker of the team', 'caseworker.nord@demo.local', 'NOT_CASE_COORDINATOR'],
    ['the member themselves', null, 'NOT_CASE_COORDINATOR'],
    ["another district's coordinator", 'coordinator.sor@demo.local', 'NO_RELATION_TO_CASE'],
  ])('refuses %s (FORBIDDEN), removes nothing and audits the refusal', async (_, email, reason) => {
    const kase = await caseWithMember();
    const as = email ?? `nurse.assigned${serial}@demo.local`;

    const result = await remove(as, { caseId: kase.caseId, staffId: kase.memberId });

    expect(errorOf(result)).toEqual({ code: 'FORBIDDEN', reason });
    expect(await stillMember(kase.caseId, kase.memberId)).toBe(true);
    expect(
      await t.count(
        'audit_events',
        `action = 'removeCaseMember' AND access = 'REFUSED' AND $1 = ANY(case_ids)`,
        [kase.caseId],
      ),
    ).toBe(1);
  });

  it('answers NOT_FOUND / NOT_A_CASE_MEMBER for a staff member not assigned to the case', async () => {
    const kase = await caseWithMember();
    const result = await remove('coordinator.nord@demo.local', {
      caseId: kase.caseId,
      staffId: await idOfStaff(t, 'physio.nord@demo.local'),
    });
    expect(errorOf(result)).toEqual({ code: 'NOT_FOUND', reason: 'NOT_A_CASE_MEMBER' });
    expect(await t.count('case_history', 'case_id = $1', [kase.caseId])).toBe(0);
  });

  it('answers NOT_FOUND / CASE_NOT_FOUND for an unknown case', async () => {
    const result = await remove('coordinator.nord@demo.local', {
      caseId: '00000000-0000-4000-8000-000000000000',
      staffId: coordinatorId,
    });
    expect(errorOf(result)).toEqual({ code: 'NOT_FOUND', reason: 'CASE_NOT_FOUND' });
  });

  it.each([
    ['HANDED_OVER', 'CASE_READ_ONLY'],
    ['CLOSED', 'CASE_FINISHED'],
    ['CANCELLED', 'CASE_FINISHED'],
  ])('refuses a %s case (INVALID_TRANSITION / %s), as assignCaseMember', async (status, reason) => {
    const kase = await caseWithMember();
    await t.dataSource.query(`UPDATE assessment_cases SET status = $2 WHERE id = $1`, [
      kase.caseId,
      status,
    ]);
    const result = await remove('coordinator.nord@demo.local', {
      caseId: kase.caseId,
      staffId: kase.memberId,
    });
    expect(errorOf(result)).toEqual({ code: 'INVALID_TRANSITION', reason });
    expect(await stillMember(kase.caseId, kase.memberId)).toBe(true);
  });

  it('removes a member from a decided case too', async () => {
    const kase = await caseWithMember();
    await setCaseStatus(t, kase, 'DECIDED');
    const result = await remove('coordinator.nord@demo.local', {
      caseId: kase.caseId,
      staffId: kase.memberId,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.removeCaseMember.status).toBe('DECIDED');
  });

  it.each([
    ['a blank reason', { reason: '   ' }, 'reason'],
    ['an empty reason', { reason: '' }, 'reason'],
    ['a staff id that is no uuid', { staffId: 'nurse' }, 'staffId'],
  ])('refuses %s (BAD_USER_INPUT naming the field)', async (_, override, field) => {
    const kase = await caseWithMember();
    const result = await remove('coordinator.nord@demo.local', {
      caseId: kase.caseId,
      staffId: kase.memberId,
      ...override,
    });
    expect(errorOf(result).code).toBe('BAD_USER_INPUT');
    const fields = result.errors![0].extensions.fields as { field: string }[];
    expect(fields.map((f) => f.field)).toContain(field);
    expect(await stillMember(kase.caseId, kase.memberId)).toBe(true);
  });
});
