import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { insertDecision } from 'test/factories/case-states';
import {
  idOfTeam,
  insertCase,
  registerPatientViaApi,
  registerReferralViaApi,
} from 'test/factories/cases';
import { openedWithCoordination, setCoordinationSettings } from 'test/factories/coordination';
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
 * Billund's coordination levels (docs/models.md): the level set at acceptance and changed by
 * the coordinator, what it asks for before the decision, and the coordination meeting in the
 * journal. Coordination levels are on in Nord (switched on by the administrator in beforeAll)
 * and off in Sør.
 */

const COORDINATOR = 'coordinator.nord@demo.local';
const CASEWORKER = 'caseworker.nord@demo.local';
const NURSE = 'nurse.nord@demo.local';
const PHYSIO = 'physio.nord@demo.local';
const COORDINATOR_SOR = 'coordinator.sor@demo.local';

const CASE = `id status coordinationLevel
  coordinationRequirements { level professionsRequired professionsAssessed meetingRequired meetingHeld missing met }
  history { action reason fromStatus toStatus }`;
const ACCEPT = `mutation($id: ID!, $input: AcceptReferralInput) {
  acceptReferral(referralId: $id, input: $input) { ${CASE} } }`;
const SET_LEVEL = `mutation($id: ID!, $level: Int!, $reason: String!) {
  setCoordinationLevel(caseId: $id, level: $level, reason: $reason) { ${CASE} } }`;
const READ = `query($id: ID!) { assessmentCase(id: $id) { ${CASE} } }`;
const ADD = `mutation($id: ID!, $input: AddJournalEntryInput!) {
  addJournalEntry(caseId: $id, input: $input) { id kind participants { kind role name } } }`;
const AMEND = `mutation($id: ID!, $input: AmendJournalEntryInput!) {
  amendJournalEntry(entryId: $id, input: $input, reason: "Rettet") { id kind participants { kind role name } } }`;
const ASSESS = `mutation($id: ID!) { recordAssessment(caseId: $id, input: { whatMatters: "Å bo hjemme" }) { id } }`;
const DECIDE = `mutation($id: ID!) { recordDecision(caseId: $id, input: { outcome: NO_SERVICES, services: [],
  legalBasisCode: "HOL_3_2_6A", justification: "Klarer seg selv" }) { id } }`;
const PREVIEW = `query($id: ID!) { decisionLetterPreview(caseId: $id, input: { outcome: NO_SERVICES, services: [],
  legalBasisCode: "HOL_3_2_6A", justification: "Klarer seg selv" }) { letter } }`;

interface CaseView {
  id: string;
  status: string;
  coordinationLevel: number | null;
  coordinationRequirements: {
    level: number;
    professionsRequired: number;
    professionsAssessed: string[];
    meetingRequired: boolean;
    meetingHeld: boolean;
    missing: string[];
    met: boolean;
  } | null;
  history: { action: string; reason: string | null; fromStatus: string | null; toStatus: string }[];
}

