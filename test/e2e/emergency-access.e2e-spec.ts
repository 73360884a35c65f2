import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openCaseViaApi } from 'test/factories/cases';
import { createTestApp, errorOf, idOfDistrict, type TestApp } from 'test/utils/test-app';

const REQUEST = `mutation($caseId: ID!, $reason: String!) {
  requestEmergencyAccess(caseId: $caseId, reason: $reason) {
    id caseId patientId reason grantedAt expiresAt active staffProfession staff { email } } }`;
const CASE = 'query($id: ID!) { assessmentCase(id: $id) { id status patient { id familyName } } }';
const JOURNAL =
  'query($caseId: ID!) { journal(caseId: $caseId) { totalCount edges { node { text } } } }';
const PATIENT = 'query($id: ID!) { patient(id: $id) { id familyName } }';
const ADD = `mutation($caseId: ID!, $text: String!) {
  addJournalEntry(caseId: $caseId, input: { kind: NOTE, text: $text }) { id authorProfession } }`;
const ASSESS = `mutation($caseId: ID!) {
  recordAssessment(caseId: $caseId, input: { whatMatters: "Å klare seg selv" }) { id } }`;
const HOLD = `mutation($caseId: ID!) {
  putCaseOnHold(caseId: $caseId, input: { reason: "Innlagt" }) { id } }`;
const LIST = `query($from: DateTime, $to: DateTime, $first: Int, $after: String) {
  emergencyAccesses(from: $from, to: $to, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id caseId patientId reason active staff { email } } } } }`;

interface AuditRow {
  action: string;
  access: string;
  emergency: boolean;
  case_ids: string[];
}

