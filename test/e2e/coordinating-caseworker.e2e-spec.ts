import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { createStaff, idOfTeam, insertCase, insertPatient } from 'test/factories/cases';
import { setCoordinationSettings } from 'test/factories/coordination';
import {
  createTestApp,
  errorOf,
  type GqlResult,
  idOfDistrict,
  idOfStaff,
  type TestApp,
} from 'test/utils/test-app';

jest.setTimeout(60_000);

/*
 * Billund's coordinating caseworker (docs/models.md): one per person, set by a CASEWORKER or
 * COORDINATOR of a team in the person's district, who relates to the person's open cases as
 * an assigned member does, and loses that the moment another is named. Coordination levels
 * are on in Nord, off in Sør.
 */

const CASEWORKER = 'caseworker.nord@demo.local';
const COORDINATOR = 'coordinator.nord@demo.local';
const NURSE = 'nurse.nord@demo.local';
const CASEWORKER_SOR = 'caseworker.sor@demo.local';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

const SET = `mutation($p: ID!, $s: ID) {
  setCoordinatingCaseworker(patientId: $p, staffId: $s) { id coordinatingCaseworkerId coordinatingCaseworker { email } } }`;
const READ_CASE = `query($id: ID!) { assessmentCase(id: $id) { id patient { coordinatingCaseworker { email } } } }`;
const LIST = `{ assessmentCases(first: 100) { edges { node { id } } } }`;
const ADD = `mutation($id: ID!) { addJournalEntry(caseId: $id, input: { kind: NOTE, text: "Samtale med datter" }) { id } }`;
const CANCEL = `mutation($id: ID!) { cancelCase(caseId: $id, input: { reason: "Flyttet" }) { id } }`;