describe("coordination levels (Billund): the case's level, its decision requirements, the coordination meeting", () => {
  let t: TestApp;
  let nord: string;
  let sor: string;
  let nordTeam: string;
  let coordinatorId: string;

  const run = async <T = Record<string, unknown>>(
    email: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GqlResult<T>> => t.gql<T>(query, variables, await t.as(email));

  /** A referral for a new person of the district, registered by its coordinator. */
  const referral = async (districtId: string, by: string) => {
    const patientId = await registerPatientViaApi(t, { districtId, by });
    return (await registerReferralViaApi(t, patientId, { by })).id;
  };

  /** A case of Nord accepted through the API at `level`. */
  const openAt = async (level?: number): Promise<CaseView> => {
    const result = await run<{ acceptReferral: CaseView }>(COORDINATOR, ACCEPT, {
      id: await referral(nord, COORDINATOR),
      input: level === undefined ? {} : { coordinationLevel: level },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.acceptReferral;
  };

  const read = async (caseId: string): Promise<CaseView> => {
    const result = await run<{ assessmentCase: CaseView }>(COORDINATOR, READ, { id: caseId });
    expect(result.errors).toBeUndefined();
    return result.data!.assessmentCase;
  };

  const writes = (caseId: string) =>
    Promise.all([
      t.count('case_history', 'case_id = $1', [caseId]),
      t.count('journal_entries', 'case_id = $1', [caseId]),
      t.count('audit_events', `access = 'WRITE' AND $1 = ANY(case_ids)`, [caseId]),
    ]);

  const meeting = (participants: Record<string, unknown>[]) => ({
    kind: 'COORDINATION_MEETING',
    text: 'Koordineringsmøte om hjelpen hjemme',
    participants,
  });

  beforeAll(async () => {
    t = await createTestApp();
    nord = await idOfDistrict(t, 'Nord');
    sor = await idOfDistrict(t, 'Sør');
    nordTeam = await idOfTeam(t, 'Vurderingsteam Nord');
    coordinatorId = await idOfStaff(t, COORDINATOR);
    await setCoordinationSettings(t, nord);
  });
  afterAll(() => t?.close());

  describe('acceptReferral', () => {
    it('opens a case at level 1 unless told, and at the level given, saying so in the journal', async () => {
      const plain = await openAt();
      expect(plain.coordinationLevel).toBe(1);
      expect(plain.coordinationRequirements).toMatchObject({ level: 1, missing: [], met: true });
      const complex = await openAt(3);
      expect(complex.coordinationLevel).toBe(3);
      const [entry] = await t.dataSource.query<{ text: string }[]>(
        `SELECT text FROM journal_entries WHERE case_id = $1 AND kind = 'EVENT' ORDER BY written_at LIMIT 1`,
        [complex.id],
      );
      expect(entry.text).toContain('Koordineringsnivå 3');
      expect(
        await t.count(
          'audit_events',
          `action = 'acceptReferral' AND access = 'WRITE' AND (args->>'coordinationLevel')::int = 3 AND $1 = ANY(case_ids)`,
          [complex.id],
        ),
      ).toBe(1);
    });

    it('refuses a level outside 1–3 (BAD_USER_INPUT), opening nothing', async () => {
      const id = await referral(nord, COORDINATOR);
      const result = await run(COORDINATOR, ACCEPT, { id, input: { coordinationLevel: 4 } });
      expect(errorOf(result).code).toBe('BAD_USER_INPUT');
      expect(await t.count('referrals', `id = $1 AND status = 'RECEIVED'`, [id])).toBe(1);
    });

    it('opens a case without a level where coordination levels are off, and refuses a level given there (FEATURE_DISABLED)', async () => {
      const plain = await run<{ acceptReferral: CaseView }>(COORDINATOR_SOR, ACCEPT, {
        id: await referral(sor, COORDINATOR_SOR),
      });
      expect(plain.data!.acceptReferral.coordinationLevel).toBeNull();
      expect(plain.data!.acceptReferral.coordinationRequirements).toBeNull();

      const id = await referral(sor, COORDINATOR_SOR);
      const refused = await run(COORDINATOR_SOR, ACCEPT, { id, input: { coordinationLevel: 2 } });
      expect(errorOf(refused)).toEqual({ code: 'FORBIDDEN', reason: 'FEATURE_DISABLED' });
      expect(await t.count('referrals', `id = $1 AND status = 'RECEIVED'`, [id])).toBe(1);
      expect(
        await t.count(
          'audit_events',
          `action = 'acceptReferral' AND access = 'REFUSED' AND args->>'reason' = 'FEATURE_DISABLED'`,
        ),
      ).toBe(1);
    });
  });

  describe('setCoordinationLevel', () => {
    it('changes the level with a reason: a history row, a journal event and an audit row', async () => {
      const kase = await openAt(1);
      const result = await run<{ setCoordinationLevel: CaseView }>(COORDINATOR, SET_LEVEL, {
        id: kase.id,
        level: 2,
        reason: 'Fysioterapeut og sykepleier skal begge vurdere',
      });
      expect(result.errors).toBeUndefined();
      const changed = result.data!.setCoordinationLevel;
      expect(changed.coordinationLevel).toBe(2);
      expect(changed.history).toContainEqual({
        action: 'SET_COORDINATION_LEVEL',
        reason: 'Fysioterapeut og sykepleier skal begge vurdere',
        fromStatus: 'ACTIVE',
        toStatus: 'ACTIVE',
      });
      expect(
        await t.count(
          'journal_entries',
          `case_id = $1 AND text LIKE 'Koordineringsnivå endret fra 1 til 2:%'`,
          [kase.id],
        ),
      ).toBe(1);
      expect(
        await t.count(
          'audit_events',
          `action = 'setCoordinationLevel' AND access = 'WRITE' AND (args->>'from')::int = 1 AND (args->>'to')::int = 2 AND $1 = ANY(case_ids)`,
          [kase.id],
        ),
      ).toBe(1);
    });

    it('writes nothing for the same level again (audited as a read)', async () => {
      const kase = await openAt(2);
      const before = await writes(kase.id);
      const result = await run<{ setCoordinationLevel: CaseView }>(COORDINATOR, SET_LEVEL, {
        id: kase.id,
        level: 2,
        reason: 'Uendret',
      });
      expect(result.data!.setCoordinationLevel.coordinationLevel).toBe(2);
      expect(await writes(kase.id)).toEqual(before);
      expect(
        await t.count(
          'audit_events',
          `action = 'setCoordinationLevel' AND access = 'READ' AND $1 = ANY(case_ids)`,
          [kase.id],
        ),
      ).toBe(1);
    });

    it.each([
      [
        'a nurse of the team',
        NURSE,
        2,
        'Begrunnelse',
        { code: 'FORBIDDEN', reason: 'NOT_CASE_COORDINATOR' },
      ],
      [
        "another district's coordinator",
        COORDINATOR_SOR,
        2,
        'Begrunnelse',
        { code: 'FORBIDDEN', reason: 'NO_RELATION_TO_CASE' },
      ],
      ['level 0', COORDINATOR, 0, 'Begrunnelse', { code: 'BAD_USER_INPUT' }],
      ['level 4', COORDINATOR, 4, 'Begrunnelse', { code: 'BAD_USER_INPUT' }],
      ['a blank reason', COORDINATOR, 2, '   ', { code: 'BAD_USER_INPUT' }],
      ['a reason over 500 characters', COORDINATOR, 2, 'x'.repeat(501), { code: 'BAD_USER_INPUT' }],
    ])('refuses %s, writing nothing', async (_what, email, level, reason, expected) => {
      const kase = await openAt(1);
      const before = await writes(kase.id);
      const result = await run(email, SET_LEVEL, { id: kase.id, level, reason });
      expect(errorOf(result)).toMatchObject(expected);
      expect(await writes(kase.id)).toEqual(before);
      expect((await read(kase.id)).coordinationLevel).toBe(1);
    });

    it('audits the refusal of a caller without the right', async () => {
      const kase = await openAt(1);
      await run(NURSE, SET_LEVEL, { id: kase.id, level: 3, reason: 'Begrunnelse' });
      expect(
        await t.count(
          'audit_events',
          `action = 'setCoordinationLevel' AND access = 'REFUSED' AND $1 = ANY(case_ids)`,
          [kase.id],
        ),
      ).toBe(1);
    });

    it('refuses a decided case (INVALID_TRANSITION, CASE_ALREADY_DECIDED)', async () => {
      const caseworkerId = await idOfStaff(t, CASEWORKER);
      const kase = await insertCase(t, { teamId: nordTeam, districtId: nord, coordinatorId });
      await openedWithCoordination(t, kase.caseId, 1);
      await insertDecision(t, kase, caseworkerId, 'GRANTED');
      const before = await writes(kase.caseId);
      const result = await run(COORDINATOR, SET_LEVEL, {
        id: kase.caseId,
        level: 2,
        reason: 'For sent',
      });
      expect(errorOf(result)).toEqual({
        code: 'INVALID_TRANSITION',
        reason: 'CASE_ALREADY_DECIDED',
      });
      expect(await writes(kase.caseId)).toEqual(before);
    });

    it('is offered in viewerCan to the coordinator only where the case has a level', async () => {
      const VIEWER_CAN = `query($id: ID!) { assessmentCase(id: $id) { viewerCan } }`;
      const can = async (email: string, id: string) =>
        (await run<{ assessmentCase: { viewerCan: string[] } }>(email, VIEWER_CAN, { id })).data!
          .assessmentCase.viewerCan;
      const level = await openAt(2);
      const off = await insertCase(t, { teamId: nordTeam, districtId: nord, coordinatorId });
      expect(await can(COORDINATOR, level.id)).toContain('setCoordinationLevel');
      expect(await can(NURSE, level.id)).not.toContain('setCoordinationLevel');
      expect(await can(COORDINATOR, off.caseId)).not.toContain('setCoordinationLevel');
      // The person's coordinating caseworker: the intake staff of the district, on such a case.
      expect(await can(CASEWORKER, level.id)).toContain('setCoordinatingCaseworker');
      expect(await can(COORDINATOR, level.id)).toContain('setCoordinatingCaseworker');
      expect(await can(NURSE, level.id)).not.toContain('setCoordinatingCaseworker');
      expect(await can(COORDINATOR, off.caseId)).not.toContain('setCoordinatingCaseworker');
    });

    it('refuses a case opened with coordination levels off (FEATURE_DISABLED), audited', async () => {
      const kase = await insertCase(t, { teamId: nordTeam, districtId: nord, coordinatorId });
      const before = await writes(kase.caseId);
      const result = await run(COORDINATOR, SET_LEVEL, {
        id: kase.caseId,
        level: 2,
        reason: 'Begrunnelse',
      });
      expect(errorOf(result)).toEqual({ code: 'FORBIDDEN', reason: 'FEATURE_DISABLED' });
      expect(await writes(kase.caseId)).toEqual(before);
      expect(
        await t.count(
          'audit_events',
          `action = 'setCoordinationLevel' AND access = 'REFUSED' AND args->>'reason' = 'FEATURE_DISABLED' AND $1 = ANY(case_ids)`,
          [kase.caseId],
        ),
      ).toBe(1);
    });
  });

  describe('the decision at level 2 and 3', () => {
    it('is refused, naming what is missing, until two professions have assessed and a meeting with a relative is held', async () => {
      const kase = await openAt(3);
      expect(kase.coordinationRequirements).toEqual({
        level: 3,
        professionsRequired: 2,
        professionsAssessed: [],
        meetingRequired: true,
        meetingHeld: false,
        missing: ['PROFESSIONS:0/2', 'COORDINATION_MEETING'],
        met: false,
      });
      const before = await t.count('decisions', 'case_id = $1', [kase.id]);
      for (const query of [DECIDE, PREVIEW]) {
        const refused = await run(CASEWORKER, query, { id: kase.id });
        expect(errorOf(refused)).toEqual({
          code: 'INVALID_TRANSITION',
          reason: 'COORDINATION_REQUIREMENTS_MISSING',
        });
        expect(refused.errors![0].extensions!.missing).toEqual([
          'PROFESSIONS:0/2',
          'COORDINATION_MEETING',
        ]);
        expect(refused.errors![0].message).toContain('coordination meeting');
      }
      expect(await t.count('decisions', 'case_id = $1', [kase.id])).toBe(before);

      expect(errorOf(await run(NURSE, ASSESS, { id: kase.id }))).toEqual({});
      expect(errorOf(await run(PHYSIO, ASSESS, { id: kase.id }))).toEqual({});
      // A second assessment by the same profession counts once.
      expect(errorOf(await run(NURSE, ASSESS, { id: kase.id }))).toEqual({});
      expect((await read(kase.id)).coordinationRequirements).toMatchObject({
        professionsAssessed: ['NURSE', 'PHYSIOTHERAPIST'],
        missing: ['COORDINATION_MEETING'],
      });

      // A meeting of professionals and external parties only is not the meeting level 3 asks for.
      const external = await run(COORDINATOR, ADD, {
        id: kase.id,
        input: meeting([{ kind: 'EXTERNAL', role: 'fastlege' }]),
      });
      expect(external.errors).toBeUndefined();
      const stillMissing = await run(CASEWORKER, DECIDE, { id: kase.id });
      expect(stillMissing.errors![0].extensions!.missing).toEqual(['COORDINATION_MEETING']);

      const held = await run(COORDINATOR, ADD, {
        id: kase.id,
        input: meeting([
          { kind: 'PERSON' },
          { kind: 'RELATIVE', role: 'datter', name: 'Kari' },
          { kind: 'EXTERNAL', role: 'NAV' },
        ]),
      });
      expect(held.errors).toBeUndefined();
      expect((await read(kase.id)).coordinationRequirements).toMatchObject({
        meetingHeld: true,
        missing: [],
        met: true,
      });
      expect(errorOf(await run(CASEWORKER, PREVIEW, { id: kase.id }))).toEqual({});
      expect(errorOf(await run(CASEWORKER, DECIDE, { id: kase.id }))).toEqual({});
    });

    it('at level 2 needs the professions only; at level 1 nothing', async () => {
      const two = await openAt(2);
      expect(two.coordinationRequirements).toMatchObject({
        professionsRequired: 2,
        meetingRequired: false,
        missing: ['PROFESSIONS:0/2'],
      });
      const one = await openAt(1);
      expect(errorOf(await run(CASEWORKER, DECIDE, { id: one.id }))).toEqual({});
    });

    it("keeps the case's own settings: a later change in the district does not move it", async () => {
      const kase = await openAt(2);
      await setCoordinationSettings(t, nord, { coordinationLevels: true, level2MinProfessions: 1 });
      try {
        expect((await read(kase.id)).coordinationRequirements!.missing).toEqual([
          'PROFESSIONS:0/2',
        ]);
        const later = await openAt(2);
        expect(later.coordinationRequirements!.missing).toEqual(['PROFESSIONS:0/1']);
      } finally {
        await setCoordinationSettings(t, nord, {
          coordinationLevels: true,
          level2MinProfessions: null,
        });
      }
    });

    it('never asks anything of a case opened with coordination levels off', async () => {
      const kase = await insertCase(t, { teamId: nordTeam, districtId: nord, coordinatorId });
      expect((await read(kase.caseId)).coordinationRequirements).toBeNull();
      expect(errorOf(await run(CASEWORKER, DECIDE, { id: kase.caseId }))).toEqual({});
    });
  });

  describe('the coordination meeting in the journal', () => {
    it('stores the participants with the entry, and a correction keeps them', async () => {
      const kase = await openAt(3);
      const participants = [
        { kind: 'PERSON', role: null, name: null },
        { kind: 'RELATIVE', role: 'sønn', name: 'Per' },
        { kind: 'EXTERNAL', role: 'fastlege', name: null },
      ];
      const added = await run<{ addJournalEntry: { id: string; participants: unknown[] } }>(
        NURSE,
        ADD,
        { id: kase.id, input: meeting(participants) },
      );
      expect(added.errors).toBeUndefined();
      expect(added.data!.addJournalEntry.participants).toEqual(participants);
      const amended = await run<{ amendJournalEntry: { kind: string; participants: unknown[] } }>(
        NURSE,
        AMEND,
        { id: added.data!.addJournalEntry.id, input: { text: 'Koordineringsmøte, rettet' } },
      );
      expect(amended.errors).toBeUndefined();
      expect(amended.data!.amendJournalEntry).toEqual(
        expect.objectContaining({ kind: 'COORDINATION_MEETING', participants }),
      );
      const toNote = await run(NURSE, AMEND, {
        id: (amended.data!.amendJournalEntry as unknown as { id: string }).id,
        input: { text: 'Et notat', kind: 'NOTE' },
      });
      expect(errorOf(toNote)).toEqual({ code: 'BAD_USER_INPUT', reason: 'MEETING_KIND_FIXED' });
    });

    it.each([
      ['no participants', { kind: 'COORDINATION_MEETING', text: 'Møte' }, 'PARTICIPANTS_REQUIRED'],
      [
        'an empty list',
        { kind: 'COORDINATION_MEETING', text: 'Møte', participants: [] },
        undefined,
      ],
      [
        'participants on a note',
        { kind: 'NOTE', text: 'Notat', participants: [{ kind: 'PERSON' }] },
        'PARTICIPANTS_NOT_ALLOWED',
      ],
      ['an external party without a role', meeting([{ kind: 'EXTERNAL' }]), undefined],
      ['an unknown kind of participant', meeting([{ kind: 'NEIGHBOUR' }]), undefined],
    ])('refuses %s (BAD_USER_INPUT), writing nothing', async (_what, input, reason) => {
      const kase = await openAt(3);
      const before = await writes(kase.id);
      const result = await run(NURSE, ADD, { id: kase.id, input });
      expect(errorOf(result).code).toBe('BAD_USER_INPUT');
      if (reason) expect(errorOf(result).reason).toBe(reason);
      expect(await writes(kase.id)).toEqual(before);
    });

    it('refuses a coordination meeting in a case opened with coordination levels off (FEATURE_DISABLED)', async () => {
      const kase = await insertCase(t, { teamId: nordTeam, districtId: nord, coordinatorId });
      const before = await writes(kase.caseId);
      const result = await run(NURSE, ADD, {
        id: kase.caseId,
        input: meeting([{ kind: 'PERSON' }]),
      });
      expect(errorOf(result)).toEqual({ code: 'FORBIDDEN', reason: 'FEATURE_DISABLED' });
      expect(await writes(kase.caseId)).toEqual(before);
    });

    it('refuses it to someone who may not write in the case (FORBIDDEN)', async () => {
      const kase = await openAt(3);
      const result = await run(COORDINATOR_SOR, ADD, {
        id: kase.id,
        input: meeting([{ kind: 'PERSON' }]),
      });
      expect(errorOf(result)).toEqual({ code: 'FORBIDDEN', reason: 'NO_RELATION_TO_CASE' });
    });
  });
});