describe('emergency access (break-the-glass)', () => {
  let t: TestApp;
  let nord: string;
  let kase: { caseId: string; patientId: string };
  let nurseSor: string;

  const auditOf = async (email: string, caseId: string): Promise<AuditRow[]> =>
    (await t.dataSource.query(
      `SELECT a.action, a.access, a.emergency, a.case_ids FROM audit_events a
         JOIN staff_members s ON s.id = a.actor_id
        WHERE s.email = $1 AND $2 = ANY(a.case_ids) ORDER BY a.occurred_at`,
      [email, caseId],
    )) as AuditRow[];

  beforeAll(async () => {
    t = await createTestApp();
    nord = await idOfDistrict(t, 'Nord');
    kase = await openCaseViaApi(t, { districtId: nord });
    nurseSor = await t.as('nurse.sor@demo.local');
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses a nurse of another district the case until she breaks the glass', async () => {
    expect(errorOf(await t.gql(CASE, { id: kase.caseId }, nurseSor))).toEqual({
      code: 'FORBIDDEN',
      reason: 'NO_RELATION_TO_CASE',
    });
    expect(errorOf(await t.gql(JOURNAL, { caseId: kase.caseId }, nurseSor)).code).toBe('FORBIDDEN');
  });

  it('tells a refused caller whether they may break the glass, and for how long', async () => {
    const extensionsOf = async (email: string) =>
      (await t.gql(CASE, { id: kase.caseId }, await t.as(email))).errors?.[0]?.extensions;
    for (const email of ['nurse.sor@demo.local', 'caseworker.sor@demo.local']) {
      expect(await extensionsOf(email)).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'NO_RELATION_TO_CASE',
        emergencyAccessAllowed: true,
        emergencyAccessHours: 4,
      });
    }
    for (const email of [
      'coordinator.sor@demo.local',
      'leader.sor@demo.local',
      'admin@demo.local',
    ]) {
      const extensions = await extensionsOf(email);
      expect(extensions).toMatchObject({ code: 'FORBIDDEN' });
      expect(extensions).not.toHaveProperty('emergencyAccessAllowed');
    }
    // The journal's refusal says the same.
    const journal = await t.gql(JOURNAL, { caseId: kase.caseId }, nurseSor);
    expect(journal.errors?.[0]?.extensions).toMatchObject({ emergencyAccessAllowed: true });
  });

  it('refuses a request without a reason (BAD_USER_INPUT), writing no grant', async () => {
    const before = await t.count('emergency_access_grants');
    for (const reason of ['', '   ', 'nul\u0000byte']) {
      const result = await t.gql(REQUEST, { caseId: kase.caseId, reason }, nurseSor);
      // Refused by validation, not by the database's CHECK (which would be INVALID_VALUE).
      expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
    }
    const missing = await t.gql(
      'mutation($caseId: ID!) { requestEmergencyAccess(caseId: $caseId) { id } }',
      { caseId: kase.caseId },
      nurseSor,
    );
    expect(errorOf(missing)).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'GRAPHQL_VALIDATION_FAILED',
    });
    expect(await t.count('emergency_access_grants')).toBe(before);
  });

  it('grants 4 hours of reading and journal entries, every access flagged emergency in the audit', async () => {
    const granted = await t.gql<{
      requestEmergencyAccess: Record<string, unknown>;
    }>(
      REQUEST,
      { caseId: kase.caseId, reason: 'Akutt tilsyn på natt, vanlig team ikke tilgjengelig' },
      nurseSor,
    );
    expect(granted.errors).toBeUndefined();
    const grant = granted.data!.requestEmergencyAccess;
    expect(grant).toMatchObject({
      caseId: kase.caseId,
      patientId: kase.patientId,
      reason: 'Akutt tilsyn på natt, vanlig team ikke tilgjengelig',
      active: true,
      staffProfession: 'NURSE',
      staff: { email: 'nurse.sor@demo.local' },
    });
    expect(new Date(grant.expiresAt as string).getTime()).toBe(
      t.clock.now().getTime() + 4 * 3_600_000,
    );

    // Reading: the case with its person, the journal, the person.
    const read = await t.gql(CASE, { id: kase.caseId }, nurseSor);
    expect(read.errors).toBeUndefined();
    const until = await t.gql<{ assessmentCase: { viewerEmergencyAccessUntil: string | null } }>(
      'query($id: ID!) { assessmentCase(id: $id) { viewerEmergencyAccessUntil } }',
      { id: kase.caseId },
      nurseSor,
    );
    expect(until.data!.assessmentCase.viewerEmergencyAccessUntil).toBe(grant.expiresAt);
    const ownTeam = await t.gql<{ assessmentCase: { viewerEmergencyAccessUntil: string | null } }>(
      'query($id: ID!) { assessmentCase(id: $id) { viewerEmergencyAccessUntil } }',
      { id: kase.caseId },
      await t.as('nurse.nord@demo.local'),
    );
    expect(ownTeam.data!.assessmentCase.viewerEmergencyAccessUntil).toBeNull();
    expect((await t.gql(JOURNAL, { caseId: kase.caseId }, nurseSor)).errors).toBeUndefined();
    expect((await t.gql(PATIENT, { id: kase.patientId }, nurseSor)).errors).toBeUndefined();
    // A journal entry.
    const added = await t.gql(ADD, { caseId: kase.caseId, text: 'Tilsyn kl 03: stabil' }, nurseSor);
    expect(added.errors).toBeUndefined();
    // Nothing else: no assessment, no change of the case.
    expect(errorOf(await t.gql(ASSESS, { caseId: kase.caseId }, nurseSor)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(HOLD, { caseId: kase.caseId }, nurseSor)).code).toBe('FORBIDDEN');

    const rows = await auditOf('nurse.sor@demo.local', kase.caseId);
    const byAction = (action: string) => rows.filter((r) => r.action === action);
    expect(byAction('requestEmergencyAccess')).toEqual([
      expect.objectContaining({ access: 'WRITE', emergency: true }),
    ]);
    for (const action of ['assessmentCase', 'journal', 'addJournalEntry']) {
      // Her refused attempts before the grant are REFUSED rows; every access since is flagged.
      const accesses = byAction(action).filter((r) => r.access !== 'REFUSED');
      expect(accesses.length).toBeGreaterThan(0);
      expect(accesses.every((r) => r.emergency)).toBe(true);
    }
    // The person read is flagged too (it touches the person, not the case).
    const [patientRead] = (await t.dataSource.query(
      `SELECT a.emergency FROM audit_events a JOIN staff_members s ON s.id = a.actor_id
        WHERE s.email = 'nurse.sor@demo.local' AND a.action = 'patient' AND $1 = ANY(a.patient_ids)`,
      [kase.patientId],
    )) as { emergency: boolean }[];
    expect(patientRead.emergency).toBe(true);
    // Refusals are REFUSED, not emergency reads.
    expect(byAction('recordAssessment').every((r) => r.access === 'REFUSED')).toBe(true);
  });

  it('leaves the team’s own reads unflagged', async () => {
    const nurseNord = await t.as('nurse.nord@demo.local');
    expect((await t.gql(CASE, { id: kase.caseId }, nurseNord)).errors).toBeUndefined();
    const rows = await auditOf('nurse.nord@demo.local', kase.caseId);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => !r.emergency)).toBe(true);
  });

  it('lists the grant for the privacy officer, and only for the privacy officer', async () => {
    const privacy = await t.as('privacy@demo.local');
    const list = await t.gql<{
      emergencyAccesses: { totalCount: number; edges: { node: Record<string, unknown> }[] };
    }>(LIST, {}, privacy);
    expect(list.errors).toBeUndefined();
    expect(list.data!.emergencyAccesses.edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({
        caseId: kase.caseId,
        reason: 'Akutt tilsyn på natt, vanlig team ikke tilgjengelig',
        staff: { email: 'nurse.sor@demo.local' },
        active: true,
      }),
    );
    const outside = await t.gql<{ emergencyAccesses: { totalCount: number } }>(
      LIST,
      { to: '2000-01-01T00:00:00Z' },
      privacy,
    );
    expect(outside.data!.emergencyAccesses.totalCount).toBe(0);

    for (const email of ['nurse.nord@demo.local', 'leader.nord@demo.local', 'admin@demo.local']) {
      expect(errorOf(await t.gql(LIST, {}, await t.as(email))).code).toBe('FORBIDDEN');
    }
    // Looking at the list is itself audited.
    expect(
      await t.count(
        'audit_events',
        `action = 'emergencyAccesses' AND access = 'READ' AND $1 = ANY(case_ids)`,
        [kase.caseId],
      ),
    ).toBeGreaterThan(0);
  });

  it('pages the privacy officer’s list newest first', async () => {
    const other = await openCaseViaApi(t, { districtId: nord });
    t.clock.advanceDays(0.01);
    await t.gql(REQUEST, { caseId: other.caseId, reason: 'Legevakt ringte' }, nurseSor);
    const privacy = await t.as('privacy@demo.local');
    const first = await t.gql<{
      emergencyAccesses: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { caseId: string } }[];
      };
    }>(LIST, { first: 1 }, privacy);
    const page = first.data!.emergencyAccesses;
    expect(page.totalCount).toBe(2);
    expect(page.edges.map((e) => e.node.caseId)).toEqual([other.caseId]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await t.gql<typeof first.data>(
      LIST,
      { first: 1, after: page.pageInfo.endCursor },
      privacy,
    );
    expect(second.data!.emergencyAccesses.edges.map((e) => e.node.caseId)).toEqual([kase.caseId]);
  });

  it('ends after 4 hours', async () => {
    t.clock.advanceDays(4 / 24);
    expect(errorOf(await t.gql(CASE, { id: kase.caseId }, nurseSor)).code).toBe('FORBIDDEN');
    expect(
      errorOf(await t.gql(ADD, { caseId: kase.caseId, text: 'For sent' }, nurseSor)).code,
    ).toBe('FORBIDDEN');
    const list = await t.gql<{
      emergencyAccesses: { edges: { node: { caseId: string; active: boolean } }[] };
    }>(LIST, {}, await t.as('privacy@demo.local'));
    expect(
      list.data!.emergencyAccesses.edges.find((e) => e.node.caseId === kase.caseId)?.node.active,
    ).toBe(false);
  });

  it('is only for clinical professions and caseworkers without access, and never for an unknown case', async () => {
    const reason = 'Trenger å se saken';
    for (const email of [
      'coordinator.sor@demo.local',
      'leader.sor@demo.local',
      'homecare.sor@demo.local',
      'privacy@demo.local',
      'admin@demo.local',
    ]) {
      expect(
        errorOf(await t.gql(REQUEST, { caseId: kase.caseId, reason }, await t.as(email))),
      ).toEqual({ code: 'FORBIDDEN', reason: 'PROFESSION_NOT_ALLOWED' });
    }
    expect(
      errorOf(
        await t.gql(REQUEST, { caseId: kase.caseId, reason }, await t.as('nurse.nord@demo.local')),
      ),
    ).toEqual({ code: 'FORBIDDEN', reason: 'ALREADY_HAS_ACCESS' });
    expect(
      errorOf(
        await t.gql(
          REQUEST,
          { caseId: '00000000-0000-4000-8000-000000000000', reason },
          await t.as('caseworker.sor@demo.local'),
        ),
      ),
    ).toEqual({ code: 'NOT_FOUND', reason: 'CASE_NOT_FOUND' });
  });

  it('keeps grants append-only in the database', async () => {
    await expect(
      t.ownerQuery(`UPDATE emergency_access_grants SET expires_at = now() + interval '1 year'`),
    ).rejects.toThrow(/append-only/);
    await expect(t.ownerQuery('DELETE FROM emergency_access_grants')).rejects.toThrow(
      /append-only/,
    );
  });
});