describe("the person's coordinating caseworker (Billund)", () => {
  let t: TestApp;
  let nord: string;
  let sor: string;
  let nordTeam: string;
  let coordinatorId: string;
  let follows: string;
  let next: string;

  const run = async <T = Record<string, unknown>>(
    email: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GqlResult<T>> => t.gql<T>(query, variables, await t.as(email));

  const set = (patientId: string, staffId: string | null, as = CASEWORKER) =>
    run<{ setCoordinatingCaseworker: { coordinatingCaseworkerId: string | null } }>(as, SET, {
      p: patientId,
      s: staffId,
    });

  const caseworkerOf = async (patientId: string) =>
    (
      await t.dataSource.query<{ id: string | null }[]>(
        'SELECT coordinating_caseworker_id AS id FROM patients WHERE id = $1',
        [patientId],
      )
    )[0].id;

  beforeAll(async () => {
    t = await createTestApp();
    nord = await idOfDistrict(t, 'Nord');
    sor = await idOfDistrict(t, 'Sør');
    nordTeam = await idOfTeam(t, 'Vurderingsteam Nord');
    coordinatorId = await idOfStaff(t, COORDINATOR);
    // Caseworkers of Nord's mental-health team: no relation to the somatic team's cases.
    const psykTeam = await idOfTeam(t, 'Vurderingsteam psykisk helse Nord');
    follows = await createStaff(t, 'cw.follows@demo.local', 'CASEWORKER', { teamId: psykTeam });
    next = await createStaff(t, 'cw.next@demo.local', 'CASEWORKER', { teamId: psykTeam });
    await setCoordinationSettings(t, nord);
  });
  afterAll(() => t?.close());

  it("gives access to the person's open cases as an assigned member has, and takes it when replaced", async () => {
    const kase = await insertCase(t, { teamId: nordTeam, districtId: nord, coordinatorId });
    expect(errorOf(await run('cw.follows@demo.local', READ_CASE, { id: kase.caseId }))).toEqual({
      code: 'FORBIDDEN',
      reason: 'NO_RELATION_TO_CASE',
    });

    const named = await set(kase.patientId, follows);
    expect(named.errors).toBeUndefined();
    expect(named.data!.setCoordinatingCaseworker).toEqual({
      id: kase.patientId,
      coordinatingCaseworkerId: follows,
      coordinatingCaseworker: { email: 'cw.follows@demo.local' },
    });
    const read = await run<{ assessmentCase: { patient: unknown } }>(
      'cw.follows@demo.local',
      READ_CASE,
      { id: kase.caseId },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.assessmentCase.patient).toEqual({
      coordinatingCaseworker: { email: 'cw.follows@demo.local' },
    });
    const listed = await run<{ assessmentCases: { edges: { node: { id: string } }[] } }>(
      'cw.follows@demo.local',
      LIST,
    );
    expect(listed.data!.assessmentCases.edges.map((e) => e.node.id)).toContain(kase.caseId);
    expect(errorOf(await run('cw.follows@demo.local', ADD, { id: kase.caseId }))).toEqual({});
    // The journal of each open case says who follows the person.
    expect(
      await t.count(
        'journal_entries',
        `case_id = $1 AND kind = 'EVENT' AND text LIKE 'Ny koordinerende saksbehandler%'`,
        [kase.caseId],
      ),
    ).toBe(1);
    expect(
      await t.count(
        'audit_events',
        `action = 'setCoordinatingCaseworker' AND access = 'WRITE' AND args->>'to' = $1 AND args->>'from' IS NULL AND $2 = ANY(patient_ids) AND $3 = ANY(case_ids)`,
        [follows, kase.patientId, kase.caseId],
      ),
    ).toBe(1);

    expect((await set(kase.patientId, next)).errors).toBeUndefined();
    expect(errorOf(await run('cw.follows@demo.local', READ_CASE, { id: kase.caseId }))).toEqual({
      code: 'FORBIDDEN',
      reason: 'NO_RELATION_TO_CASE',
    });
    expect(errorOf(await run('cw.follows@demo.local', ADD, { id: kase.caseId }))).toEqual({
      code: 'FORBIDDEN',
      reason: 'NO_RELATION_TO_CASE',
    });
    expect(errorOf(await run('cw.next@demo.local', READ_CASE, { id: kase.caseId }))).toEqual({});
    expect(
      await t.count(
        'audit_events',
        `action = 'setCoordinatingCaseworker' AND access = 'WRITE' AND args->>'from' = $1 AND args->>'to' = $2`,
        [follows, next],
      ),
    ).toBe(1);

    // Cleared: nobody follows the person.
    expect((await set(kase.patientId, null)).errors).toBeUndefined();
    expect(await caseworkerOf(kase.patientId)).toBeNull();
    expect(errorOf(await run('cw.next@demo.local', READ_CASE, { id: kase.caseId }))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('gives no access to a finished case of the person', async () => {
    const kase = await insertCase(t, { teamId: nordTeam, districtId: nord, coordinatorId });
    expect((await set(kase.patientId, follows)).errors).toBeUndefined();
    expect(errorOf(await run(COORDINATOR, CANCEL, { id: kase.caseId }))).toEqual({});
    expect(errorOf(await run('cw.follows@demo.local', READ_CASE, { id: kase.caseId }))).toEqual({
      code: 'FORBIDDEN',
      reason: 'NO_RELATION_TO_CASE',
    });
  });

  it('writes nothing when the same caseworker is named again (audited as a read)', async () => {
    const { patientId } = await insertPatient(t, nord);
    expect((await set(patientId, follows, COORDINATOR)).errors).toBeUndefined();
    const writes = () =>
      t.count(
        'audit_events',
        `action = 'setCoordinatingCaseworker' AND access = 'WRITE' AND $1 = ANY(patient_ids)`,
        [patientId],
      );
    const before = await writes();
    expect((await set(patientId, follows, COORDINATOR)).errors).toBeUndefined();
    expect(await writes()).toBe(before);
    expect(
      await t.count(
        'audit_events',
        `action = 'setCoordinatingCaseworker' AND access = 'READ' AND $1 = ANY(patient_ids)`,
        [patientId],
      ),
    ).toBe(1);
  });

  it.each([
    ['a nurse of the district', NURSE, 'follows', { code: 'FORBIDDEN', reason: 'NOT_IN_DISTRICT' }],
    [
      "another district's caseworker",
      CASEWORKER_SOR,
      'follows',
      { code: 'FORBIDDEN', reason: 'NOT_IN_DISTRICT' },
    ],
    [
      'a nurse as the caseworker',
      CASEWORKER,
      'nurse',
      { code: 'BAD_USER_INPUT', reason: 'COORDINATING_CASEWORKER_INVALID' },
    ],
    [
      "another district's caseworker as the caseworker",
      CASEWORKER,
      'sor',
      { code: 'BAD_USER_INPUT', reason: 'COORDINATING_CASEWORKER_INVALID' },
    ],
    [
      'an unknown staff member',
      CASEWORKER,
      'unknown',
      { code: 'BAD_USER_INPUT', reason: 'COORDINATING_CASEWORKER_INVALID' },
    ],
    ['a staff id that is no id', CASEWORKER, 'not-an-id', { code: 'BAD_USER_INPUT' }],
  ])('refuses %s, changing nothing', async (_what, as, who, expected) => {
    const { patientId } = await insertPatient(t, nord);
    const staffId = {
      follows,
      nurse: await idOfStaff(t, NURSE),
      sor: await idOfStaff(t, CASEWORKER_SOR),
      unknown: UNKNOWN_ID,
      'not-an-id': 'x',
    }[who];
    const result = await set(patientId, staffId!, as);
    expect(errorOf(result)).toMatchObject(expected);
    expect(await caseworkerOf(patientId)).toBeNull();
    expect(
      await t.count(
        'audit_events',
        `action = 'setCoordinatingCaseworker' AND access = 'WRITE' AND $1 = ANY(patient_ids)`,
        [patientId],
      ),
    ).toBe(0);
  });

  it('audits a refused caller', async () => {
    const { patientId } = await insertPatient(t, nord);
    await set(patientId, follows, NURSE);
    expect(
      await t.count(
        'audit_events',
        `action = 'setCoordinatingCaseworker' AND access = 'REFUSED' AND $1 = ANY(patient_ids)`,
        [patientId],
      ),
    ).toBe(1);
  });

  it('refuses where coordination levels are off in the district (FEATURE_DISABLED), audited', async () => {
    const { patientId } = await insertPatient(t, sor);
    const result = await set(patientId, await idOfStaff(t, CASEWORKER_SOR), CASEWORKER_SOR);
    expect(errorOf(result)).toEqual({ code: 'FORBIDDEN', reason: 'FEATURE_DISABLED' });
    expect(await caseworkerOf(patientId)).toBeNull();
    expect(
      await t.count(
        'audit_events',
        `action = 'setCoordinatingCaseworker' AND access = 'REFUSED' AND args->>'reason' = 'FEATURE_DISABLED' AND $1 = ANY(patient_ids)`,
        [patientId],
      ),
    ).toBe(1);
  });

  it('answers NOT_FOUND for an unknown person', async () => {
    expect(errorOf(await set(UNKNOWN_ID, follows))).toEqual({
      code: 'NOT_FOUND',
      reason: 'PATIENT_NOT_FOUND',
    });
  });
});
