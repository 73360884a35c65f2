import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, errorOf, idOfDistrict, type TestApp } from 'test/utils/test-app';
import { createStaff, HOSPITAL_DISCHARGE, idOfTeam, openCaseViaApi } from 'test/factories/cases';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('the whole journey: referral → case → journal → assessment → goal plan → decision → handover → follow-up', () => {
  let t: TestApp;
  let nord: string;
  let homeCareNord: string;
  let lowThresholdNord: string;

  const as = (email: string) => t.as(email);
  const ok = async <T = Data>(
    query: string,
    variables: Record<string, unknown>,
    email: string,
  ): Promise<T> => {
    const result = await t.gql<T>(query, variables, await as(email));
    expect(result.errors).toBeUndefined();
    return result.data as T;
  };
  const refused = async (query: string, variables: Record<string, unknown>, email: string) =>
    errorOf(await t.gql(query, variables, await as(email)));

  /**
   * Kari Nordmann, discharged after a fall, registered with her referral by the caseworker of
   * Nord and accepted by its coordinator; answers her new case.
   */
  const openCase = async (
    requestedLevel = 'HOME_NURSING',
  ): Promise<{ caseId: string; patientId: string }> =>
    openCaseViaApi(t, {
      districtId: nord,
      registeredBy: 'caseworker.nord@demo.local',
      person: {
        givenName: 'Kari',
        familyName: 'Nordmann',
        address: 'Sjøgata 4',
        postalCode: '9405',
        city: 'Harstad',
      },
      referral: {
        ...HOSPITAL_DISCHARGE,
        description: 'Utskrevet etter fall i hjemmet',
        helpRequested: 'Hjemmesykepleie morgen og kveld',
        requestedLevel,
      },
    });

  const DECIDE = `mutation($caseId: ID!, $input: RecordDecisionInput!) {
    recordDecision(caseId: $caseId, input: $input) { id outcome serviceLevel requestedLevel isLate daysToDecision letter services { serviceCode visitsPerWeek } } }`;
  const HAND_OVER = `mutation($caseId: ID!, $input: HandOverCaseInput!) {
    handOverCase(caseId: $caseId, input: $input) { id status handovers { id status destination followUpDate summaryText summary } } }`;
  const ACK = `mutation($caseId: ID!) { acknowledgeHandover(caseId: $caseId) { id status } }`;
  const granted = (extra: Record<string, unknown> = {}) => ({
    outcome: 'GRANTED',
    // hoursPerWeek null, as clients send an unused amount: visits are the amount.
    services: [
      {
        serviceCode: 'HJEMMESYKEPLEIE',
        visitsPerWeek: 14,
        hoursPerWeek: null,
        fromDate: '2026-03-16',
      },
    ],
    legalBasisCode: 'HOL_3_2_6A',
    justification: 'Trenger hjelp til medisiner morgen og kveld; mestrer resten selv.',
    reviewDate: '2026-09-16',
    ...extra,
  });

  /** Goal, measure and the person's agreement, as the nurse and the coordinator. */
  const agreePlan = async (caseId: string) => {
    const goal = await ok<Data>(
      `mutation($caseId: ID!, $input: AddGoalInput!) { addGoal(caseId: $caseId, input: $input) { id version } }`,
      {
        caseId,
        input: {
          text: 'Jeg vil klare meg hjemme og gå tur til butikken selv',
          targetDate: '2026-06-01',
        },
      },
      'nurse.nord@demo.local',
    );
    await ok(
      `mutation($goalId: ID!, $input: AddMeasureInput!) { addMeasure(goalId: $goalId, input: $input) { id } }`,
      {
        goalId: goal.addGoal.id,
        input: {
          description: 'Medisinutdeling morgen og kveld',
          level: 'HOME_NURSING',
          justification: 'Kan ikke håndtere medisinene selv etter hjerneslag',
          responsible: { kind: 'STAFF', profession: 'NURSE' },
          frequency: 'to ganger daglig',
          fromDate: '2026-03-16',
        },
      },
      'nurse.nord@demo.local',
    );
    const plan = await ok<Data>(
      `query($caseId: ID!) { goalPlan(caseId: $caseId) { version status } }`,
      { caseId },
      'coordinator.nord@demo.local',
    );
    await ok(
      `mutation($caseId: ID!, $v: Int!) { agreeGoalPlan(caseId: $caseId, expectedVersion: $v, agreedBy: PERSON) { status } }`,
      { caseId, v: plan.goalPlan.version },
      'coordinator.nord@demo.local',
    );
    return goal.addGoal.id as string;
  };

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set('2026-03-09T09:00:00+01:00');
    nord = await idOfDistrict(t, 'Nord');
    const units = (await t.dataSource.query(`SELECT id, name FROM service_units`)) as {
      id: string;
      name: string;
    }[];
    homeCareNord = units.find((u) => u.name === 'Hjemmetjenesten Nord')!.id;
    lowThresholdNord = units.find((u) => u.name === 'Frisklivssentralen Nord')!.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('runs the whole journey as the demo staff, refusing every wrong role on the way', async () => {
    const { caseId, patientId } = await openCase();

    // Journal and assessment by the physiotherapist.
    await ok(
      `mutation($caseId: ID!) { addJournalEntry(caseId: $caseId, input: { kind: HOME_VISIT, text: "Hjemmebesøk: går ustøtt, falt på badet i helgen." }) { id } }`,
      { caseId },
      'physio.nord@demo.local',
    );
    const variables = await ok<Data>(
      `{ functionVariables { code } }`,
      {},
      'physio.nord@demo.local',
    );
    await ok(
      `mutation($caseId: ID!, $input: RecordAssessmentInput!) { recordAssessment(caseId: $caseId, input: $input) { id } }`,
      {
        caseId,
        input: {
          selfMastery: 'Klarer stell selv med dusjkrakk',
          whatMatters: 'Å bo hjemme og gå til butikken selv',
          suggestedLevel: 'WELFARE_TECHNOLOGY',
          scores: [{ variableCode: variables.functionVariables[0].code, score: 3 }],
        },
      },
      'physio.nord@demo.local',
    );

    // No decision yet: no handover, and closeCase needs a NO_SERVICES decision.
    expect(
      await refused(
        HAND_OVER,
        { caseId, input: { destination: 'ORDINARY_HOME_CARE', receivingUnitId: homeCareNord } },
        'coordinator.nord@demo.local',
      ),
    ).toEqual({ code: 'INVALID_TRANSITION', reason: 'DECISION_REQUIRED' });

    const goalId = await agreePlan(caseId);

    // The decision: only a caseworker of the case.
    expect(await refused(DECIDE, { caseId, input: granted() }, 'nurse.nord@demo.local')).toEqual({
      code: 'FORBIDDEN',
      reason: 'NOT_CASE_CASEWORKER',
    });
    expect(
      await refused(DECIDE, { caseId, input: granted() }, 'caseworker.sor@demo.local'),
    ).toEqual({ code: 'FORBIDDEN', reason: 'NO_RELATION_TO_CASE' });
    expect(
      await refused(
        DECIDE,
        { caseId, input: granted({ legalBasisCode: 'SEL_83' }) },
        'caseworker.nord@demo.local',
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_LEGAL_BASIS' });
    expect(
      await refused(
        DECIDE,
        { caseId, input: granted({ services: [] }) },
        'caseworker.nord@demo.local',
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', reason: 'SERVICES_REQUIRED' });
    expect(await t.count('decisions', 'case_id = $1', [caseId])).toBe(0);

    t.clock.set('2026-03-13T10:00:00+01:00');
    const decided = await ok<Data>(
      DECIDE,
      { caseId, input: granted() },
      'caseworker.nord@demo.local',
    );
    expect(decided.recordDecision).toMatchObject({
      outcome: 'GRANTED',
      serviceLevel: 'HOME_NURSING',
      requestedLevel: 'HOME_NURSING',
      isLate: false,
      daysToDecision: 4,
      services: [{ serviceCode: 'HJEMMESYKEPLEIE', visitsPerWeek: 14 }],
    });
    expect(decided.recordDecision.letter).toContain('Kari Nordmann');
    expect(decided.recordDecision.letter).toContain('Klagefristen er tre uker');
    expect(
      await refused(DECIDE, { caseId, input: granted() }, 'caseworker.nord@demo.local'),
    ).toEqual({ code: 'INVALID_TRANSITION', reason: 'CASE_ALREADY_DECIDED' });
    const decisionEntries = await ok<Data>(
      `query($caseId: ID!) { journal(caseId: $caseId, kinds: [DECISION]) { totalCount } }`,
      { caseId },
      'nurse.nord@demo.local',
    );
    expect(decisionEntries.journal.totalCount).toBe(1);
    const clock = await ok<Data>(
      `query($id: ID!) { assessmentCase(id: $id) { status daysElapsed atRisk } }`,
      { id: caseId },
      'nurse.nord@demo.local',
    );
    expect(clock.assessmentCase).toEqual({ status: 'DECIDED', daysElapsed: 4, atRisk: false });

    // Handover: only the coordinator, to a unit of the right kind.
    const toHomeCare = {
      caseId,
      input: { destination: 'ORDINARY_HOME_CARE', receivingUnitId: homeCareNord },
    };
    expect(await refused(HAND_OVER, toHomeCare, 'nurse.nord@demo.local')).toEqual({
      code: 'FORBIDDEN',
      reason: 'NOT_CASE_COORDINATOR',
    });
    expect(
      await refused(
        HAND_OVER,
        { caseId, input: { destination: 'LOW_THRESHOLD', receivingUnitId: homeCareNord } },
        'coordinator.nord@demo.local',
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', reason: 'UNIT_KIND_MISMATCH' });
    const handed = await ok<Data>(HAND_OVER, toHomeCare, 'coordinator.nord@demo.local');
    expect(handed.handOverCase.status).toBe('HANDED_OVER');
    const handover = handed.handOverCase.handovers[0];
    expect(handover).toMatchObject({
      status: 'SENT',
      destination: 'ORDINARY_HOME_CARE',
      followUpDate: '2026-06-13',
    });
    expect(handover.summaryText).toContain('Jeg vil klare meg hjemme');
    expect(handover.summaryText).toContain('Å bo hjemme og gå til butikken selv');
    expect(handover.summary.decision.outcome).toBe('GRANTED');
    expect(handover.summary.keyJournalEntries[0].text).toContain('falt på badet');

    // The receiving unit reads the plan and journal and writes in it, but edits no goals.
    expect(await refused(ACK, { caseId }, 'homecare.sor@demo.local')).toEqual({
      code: 'FORBIDDEN',
      reason: 'NO_RELATION_TO_CASE',
    });
    const read = await ok<Data>(
      `query($id: ID!) { assessmentCase(id: $id) { status goalPlan { status goals { text } } } journal(caseId: $id) { totalCount } }`,
      { id: caseId },
      'homecare.nord@demo.local',
    );
    expect(read.assessmentCase.goalPlan).toMatchObject({
      status: 'AGREED',
      goals: [{ text: 'Jeg vil klare meg hjemme og gå tur til butikken selv' }],
    });
    expect(read.journal.totalCount).toBeGreaterThan(3);
    await ok(
      `mutation($caseId: ID!) { addJournalEntry(caseId: $caseId, input: { kind: NOTE, text: "Hjemmetjenesten har mottatt saken." }) { id } }`,
      { caseId },
      'homecare.nord@demo.local',
    );
    const goalVersion = (await t.dataSource.query('SELECT version FROM goals WHERE id = $1', [
      goalId,
    ])) as { version: number }[];
    const edit = await t.gql(
      `mutation($id: ID!, $v: Int!) { updateGoal(goalId: $id, expectedVersion: $v, input: { text: "Endret av hjemmetjenesten" }) { id } }`,
      { id: goalId, v: goalVersion[0].version },
      await as('homecare.nord@demo.local'),
    );
    expect(['FORBIDDEN', 'INVALID_TRANSITION']).toContain(errorOf(edit).code);
    // From handover on, the case is read-only for the team too.
    expect(
      await refused(
        `mutation($caseId: ID!) { extendDeadline(caseId: $caseId, input: { days: 3, reason: "x" }) { id } }`,
        { caseId },
        'coordinator.nord@demo.local',
      ),
    ).toEqual({ code: 'INVALID_TRANSITION', reason: 'CASE_READ_ONLY' });

    // Returned, handed over again, acknowledged: the case closes, the follow-up goes on.
    await ok(
      `mutation($caseId: ID!) { returnHandover(caseId: $caseId, reason: "Mangler oppdatert medisinliste") { status } }`,
      { caseId },
      'homecare.nord@demo.local',
    );
    await ok(HAND_OVER, toHomeCare, 'coordinator.nord@demo.local');
    expect(await refused(ACK, { caseId }, 'coordinator.nord@demo.local')).toEqual({
      code: 'FORBIDDEN',
      reason: 'NOT_RECEIVING_UNIT',
    });
    const acknowledged = await ok<Data>(ACK, { caseId }, 'homecare.nord@demo.local');
    expect(acknowledged.acknowledgeHandover.status).toBe('CLOSED');

    // Follow-up: due for the unit and for the team; the receiving unit records it.
    const FOLLOW_UPS = `query($unitId: ID, $teamId: ID, $due: Date!) { followUps(unitId: $unitId, teamId: $teamId, dueBefore: $due) { caseId followUpDate } }`;
    const due = await ok<Data>(
      FOLLOW_UPS,
      { unitId: homeCareNord, due: '2026-06-30' },
      'homecare.nord@demo.local',
    );
    expect(due.followUps).toEqual([{ caseId, followUpDate: '2026-06-13' }]);
    const [{ team_id: teamId }] = (await t.dataSource.query(
      'SELECT team_id FROM assessment_cases WHERE id = $1',
      [caseId],
    )) as { team_id: string }[];
    expect(
      (await ok<Data>(FOLLOW_UPS, { teamId, due: '2026-06-30' }, 'coordinator.nord@demo.local'))
        .followUps,
    ).toHaveLength(1);
    expect(
      await refused(
        FOLLOW_UPS,
        { unitId: homeCareNord, due: '2026-06-30' },
        'homecare.sor@demo.local',
      ),
    ).toEqual({ code: 'FORBIDDEN', reason: 'NOT_UNIT_MEMBER' });
    // Handovers carry journal extracts: a leader of the district outside the team is refused.
    await createStaff(t, 'leader.psyk.nord@demo.local', 'LEADER', {
      teamId: await idOfTeam(t, 'Vurderingsteam psykisk helse Nord'),
    });
    expect(
      await refused(FOLLOW_UPS, { teamId, due: '2026-06-30' }, 'leader.psyk.nord@demo.local'),
    ).toEqual({ code: 'FORBIDDEN', reason: 'NOT_TEAM_MEMBER' });
    t.clock.set('2026-06-13T10:00:00+02:00');
    const RECORD = `mutation($caseId: ID!, $input: RecordFollowUpInput!) { recordFollowUp(caseId: $caseId, input: $input) { result nextFollowUpDate newReferralId } }`;
    const continued = await ok<Data>(
      RECORD,
      { caseId, input: { result: 'CONTINUE', note: 'Stabil, tjenesten fortsetter.' } },
      'homecare.nord@demo.local',
    );
    expect(continued.recordFollowUp).toEqual({
      result: 'CONTINUE',
      nextFollowUpDate: '2026-09-13',
      newReferralId: null,
    });
    expect(
      await refused(
        RECORD,
        { caseId, input: { result: 'END', note: 'x' } },
        'nurse.sor@demo.local',
      ),
    ).toEqual({ code: 'FORBIDDEN', reason: 'NO_RELATION_TO_CASE' });
    // The case's caseworker decides, but does not follow up (docs/design.md "Who may do what").
    expect(
      await refused(
        RECORD,
        { caseId, input: { result: 'END', note: 'x' } },
        'caseworker.nord@demo.local',
      ),
    ).toEqual({ code: 'FORBIDDEN', reason: 'PROFESSION_NOT_ALLOWED' });
    const reassess = await ok<Data>(
      RECORD,
      { caseId, input: { result: 'REASSESS', note: 'Økt behov etter nytt fall.' } },
      'homecare.nord@demo.local',
    );
    expect(reassess.recordFollowUp.newReferralId).toEqual(expect.any(String));
    const open = (await t.dataSource.query(
      `SELECT status FROM assessment_cases WHERE patient_id = $1 AND id <> $2`,
      [patientId, caseId],
    )) as { status: string }[];
    expect(open).toEqual([{ status: 'ACTIVE' }]);
    expect(
      await refused(
        RECORD,
        { caseId, input: { result: 'END', note: 'x' } },
        'homecare.nord@demo.local',
      ),
    ).toEqual({ code: 'INVALID_TRANSITION', reason: 'FOLLOW_UP_ENDED' });
  });

  it('names the missing goal plan when handing over without agreement, and closes at once for destination CLOSED', async () => {
    t.clock.set('2026-03-09T09:00:00+01:00');
    const { caseId } = await openCase();
    t.clock.set('2026-03-12T09:00:00+01:00');
    await ok(DECIDE, { caseId, input: granted() }, 'caseworker.nord@demo.local');
    const missing = await t.gql(
      HAND_OVER,
      { caseId, input: { destination: 'LOW_THRESHOLD', receivingUnitId: lowThresholdNord } },
      await as('coordinator.nord@demo.local'),
    );
    expect(errorOf(missing)).toEqual({
      code: 'INVALID_TRANSITION',
      reason: 'GOAL_PLAN_NOT_AGREED',
    });
    expect(missing.errors?.[0].extensions.missing).toBe('goalPlan');
    expect(await t.count('handovers', 'case_id = $1', [caseId])).toBe(0);
    const closed = await ok<Data>(
      HAND_OVER,
      { caseId, input: { destination: 'CLOSED' } },
      'coordinator.nord@demo.local',
    );
    expect(closed.handOverCase.status).toBe('CLOSED');
  });

  it('closes a NO_SERVICES case with closeCase, refuses closeCase after a granting decision, and flags a late decision', async () => {
    t.clock.set('2026-03-09T09:00:00+01:00');
    const refusedCase = await openCase();
    const grantedCase = await openCase();
    // Decided on day 16 of 14: allowed, but flagged.
    t.clock.set('2026-03-25T09:00:00+01:00');
    const noServices = await ok<Data>(
      DECIDE,
      {
        caseId: refusedCase.caseId,
        input: {
          outcome: 'NO_SERVICES',
          services: [],
          legalBasisCode: 'PBRL_2_1A',
          justification: 'Mestrer hverdagen selv med støtte fra datter.',
        },
      },
      'caseworker.nord@demo.local',
    );
    expect(noServices.recordDecision).toMatchObject({
      outcome: 'NO_SERVICES',
      serviceLevel: null,
      isLate: true,
      daysToDecision: 16,
    });
    expect(noServices.recordDecision.letter).toContain('Du får ikke tildelt tjenester.');
    const CLOSE = `mutation($caseId: ID!) { closeCase(caseId: $caseId) { status } }`;
    expect(await refused(CLOSE, { caseId: refusedCase.caseId }, 'nurse.nord@demo.local')).toEqual({
      code: 'FORBIDDEN',
      reason: 'NOT_CASE_COORDINATOR',
    });
    expect(
      (await ok<Data>(CLOSE, { caseId: refusedCase.caseId }, 'coordinator.nord@demo.local'))
        .closeCase.status,
    ).toBe('CLOSED');
    await ok(
      DECIDE,
      { caseId: grantedCase.caseId, input: granted() },
      'caseworker.nord@demo.local',
    );
    expect(
      await refused(CLOSE, { caseId: grantedCase.caseId }, 'coordinator.nord@demo.local'),
    ).toEqual({ code: 'INVALID_TRANSITION', reason: 'CLOSE_NEEDS_NO_SERVICES_DECISION' });
  });

  it('lists the coping staircase with its services', async () => {
    const levels = await ok<Data>(
      `{ serviceLevels { code step nameNb services { code nameNb } } }`,
      {},
      'nurse.nord@demo.local',
    );
    expect(levels.serviceLevels.map((l: Data) => l.code)).toEqual([
      'SELF_MASTERY',
      'NETWORK',
      'VOLUNTARY',
      'WELFARE_TECHNOLOGY',
      'LOW_THRESHOLD',
      'EVERYDAY_REHABILITATION',
      'PRACTICAL_ASSISTANCE',
      'HOME_NURSING',
      'SHORT_TERM_STAY',
      'LONG_TERM_CARE',
    ]);
    const welfare = levels.serviceLevels.find((l: Data) => l.code === 'WELFARE_TECHNOLOGY');
    expect(welfare.services.map((s: Data) => s.nameNb)).toContain('Trygghetsalarm');
  });
});
