import { afterAll, beforeAll, describe, it } from '@jest/globals';
import {
  enableDelegatedAdjustment,
  insertAdjustment,
  servicesOfCase,
} from 'test/factories/adjustments';
import { insertJournalEntry } from 'test/factories/case-states';
import {
  assign,
  createStaff,
  freshNationalId,
  insertPatient,
  insertReferral,
} from 'test/factories/cases';
import {
  type Actor,
  type Cell,
  createMatrixWorld,
  expectRow,
  expectRowsWalked,
  type MatrixWorld,
  type Operation,
  operationsOf,
  outcome,
  walkRow,
} from 'test/utils/access-matrix';
import { idOfStaff } from 'test/utils/test-app';
import { openedWithCoordination, setCoordinationSettings } from 'test/factories/coordination';

/*
 * The access matrix (test/utils/access-matrix.ts, from docs/design.md "Who may do what") for
 * every mutation of the running schema. An operation that changes its case gets a fresh
 * case per cell, built in the state it needs (test/factories/case-states.ts).
 */
describe('the access matrix (docs/design.md "Who may do what"): mutations', () => {
  let world: MatrixWorld;
  let unhandledPatientId: string;
  let staffSerial = 0;

  const gql = (actor: Actor, query: string, variables: Record<string, unknown> = {}) =>
    world.gql(actor, query, variables);

  /** Accept, reject or redirect a fresh RECEIVED referral to Nord's SOMATIC team. */
  async function triage({ actor }: Cell, verb: 'accept' | 'reject' | 'redirect'): Promise<string> {
    const patient = await insertPatient(world.t, world.nord);
    const id = await insertReferral(world.t, {
      patientId: patient.patientId,
      teamId: world.nordTeam,
      registeredBy: world.sharedCoordinator,
    });
    const mutation = {
      accept: 'mutation($id: ID!) { acceptReferral(referralId: $id) { id } }',
      reject:
        'mutation($id: ID!) { rejectReferral(referralId: $id, input: { reason: "Ikke behov" }) { id } }',
      redirect:
        'mutation($id: ID!) { redirectReferral(referralId: $id, input: { redirectedTo: "Fastlegen", reason: "Medisinsk" }) { id } }',
    }[verb];
    return outcome(await gql(actor, mutation, { id }));
  }

  /**
   * One entry on a fresh RECEIVED referral to Nord's SOMATIC team, with singleEntry switched
   * on in Nord (once); `recordCallback` finds a callback promised for it.
   */
  let singleEntryOn: Promise<unknown> | undefined;
  async function singleEntry(
    { actor }: Cell,
    verb: 'resolve' | 'schedule' | 'record',
  ): Promise<string> {
    singleEntryOn ??= world.t.ownerQuery(
      `INSERT INTO district_settings (district_id, single_entry) VALUES ($1, true)
       ON CONFLICT (district_id) DO UPDATE SET single_entry = true`,
      [world.nord],
    );
    await singleEntryOn;
    const patient = await insertPatient(world.t, world.nord);
    const id = await insertReferral(world.t, {
      patientId: patient.patientId,
      teamId: world.nordTeam,
      registeredBy: world.sharedCoordinator,
    });
    const now = world.t.clock.now();
    if (verb === 'record')
      await world.t.ownerQuery(
        `INSERT INTO referral_callbacks (referral_id, due_at, scheduled_at, scheduled_by) VALUES ($1, $2, $3, $4)`,
        [id, new Date(now.getTime() + 3_600_000), now, world.sharedCoordinator],
      );
    const mutation = {
      resolve:
        'mutation($id: ID!) { resolveReferralDirectly(referralId: $id, outcome: INFORMATION_GIVEN, note: "Informert om trygghetsalarm") { id } }',
      schedule:
        'mutation($id: ID!, $due: DateTime!) { scheduleCallback(referralId: $id, dueAt: $due) { id } }',
      record:
        'mutation($id: ID!) { recordCallback(referralId: $id, note: "Ringte tilbake") { id } }',
    }[verb];
    return outcome(
      await gql(actor, mutation, { id, due: new Date(now.getTime() + 86_400_000).toISOString() }),
    );
  }

  /** A case mutation taking only the case id (and fixed literal arguments). */
  const onCase =
    (mutation: string) =>
    async ({ actor, kase }: Cell): Promise<string> =>
      outcome(await gql(actor, mutation, { id: kase.caseId }));

  /** Amend or mark an entry of the actor's own, or of the case's coordinator. */
  const correct =
    (verb: 'amend' | 'mark', author: 'own' | 'another') =>
    async ({ actor, kase }: Cell): Promise<string> => {
      const entryId = await insertJournalEntry(
        world.t,
        kase,
        author === 'own' ? actor : { id: world.sharedCoordinator, profession: 'COORDINATOR' },
      );
      const mutation =
        verb === 'amend'
          ? 'mutation($id: ID!) { amendJournalEntry(entryId: $id, input: { text: "Rettet notat" }, reason: "Skrivefeil") { id } }'
          : 'mutation($id: ID!) { markJournalEntryEnteredInError(entryId: $id, reason: "Feil person") { id } }';
      return outcome(await gql(actor, mutation, { id: entryId }));
    };

  /** Confirm or reverse a pending adjustment of the case's service (the model switched on). */
  async function review({ actor, kase }: Cell, verb: 'confirm' | 'reverse'): Promise<string> {
    await enableDelegatedAdjustment(world.t, kase.caseId);
    const [serviceId] = await servicesOfCase(world.t, kase.caseId);
    const id = await insertAdjustment(world.t, {
      caseId: kase.caseId,
      serviceId,
      by: world.sharedCoordinator,
      hours: 3.5,
      previous: 3,
      week: '2026-W10',
    });
    const mutation =
      verb === 'confirm'
        ? 'mutation($id: ID!) { confirmServiceAdjustment(adjustmentId: $id) { id } }'
        : 'mutation($id: ID!) { reverseServiceAdjustment(adjustmentId: $id, reason: "Ikke avtalt") { id } }';
    return outcome(await gql(actor, mutation, { id }));
  }

  /** A staff member for the administrator's operations to act on. */
  const target = async (membership: { teamId?: string; unitId?: string } = {}) =>
    createStaff(world.t, `target.${++staffSerial}@matrix.test`, 'NURSE', membership);

  const membership = (mutation: string, input: Record<string, string>) =>
    'mutation($input: ' +
    (input.teamId ? 'TeamMembershipInput' : 'UnitMembershipInput') +
    `!) { ${mutation}(input: $input) { id } }`;

  const OPERATIONS: Record<string, Operation> = {
    registerPatient: {
      run: async ({ actor }) =>
        outcome(
          await gql(
            actor,
            'mutation($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }',
            {
              input: {
                nationalId: freshNationalId(),
                givenName: 'Ny',
                familyName: 'Person',
                address: 'Fjordveien 2',
                districtId: world.nord,
              },
            },
          ),
        ),
    },
    registerReferral: {
      run: async ({ actor }) =>
        outcome(
          await gql(
            actor,
            'mutation($input: RegisterReferralInput!) { registerReferral(input: $input) { id } }',
            {
              input: {
                patientId: unhandledPatientId,
                source: 'GP',
                channel: 'LETTER',
                receivedAt: world.t.clock.now().toISOString(),
                description: 'Fastlegen ber om vurdering',
                helpRequested: 'Vurdering av hjelpebehov',
              },
            },
          ),
        ),
    },
    acceptReferral: { run: async (cell) => triage(cell, 'accept') },
    rejectReferral: { run: async (cell) => triage(cell, 'reject') },
    redirectReferral: { run: async (cell) => triage(cell, 'redirect') },
    resolveReferralDirectly: { run: async (cell) => singleEntry(cell, 'resolve') },
    scheduleCallback: { run: async (cell) => singleEntry(cell, 'schedule') },
    recordCallback: { run: async (cell) => singleEntry(cell, 'record') },
    putCaseOnHold: {
      fresh: true,
      run: onCase(
        'mutation($id: ID!) { putCaseOnHold(caseId: $id, input: { reason: "Innlagt" }) { id } }',
      ),
    },
    resumeCase: {
      fresh: true,
      state: 'ON_HOLD',
      run: onCase('mutation($id: ID!) { resumeCase(caseId: $id) { id } }'),
    },
    extendDeadline: {
      fresh: true,
      run: onCase(
        'mutation($id: ID!) { extendDeadline(caseId: $id, input: { days: 3, reason: "Venter på epikrise" }) { id } }',
      ),
    },
    cancelCase: {
      fresh: true,
      run: onCase(
        'mutation($id: ID!) { cancelCase(caseId: $id, input: { reason: "Flyttet" }) { id } }',
      ),
    },
    assignCaseMember: {
      fresh: true,
      run: async ({ actor, kase }) =>
        outcome(
          await gql(
            actor,
            'mutation($id: ID!, $staffId: ID!) { assignCaseMember(caseId: $id, input: { staffId: $staffId, role: ASSESSOR }) { id } }',
            { id: kase.caseId, staffId: await idOfStaff(world.t, 'nurse.nord@demo.local') },
          ),
        ),
    },
    removeCaseMember: {
      fresh: true,
      run: async ({ actor, kase }) => {
        const member = await idOfStaff(world.t, 'nurse.nord@demo.local');
        await assign(world.t, kase.caseId, member, world.sharedCoordinator);
        return outcome(
          await gql(
            actor,
            'mutation($id: ID!, $staffId: ID!) { removeCaseMember(caseId: $id, staffId: $staffId, reason: "Ferdig") { id } }',
            { id: kase.caseId, staffId: member },
          ),
        );
      },
    },
    changeCaseCoordinator: {
      fresh: true,
      run: async ({ actor, kase }) =>
        outcome(
          await gql(
            actor,
            'mutation($id: ID!, $to: ID!) { changeCaseCoordinator(caseId: $id, coordinatorId: $to) { id } }',
            { id: kase.caseId, to: await idOfStaff(world.t, 'coordinator.nord@demo.local') },
          ),
        ),
    },
    // A case opened with coordination levels on, at level 1.
    setCoordinationLevel: {
      fresh: true,
      run: async ({ actor, kase }) => {
        await openedWithCoordination(world.t, kase.caseId, 1);
        return outcome(
          await gql(
            actor,
            'mutation($id: ID!) { setCoordinationLevel(caseId: $id, level: 2, reason: "Flere faggrupper") { id } }',
            { id: kase.caseId },
          ),
        );
      },
    },
    // A fresh person of Nord (coordination levels on there) and a caseworker of Nord's team.
    setCoordinatingCaseworker: {
      run: async ({ actor }) => {
        const patient = await insertPatient(world.t, world.nord);
        return outcome(
          await gql(
            actor,
            'mutation($p: ID!, $s: ID) { setCoordinatingCaseworker(patientId: $p, staffId: $s) { id } }',
            { p: patient.patientId, s: world.sharedCaseworker },
          ),
        );
      },
    },
    recordInterimService: {
      run: async ({ actor, kase }) =>
        outcome(
          await gql(
            actor,
            `mutation($id: ID!, $input: RecordInterimServiceInput!) { recordInterimService(caseId: $id, input: $input) { id } }`,
            {
              id: kase.caseId,
              input: {
                kind: 'SAFETY_ALARM',
                description: 'Trygghetsalarm',
                frequency: 'Døgnet rundt',
                fromDate: '2026-03-02',
                responsible: 'Hjemmetjenesten',
              },
            },
          ),
        ),
    },
    recordAssessment: {
      run: onCase(
        'mutation($id: ID!) { recordAssessment(caseId: $id, input: { whatMatters: "Å bo hjemme" }) { id } }',
      ),
    },
    addGoal: {
      run: onCase(
        'mutation($id: ID!) { addGoal(caseId: $id, input: { text: "Gå til butikken", targetDate: "2026-05-01" }) { id } }',
      ),
    },
    updateGoal: {
      fresh: true,
      state: 'PLANNED',
      run: async ({ actor, kase }) =>
        outcome(
          await gql(
            actor,
            'mutation($id: ID!) { updateGoal(goalId: $id, expectedVersion: 1, input: { text: "Dusje selv med støtte" }) { id } }',
            { id: kase.plan!.goalId },
          ),
        ),
    },
    addMeasure: {
      run: async ({ actor, kase }) =>
        outcome(
          await gql(
            actor,
            `mutation($id: ID!) { addMeasure(goalId: $id, input: { description: "Trene balanse", level: SELF_MASTERY,
               responsible: { kind: PERSON }, frequency: "Daglig", fromDate: "2026-03-02" }) { id } }`,
            { id: kase.plan!.goalId },
          ),
        ),
    },
    updateMeasure: {
      fresh: true,
      state: 'PLANNED',
      run: async ({ actor, kase }) =>
        outcome(
          await gql(
            actor,
            'mutation($id: ID!) { updateMeasure(measureId: $id, expectedVersion: 1, input: { frequency: "Daglig" }) { id } }',
            { id: kase.plan!.measureId },
          ),
        ),
    },
    agreeGoalPlan: {
      fresh: true,
      state: 'PLANNED',
      run: onCase(
        'mutation($id: ID!) { agreeGoalPlan(caseId: $id, expectedVersion: 2, agreedBy: PERSON) { id } }',
      ),
    },
    reorderGoals: {
      fresh: true,
      state: 'PLANNED',
      run: async ({ actor, kase }) =>
        outcome(
          await gql(
            actor,
            'mutation($id: ID!, $goalIds: [ID!]!) { reorderGoals(caseId: $id, goalIds: $goalIds, expectedVersion: 2) { id } }',
            { id: kase.caseId, goalIds: [kase.plan!.goalId] },
          ),
        ),
    },
    reorderMeasures: {
      fresh: true,
      state: 'PLANNED',
      run: async ({ actor, kase }) =>
        outcome(
          await gql(
            actor,
            'mutation($id: ID!, $measureIds: [ID!]!) { reorderMeasures(goalId: $id, measureIds: $measureIds, expectedVersion: 1) { id } }',
            { id: kase.plan!.goalId, measureIds: [kase.plan!.measureId] },
          ),
        ),
    },
    evaluateGoal: {
      fresh: true,
      state: 'AGREED',
      run: async ({ actor, kase }) =>
        outcome(
          await gql(
            actor,
            'mutation($id: ID!) { evaluateGoal(goalId: $id, expectedVersion: 1, input: { outcome: ACHIEVED, evaluation: "Dusjer selv" }) { id } }',
            { id: kase.plan!.goalId },
          ),
        ),
    },
    recordDecision: {
      fresh: true,
      run: onCase(
        `mutation($id: ID!) { recordDecision(caseId: $id, input: { outcome: NO_SERVICES, services: [],
           legalBasisCode: "HOL_3_2_6A", justification: "Klarer seg selv" }) { id } }`,
      ),
    },
    handOverCase: {
      fresh: true,
      state: 'DECIDED',
      run: async ({ actor, kase }) =>
        outcome(
          await gql(
            actor,
            'mutation($id: ID!, $unit: ID!) { handOverCase(caseId: $id, input: { destination: ORDINARY_HOME_CARE, receivingUnitId: $unit }) { id } }',
            { id: kase.caseId, unit: world.homeCareNord },
          ),
        ),
    },
    closeCase: {
      fresh: true,
      state: 'NO_SERVICES',
      run: onCase('mutation($id: ID!) { closeCase(caseId: $id) { id } }'),
    },
    acknowledgeHandover: {
      fresh: true,
      state: 'SENT',
      run: onCase('mutation($id: ID!) { acknowledgeHandover(caseId: $id) { id } }'),
    },
    returnHandover: {
      fresh: true,
      state: 'SENT',
      run: onCase(
        'mutation($id: ID!) { returnHandover(caseId: $id, reason: "Trenger ny vurdering") { id } }',
      ),
    },
    recordFollowUp: {
      fresh: true,
      state: 'ACKNOWLEDGED',
      run: onCase(
        'mutation($id: ID!) { recordFollowUp(caseId: $id, input: { result: CONTINUE, note: "Går bra" }) { id } }',
      ),
    },
    adjustServiceTime: {
      fresh: true,
      state: 'ACKNOWLEDGED',
      run: async ({ actor, kase }) => {
        await enableDelegatedAdjustment(world.t, kase.caseId);
        const [serviceId] = await servicesOfCase(world.t, kase.caseId);
        return outcome(
          await gql(
            actor,
            'mutation($id: ID!) { adjustServiceTime(decisionServiceId: $id, hoursPerWeek: 3.5, reason: "Mer tid til stell") { id } }',
            { id: serviceId },
          ),
        );
      },
    },
    confirmServiceAdjustment: {
      fresh: true,
      state: 'ACKNOWLEDGED',
      run: async (cell) => review(cell, 'confirm'),
    },
    reverseServiceAdjustment: {
      fresh: true,
      state: 'ACKNOWLEDGED',
      run: async (cell) => review(cell, 'reverse'),
    },
    addJournalEntry: {
      run: onCase(
        'mutation($id: ID!) { addJournalEntry(caseId: $id, input: { kind: NOTE, text: "Notat" }) { id } }',
      ),
    },
    'amendJournalEntry (own entry)': { run: correct('amend', 'own') },
    'amendJournalEntry (another author’s entry)': { run: correct('amend', 'another') },
    'markJournalEntryEnteredInError (own entry)': { run: correct('mark', 'own') },
    'markJournalEntryEnteredInError (another author’s entry)': { run: correct('mark', 'another') },
    requestEmergencyAccess: {
      // A grant opens the case: never on a shared one.
      fresh: true,
      run: onCase(
        'mutation($id: ID!) { requestEmergencyAccess(caseId: $id, reason: "Akutt tilsyn") { id } }',
      ),
    },
    updateMunicipalitySettings: {
      // The same value as stored: an allowed call answers the settings and changes nothing.
      run: async ({ actor }) => {
        const read = await gql(
          actor,
          '{ municipalitySettings { version defaults { clarificationDays } } }',
        );
        const settings = (
          read.data as {
            municipalitySettings: { version: number; defaults: { clarificationDays: number } };
          }
        ).municipalitySettings;
        return outcome(
          await gql(
            actor,
            'mutation($v: Int!, $days: Int!) { updateMunicipalitySettings(expectedVersion: $v, input: { defaults: { clarificationDays: $days } }) { version } }',
            { v: settings.version, days: settings.defaults.clarificationDays },
          ),
        );
      },
    },
    createStaffMember: {
      run: async ({ actor }) =>
        outcome(
          await gql(
            actor,
            'mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { id } }',
            {
              input: {
                email: `new.${actor.relation}.${actor.profession.toLowerCase()}@matrix.test`,
                name: 'Ny Ansatt',
                profession: 'NURSE',
              },
            },
          ),
        ),
    },
    deactivateStaffMember: {
      run: async ({ actor }) =>
        outcome(
          await gql(actor, 'mutation($id: ID!) { deactivateStaffMember(staffId: $id) { id } }', {
            id: await target(),
          }),
        ),
    },
    addTeamMembership: {
      run: async ({ actor }) => {
        const input = { staffId: await target(), teamId: world.nordTeam };
        return outcome(await gql(actor, membership('addTeamMembership', input), { input }));
      },
    },
    removeTeamMembership: {
      run: async ({ actor }) => {
        const input = { staffId: await target({ teamId: world.nordTeam }), teamId: world.nordTeam };
        return outcome(await gql(actor, membership('removeTeamMembership', input), { input }));
      },
    },
    addUnitMembership: {
      run: async ({ actor }) => {
        const input = { staffId: await target(), unitId: world.homeCareNord };
        return outcome(await gql(actor, membership('addUnitMembership', input), { input }));
      },
    },
    removeUnitMembership: {
      run: async ({ actor }) => {
        const input = {
          staffId: await target({ unitId: world.homeCareNord }),
          unitId: world.homeCareNord,
        };
        return outcome(await gql(actor, membership('removeUnitMembership', input), { input }));
      },
    },
  };

  beforeAll(async () => {
    world = await createMatrixWorld();
    unhandledPatientId = (await insertPatient(world.t, world.nord)).patientId;
    // Billund's coordination levels in Nord (setCoordinatingCaseworker is of that model).
    await setCoordinationSettings(world.t, world.nord);
  }, 60_000);

  afterAll(async () => {
    await world.t.close();
  });

  it('walks every mutation row of the matrix', () => {
    expectRowsWalked(OPERATIONS, operationsOf(world.t).mutation);
  });

  for (const row of Object.keys(OPERATIONS)) {
    it(`${row}: every profession and relation gets what the matrix says`, async () => {
      expectRow(await walkRow(world, row, OPERATIONS[row]));
    }, 60_000);
  }
});
