import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, errorOf, idOfDistrict, type TestApp } from 'test/utils/test-app';

const REGISTER = `mutation($input: RegisterReferralInput!) { registerReferral(input: $input) { id status caseId urgency } }`;
const ACCEPT = `mutation($id: ID!) { acceptReferral(referralId: $id) {
  id status acceptedOn deadlineDate deadline daysElapsed daysRemaining isOverdue atRisk clarificationDays
  coordinator { email } team { name } patient { id } } }`;
const CASE = `query($id: ID!) { assessmentCase(id: $id) { id status deadlineDate deadline daysRemaining holdDays
  history { action fromStatus toStatus reason actor { email } } } }`;
const LIST = `query($filter: CaseFilter) { assessmentCases(filter: $filter, first: 50) { totalCount edges { node { id daysRemaining } } } }`;

type CaseResult = Record<string, unknown> & { id: string; deadlineDate: string; deadline: string };

describe('intake and the clarification period', () => {
  let t: TestApp;
  let nordPatients: string[];

  const referral = (patientId: string, extra: Record<string, unknown> = {}) => ({
    input: {
      patientId,
      source: 'HOSPITAL_DISCHARGE',
      channel: 'DIGITAL',
      receivedAt: t.clock.now().toISOString(),
      description: 'Utskrevet fra UNN etter lårhalsbrudd, bor alene.',
      helpRequested: 'Hjelp til personlig stell og trygghetsalarm',
      ...extra,
    },
  });

  beforeAll(async () => {
    t = await createTestApp();
    // Monday 2 March 2026, 09:00 in Oslo.
    t.clock.set('2026-03-02T09:00:00+01:00');
    const nord = await idOfDistrict(t, 'Nord');
    nordPatients = (
      (await t.dataSource.query(
        'SELECT id FROM patients WHERE district_id = $1 ORDER BY family_name',
        [nord],
      )) as { id: string }[]
    ).map((r) => r.id);
  });
  afterAll(async () => {
    await t.close();
  });

  it('opens a case whose deadline is the end of the local day 14 days after acceptance, moved by a hold', async () => {
    const coordinator = await t.as('coordinator.nord@demo.local');
    const registered = await t.gql<{ registerReferral: { id: string; status: string } }>(
      REGISTER,
      referral(nordPatients[0]),
      coordinator,
    );
    expect(registered.data?.registerReferral.status).toBe('RECEIVED');

    const accepted = await t.gql<{ acceptReferral: CaseResult }>(
      ACCEPT,
      { id: registered.data!.registerReferral.id },
      coordinator,
    );
    expect(accepted.errors).toBeUndefined();
    const kase = accepted.data!.acceptReferral;
    expect(kase).toMatchObject({
      status: 'ACTIVE',
      acceptedOn: '2026-03-02',
      deadlineDate: '2026-03-16',
      // End of Monday 16 March in Oslo (UTC+1).
      deadline: '2026-03-16T22:59:59.999Z',
      daysElapsed: 0,
      daysRemaining: 14,
      isOverdue: false,
      atRisk: false,
      clarificationDays: 14,
      coordinator: { email: 'coordinator.nord@demo.local' },
      team: { name: 'Vurderingsteam Nord' },
    });

    await t.gql(
      'mutation($id: ID!) { putCaseOnHold(caseId: $id, input: { reason: "Innlagt på sykehus" }) { status } }',
      { id: kase.id },
      coordinator,
    );
    t.clock.advanceDays(3);
    const resumed = await t.gql<{
      resumeCase: { status: string; deadlineDate: string; holdDays: number };
    }>(
      'mutation($id: ID!) { resumeCase(caseId: $id) { status deadlineDate holdDays } }',
      { id: kase.id },
      coordinator,
    );
    expect(resumed.errors).toBeUndefined();
    expect(resumed.data?.resumeCase).toEqual({
      status: 'ACTIVE',
      deadlineDate: '2026-03-19',
      holdDays: 3,
    });

    const read = await t.gql<{
      assessmentCase: {
        history: { action: string; fromStatus: string | null; toStatus: string }[];
        deadline: string;
      };
    }>(CASE, { id: kase.id }, coordinator);
    expect(read.data?.assessmentCase.deadline).toBe('2026-03-19T22:59:59.999Z');
    expect(
      read.data?.assessmentCase.history.map((h) => [h.action, h.fromStatus, h.toStatus]),
    ).toEqual([
      ['ACCEPTED', null, 'ACTIVE'],
      ['HOLD', 'ACTIVE', 'ON_HOLD'],
      ['RESUME', 'ON_HOLD', 'ACTIVE'],
    ]);

    const close = await t.gql(
      'mutation($id: ID!) { closeCase(caseId: $id) { status } }',
      { id: kase.id },
      coordinator,
    );
    expect(errorOf(close)).toEqual({ code: 'INVALID_TRANSITION', reason: 'DECISION_REQUIRED' });

    const otherDistrict = await t.as('nurse.sor@demo.local');
    expect(errorOf(await t.gql(CASE, { id: kase.id }, otherDistrict))).toEqual({
      code: 'FORBIDDEN',
      reason: 'NO_RELATION_TO_CASE',
    });
    const theirList = await t.gql<{ assessmentCases: { edges: { node: { id: string } }[] } }>(
      LIST,
      {},
      otherDistrict,
    );
    expect(theirList.data?.assessmentCases.edges.map((e) => e.node.id)).not.toContain(kase.id);
    const ownList = await t.gql<{ assessmentCases: { edges: { node: { id: string } }[] } }>(
      LIST,
      {},
      await t.as('nurse.nord@demo.local'),
    );
    expect(ownList.data?.assessmentCases.edges.map((e) => e.node.id)).toContain(kase.id);
  });

  it('opens exactly one case when two coordinators accept the same referral at once', async () => {
    const caseworker = await t.as('caseworker.nord@demo.local');
    const registered = await t.gql<{ registerReferral: { id: string } }>(
      REGISTER,
      referral(nordPatients[1]),
      caseworker,
    );
    const id = registered.data!.registerReferral.id;
    const results = await Promise.all([
      t.gql<{ acceptReferral: { id: string } }>(
        ACCEPT,
        { id },
        await t.as('coordinator.nord@demo.local'),
      ),
      t.gql<{ acceptReferral: { id: string } }>(ACCEPT, { id }, caseworker),
    ]);
    const succeeded = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(succeeded).toHaveLength(1);
    expect(refused.map(errorOf)).toEqual([
      { code: 'INVALID_TRANSITION', reason: 'REFERRAL_ALREADY_TRIAGED' },
    ]);
    expect(await t.count('assessment_cases', 'patient_id = $1', [nordPatients[1]])).toBe(1);
  });

  it('filters overdue and at-risk cases in SQL the same way the clock computes them', async () => {
    const coordinator = await t.as('coordinator.nord@demo.local');
    t.clock.set('2026-04-01T10:00:00+02:00');
    const registered = await t.gql<{ registerReferral: { id: string } }>(
      REGISTER,
      referral(nordPatients[2]),
      coordinator,
    );
    const accepted = await t.gql<{ acceptReferral: { id: string } }>(
      ACCEPT,
      { id: registered.data!.registerReferral.id },
      coordinator,
    );
    const caseId = accepted.data!.acceptReferral.id;
    const ids = async (filter: Record<string, unknown>) =>
      (
        (
          await t.gql<{ assessmentCases: { edges: { node: { id: string } }[] } }>(
            LIST,
            { filter },
            coordinator,
          )
        ).data?.assessmentCases.edges ?? []
      ).map((e) => e.node.id);

    t.clock.set('2026-04-10T12:00:00+02:00'); // day 9 of 14
    expect(await ids({ atRisk: true })).not.toContain(caseId);
    t.clock.set('2026-04-11T12:00:00+02:00'); // day 10: at risk, no agreed plan
    expect(await ids({ atRisk: true })).toContain(caseId);
    expect(await ids({ overdue: true })).not.toContain(caseId);
    t.clock.set('2026-04-15T23:30:00+02:00'); // the last day, late evening
    expect(await ids({ overdue: true })).not.toContain(caseId);
    t.clock.set('2026-04-16T00:30:00+02:00'); // the day after the deadline
    expect(await ids({ overdue: true })).toContain(caseId);
    // null is "no filter", as clients send it, not "not overdue".
    expect(await ids({ overdue: null, atRisk: null })).toContain(caseId);
    const read = await t.gql<{ assessmentCase: { daysRemaining: number } }>(
      CASE,
      { id: caseId },
      coordinator,
    );
    expect(read.data?.assessmentCase.daysRemaining).toBe(-1);
  });

  it('audits the list read with every case and person shown', async () => {
    const coordinator = await t.as('coordinator.nord@demo.local');
    const before = await t.count('audit_events', `action = 'assessmentCases'`);
    const list = await t.gql<{ assessmentCases: { edges: { node: { id: string } }[] } }>(
      LIST,
      {},
      coordinator,
    );
    expect(list.errors).toBeUndefined();
    const shown = list.data!.assessmentCases.edges.map((e) => e.node.id);
    expect(shown.length).toBeGreaterThan(0);
    const rows = (await t.dataSource.query(
      `SELECT case_ids FROM audit_events WHERE action = 'assessmentCases' ORDER BY occurred_at DESC LIMIT 1`,
    )) as { case_ids: string[] }[];
    expect(await t.count('audit_events', `action = 'assessmentCases'`)).toBe(before + 1);
    expect([...rows[0].case_ids].sort()).toEqual([...shown].sort());
  });

  it('refuses a referral for a person in another district', async () => {
    const result = await t.gql(
      REGISTER,
      referral(nordPatients[3]),
      await t.as('caseworker.sor@demo.local'),
    );
    expect(errorOf(result)).toEqual({ code: 'FORBIDDEN', reason: 'NOT_IN_DISTRICT' });
  });

  it('refuses bad referral input naming the fields', async () => {
    const result = await t.gql(
      REGISTER,
      referral(nordPatients[3], { source: 'CARRIER_PIGEON', description: '' }),
      await t.as('caseworker.nord@demo.local'),
    );
    expect(errorOf(result).code).toBe('BAD_USER_INPUT');
  });

  describe('intake of a person registered elsewhere, by national identity number', () => {
    const BY_NUMBER = `mutation($input: RegisterReferralInput!) { registerReferral(input: $input) {
      id status caseId patientId team { id } patient { id givenName familyName address birthDate districtId contacts { name } } } }`;
    const REFERRAL = `query($id: ID!) { referral(id: $id) { id patientId patient { id givenName } } }`;
    const PATIENT = `query($id: ID!) { patient(id: $id) { id givenName districtId } }`;
    const SEARCH = `query($q: String!) { searchPatients(query: $q) { totalCount } }`;
    let nord: string;
    let sor: string;
    let sorTeam: string;

    const person = (nationalId: string, extra: Record<string, unknown> = {}) => ({
      nationalId,
      givenName: 'Innflytter',
      familyName: 'Flyttesen',
      address: 'Sørveien 1',
      districtId: sor,
      ...extra,
    });
    const byNumber = (p: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
      const { patientId: _none, ...rest } = referral('').input;
      return { input: { ...rest, person: p, ...extra } };
    };

    beforeAll(async () => {
      nord = await idOfDistrict(t, 'Nord');
      sor = await idOfDistrict(t, 'Sør');
      [{ id: sorTeam }] = (await t.dataSource.query(
        `SELECT id FROM assessment_teams WHERE district_id = $1 AND service_area = 'SOMATIC'`,
        [sor],
      )) as { id: string }[];
    });

    /** A Nord person with no case at all, and what Nord registered about them. */
    async function nordPersonWithoutCase(skip = 0) {
      const rows = (await t.dataSource.query(
        `SELECT p.id, p.national_id, p.given_name, p.family_name, p.address, p.birth_date::text AS birth_date
           FROM patients p WHERE p.district_id = $1
            AND NOT EXISTS (SELECT 1 FROM assessment_cases c WHERE c.patient_id = p.id)
            AND NOT EXISTS (SELECT 1 FROM referrals r WHERE r.patient_id = p.id)
          ORDER BY p.family_name, p.id OFFSET $2 LIMIT 1`,
        [nord, skip],
      )) as {
        id: string;
        national_id: string;
        given_name: string;
        family_name: string;
        address: string;
        birth_date: string;
      }[];
      expect(rows).toHaveLength(1);
      return rows[0];
    }

    it('links to the Nord person without disclosing them; the Sør team sees them once it accepts', async () => {
      const nordPerson = await nordPersonWithoutCase();
      const caseworker = await t.as('caseworker.sor@demo.local');
      const patientsBefore = await t.count('patients');

      const registered = await t.gql<{ registerReferral: Record<string, unknown> }>(
        BY_NUMBER,
        byNumber(person(nordPerson.national_id)),
        caseworker,
      );

      // Success, and nothing of the Nord person in the answer.
      expect(registered.errors).toBeUndefined();
      const answer = registered.data!.registerReferral;
      expect(answer).toEqual({
        id: expect.any(String),
        status: 'RECEIVED',
        caseId: null,
        patientId: null,
        team: { id: sorTeam },
        patient: null,
      });
      const text = JSON.stringify(registered);
      for (const secret of [
        nordPerson.id,
        nordPerson.given_name,
        nordPerson.family_name,
        nordPerson.address,
        nordPerson.birth_date,
        nord,
      ])
        expect(text).not.toContain(secret);
      // Linked to the existing person; Nord's record unchanged, no second person.
      const [row] = (await t.dataSource.query(
        `SELECT r.patient_id, r.team_id, p.given_name, p.district_id
           FROM referrals r JOIN patients p ON p.id = r.patient_id WHERE r.id = $1`,
        [answer.id],
      )) as { patient_id: string; team_id: string; given_name: string; district_id: string }[];
      expect(row).toEqual({
        patient_id: nordPerson.id,
        team_id: sorTeam,
        given_name: nordPerson.given_name,
        district_id: nord,
      });
      expect(await t.count('patients')).toBe(patientsBefore);
      // Audited as today, naming the person the caller was not told about.
      expect(
        await t.count(
          'audit_events',
          `action = 'registerReferral' AND access = 'WRITE' AND $1 = ANY(patient_ids)
             AND args->>'byNationalId' = 'true' AND args->>'personRegistered' = 'false'`,
          [nordPerson.id],
        ),
      ).toBe(1);
      // Later reads disclose nothing either until acceptance; Nord does not see Sør's referral.
      const read = await t.gql(REFERRAL, { id: answer.id }, caseworker);
      expect(read.data?.referral).toEqual({ id: answer.id, patientId: null, patient: null });
      const search = await t.gql(SEARCH, { q: nordPerson.national_id }, caseworker);
      expect(search.data?.searchPatients).toEqual({ totalCount: 0 });
      const fromNord = await t.gql(
        REFERRAL,
        { id: answer.id },
        await t.as('caseworker.nord@demo.local'),
      );
      expect(errorOf(fromNord)).toEqual({ code: 'FORBIDDEN', reason: 'NO_RELATION_TO_REFERRAL' });

      // The Sør team accepts: the person moves to Sør and the team sees them through the case.
      const accepted = await t.gql<{ acceptReferral: { id: string; patient: { id: string } } }>(
        ACCEPT,
        { id: answer.id },
        await t.as('coordinator.sor@demo.local'),
      );
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data?.acceptReferral.patient).toEqual({ id: nordPerson.id });
      expect(await t.count('patients', 'id = $1 AND district_id = $2', [nordPerson.id, sor])).toBe(
        1,
      );
      expect(
        await t.count(
          'audit_events',
          `action = 'acceptReferral' AND args->>'movedFromDistrictId' = $1 AND args->>'movedToDistrictId' = $2`,
          [nord, sor],
        ),
      ).toBe(1);
      const seen = await t.gql(PATIENT, { id: nordPerson.id }, await t.as('nurse.sor@demo.local'));
      expect(seen.data?.patient).toEqual({
        id: nordPerson.id,
        givenName: nordPerson.given_name,
        districtId: sor,
      });
      const afterAccept = await t.gql(REFERRAL, { id: answer.id }, caseworker);
      expect(afterAccept.data?.referral).toMatchObject({
        patientId: nordPerson.id,
        patient: { id: nordPerson.id, givenName: nordPerson.given_name },
      });
      // Nord had no case with the person: by the access rules Nord no longer sees them.
      const nordRead = await t.gql(
        PATIENT,
        { id: nordPerson.id },
        await t.as('caseworker.nord@demo.local'),
      );
      expect(errorOf(nordRead)).toEqual({ code: 'FORBIDDEN', reason: 'NO_RELATION_TO_PATIENT' });
    });

    it('registers an unknown number from the data given, in the district of the referral', async () => {
      const nationalId = '01019012308'; // issued under the rule from 2032: needs the birth year

      const registered = await t.gql<{ registerReferral: Record<string, unknown> }>(
        BY_NUMBER,
        byNumber(
          person(nationalId, {
            birthYear: 1990,
            contacts: [{ name: 'Kari Flyttesen', relation: 'datter' }],
          }),
        ),
        await t.as('caseworker.sor@demo.local'),
      );

      expect(registered.errors).toBeUndefined();
      expect(registered.data?.registerReferral).toMatchObject({
        status: 'RECEIVED',
        team: { id: sorTeam },
        patient: {
          givenName: 'Innflytter',
          birthDate: '1990-01-01',
          districtId: sor,
          contacts: [{ name: 'Kari Flyttesen' }],
        },
      });
      const [created] = (await t.dataSource.query(
        `SELECT id, district_id, birth_date::text AS birth_date FROM patients WHERE national_id = $1`,
        [nationalId],
      )) as { id: string; district_id: string; birth_date: string }[];
      expect(created).toMatchObject({ district_id: sor, birth_date: '1990-01-01' });
      expect(
        await t.count(
          'audit_events',
          `action = 'registerReferral' AND $1 = ANY(patient_ids) AND args->>'personRegistered' = 'true'`,
          [created.id],
        ),
      ).toBe(1);
    });

    it('refuses an invalid number, or a missing birth year, with the reason and writes nothing', async () => {
      const caseworker = await t.as('caseworker.sor@demo.local');
      const before = [await t.count('patients'), await t.count('referrals')];

      const invalid = await t.gql(BY_NUMBER, byNumber(person('15038543770')), caseworker);
      const noYear = await t.gql(BY_NUMBER, byNumber(person('15060550023')), caseworker);

      expect(errorOf(invalid)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_NATIONAL_ID' });
      expect(invalid.errors?.[0].extensions.fields).toEqual([
        { field: 'input.person.nationalId', problems: ['wrong first check digit'] },
      ]);
      expect(errorOf(noYear)).toEqual({ code: 'BAD_USER_INPUT', reason: 'BIRTH_YEAR_REQUIRED' });
      expect(noYear.errors?.[0].extensions.fields).toEqual([
        { field: 'input.person.birthYear', problems: [expect.stringContaining('birth year')] },
      ]);
      expect([await t.count('patients'), await t.count('referrals')]).toEqual(before);
    });

    it('refuses a nurse, a caseworker registering for another district, and both patientId and person', async () => {
      const nordPerson = await nordPersonWithoutCase(1);
      const before = [await t.count('patients'), await t.count('referrals')];

      const nurse = await t.gql(
        BY_NUMBER,
        byNumber(person(nordPerson.national_id)),
        await t.as('nurse.sor@demo.local'),
      );
      const otherDistrict = await t.gql(
        BY_NUMBER,
        byNumber(person('01019012308', { birthYear: 1990, districtId: nord })),
        await t.as('caseworker.sor@demo.local'),
      );
      const both = await t.gql(
        BY_NUMBER,
        byNumber(person(nordPerson.national_id), { patientId: nordPerson.id }),
        await t.as('caseworker.sor@demo.local'),
      );

      expect(errorOf(nurse)).toEqual({ code: 'FORBIDDEN', reason: 'NOT_IN_DISTRICT' });
      expect(errorOf(otherDistrict)).toEqual({ code: 'FORBIDDEN', reason: 'NOT_IN_DISTRICT' });
      expect(errorOf(both)).toEqual({ code: 'BAD_USER_INPUT', reason: 'PERSON_OR_PATIENT_ID' });
      expect([await t.count('patients'), await t.count('referrals')]).toEqual(before);
    });

    it('does not join or show an open case in the old district; acceptance waits until it ends there', async () => {
      const [open] = (await t.dataSource.query(
        `SELECT p.id, p.national_id FROM patients p JOIN assessment_cases c ON c.patient_id = p.id
          WHERE p.district_id = $1 AND c.status NOT IN ('CLOSED', 'CANCELLED') LIMIT 1`,
        [nord],
      )) as { id: string; national_id: string }[];

      const registered = await t.gql<{ registerReferral: Record<string, unknown> }>(
        BY_NUMBER,
        byNumber(person(open.national_id)),
        await t.as('caseworker.sor@demo.local'),
      );
      expect(registered.data?.registerReferral).toMatchObject({
        status: 'RECEIVED',
        caseId: null,
        patient: null,
        team: { id: sorTeam },
      });
      const accepted = await t.gql(
        ACCEPT,
        { id: registered.data!.registerReferral.id },
        await t.as('coordinator.sor@demo.local'),
      );
      expect(errorOf(accepted)).toEqual({
        code: 'CONFLICT',
        reason: 'OPEN_CASE_IN_OTHER_DISTRICT',
      });
      expect(await t.count('patients', 'id = $1 AND district_id = $2', [open.id, nord])).toBe(1);
    });
  });
});
