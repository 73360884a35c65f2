import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { idOfTeam, insertPatient, insertReferral } from 'test/factories/cases';
import {
  createTestApp,
  errorOf,
  type GqlResult,
  idOfDistrict,
  idOfStaff,
  type TestApp,
} from 'test/utils/test-app';

/*
 * One entry (issue 16, part 2a; Billund): an inquiry resolved at first contact without a case,
 * and callbacks promised, kept by the call or by triage, shown in the referral inbox and
 * counted in the statistics. singleEntry is switched on in Nord by the administrator; Sør
 * keeps the first value (off).
 */
const REFERRAL_FIELDS = `id status viewerCan triagedAt caseId
  directResolution { outcome note resolvedAt resolvedBy }
  callback { id dueAt scheduledBy open overdue dueToday keptAt keptHow keptBy note keptOnTime }
  callbacks { id dueAt replacedAt keptAt }`;
const RESOLVE = `mutation($id: ID!, $outcome: DirectResolutionOutcome!, $note: String!) {
  resolveReferralDirectly(referralId: $id, outcome: $outcome, note: $note) { ${REFERRAL_FIELDS} } }`;
const SCHEDULE = `mutation($id: ID!, $due: DateTime!) {
  scheduleCallback(referralId: $id, dueAt: $due) { ${REFERRAL_FIELDS} } }`;
const RECORD = `mutation($id: ID!, $note: String!) {
  recordCallback(referralId: $id, note: $note) { ${REFERRAL_FIELDS} } }`;
const READ = `query($id: ID!) { referral(id: $id) { ${REFERRAL_FIELDS} } }`;
const LIST = `query($filter: ReferralFilter) { referrals(filter: $filter, first: 100) {
  totalCount edges { node { id } } } }`;
const STATISTICS = `query($from: DateTime!, $to: DateTime!, $districtId: ID!) {
  statistics(from: $from, to: $to, districtId: $districtId) {
    resolvedAtFirstContact resolvedAtFirstContactByOutcome { outcome count suppressed }
    callbacksDue callbacksKept callbacksKeptOnTime } }`;

interface Callback {
  id: string;
  dueAt: string;
  scheduledBy: string;
  open: boolean;
  overdue: boolean;
  dueToday: boolean;
  keptAt: string | null;
  keptHow: string | null;
  keptBy: string | null;
  note: string | null;
  keptOnTime: boolean | null;
}
interface Referral {
  id: string;
  status: string;
  viewerCan: string[];
  triagedAt: string | null;
  caseId: string | null;
  directResolution: {
    outcome: string;
    note: string;
    resolvedAt: string;
    resolvedBy: string;
  } | null;
  callback: Callback | null;
  callbacks: { id: string; dueAt: string; replacedAt: string | null; keptAt: string | null }[];
}

const HOUR = 3_600_000;

describe('one entry: resolved at first contact, and callbacks (Billund)', () => {
  let t: TestApp;
  let nord: string;
  let sor: string;
  let nordTeam: string;
  let sorTeam: string;
  let caseworker: string;
  let coordinator: string;
  let coordinatorId: string;
  let caseworkerId: string;

  const as = (email: string) => t.as(email);
  const data = <T>(result: GqlResult<T>): T => {
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const inAnHour = () => new Date(t.clock.now().getTime() + HOUR).toISOString();

  /** A RECEIVED referral to the SOMATIC team of `district`. */
  async function referral(district: 'Nord' | 'Sør' = 'Nord'): Promise<string> {
    const { patientId } = await insertPatient(t, district === 'Nord' ? nord : sor);
    return insertReferral(t, {
      patientId,
      teamId: district === 'Nord' ? nordTeam : sorTeam,
      registeredBy:
        district === 'Nord' ? caseworkerId : await idOfStaff(t, 'caseworker.sor@demo.local'),
    });
  }
  const resolve = async (id: string, token: string, note = 'Informert om trygghetsalarm') =>
    t.gql<{ resolveReferralDirectly: Referral }>(
      RESOLVE,
      { id, outcome: 'INFORMATION_GIVEN', note },
      token,
    );
  const schedule = async (id: string, token: string, due: string = inAnHour()) =>
    t.gql<{ scheduleCallback: Referral }>(SCHEDULE, { id, due }, token);
  const record = async (id: string, token: string, note = 'Ringte tilbake, avtalt hjemmebesøk') =>
    t.gql<{ recordCallback: Referral }>(RECORD, { id, note }, token);
  const read = async (id: string, token: string = coordinator) =>
    data(await t.gql<{ referral: Referral }>(READ, { id }, token)).referral;

  /** What a refused call leaves behind: the referral, its callbacks and the audit rows. */
  async function footprint(id: string) {
    const [row] = await t.ownerQuery<Record<string, unknown>>(
      'SELECT status, direct_outcome, direct_note, triaged_at FROM referrals WHERE id = $1',
      [id],
    );
    const callbacks = await t.ownerQuery(
      'SELECT * FROM referral_callbacks WHERE referral_id = $1 ORDER BY scheduled_at',
      [id],
    );
    return { row, callbacks };
  }
  const auditsOf = async (action: string, patientId?: string) =>
    t.ownerQuery<{ access: string; args: Record<string, unknown> }>(
      `SELECT access, args FROM audit_events WHERE action = $1 AND ($2::uuid IS NULL OR $2 = ANY(patient_ids)) ORDER BY occurred_at`,
      [action, patientId ?? null],
    );
  const patientOf = async (id: string) =>
    (
      await t.ownerQuery<{ patient_id: string }>('SELECT patient_id FROM referrals WHERE id = $1', [
        id,
      ])
    )[0].patient_id;

  beforeAll(async () => {
    t = await createTestApp();
    // Monday 2 March 2026, 09:00 in Oslo.
    t.clock.set('2026-03-02T09:00:00+01:00');
    nord = await idOfDistrict(t, 'Nord');
    sor = await idOfDistrict(t, 'Sør');
    nordTeam = await idOfTeam(t, 'Vurderingsteam Nord');
    sorTeam = await idOfTeam(t, 'Vurderingsteam Sør');
    caseworker = await as('caseworker.nord@demo.local');
    coordinator = await as('coordinator.nord@demo.local');
    caseworkerId = await idOfStaff(t, 'caseworker.nord@demo.local');
    coordinatorId = await idOfStaff(t, 'coordinator.nord@demo.local');
    const admin = await as('admin@demo.local');
    const { version } = data(
      await t.gql<{ municipalitySettings: { version: number } }>(
        '{ municipalitySettings { version } }',
        {},
        admin,
      ),
    ).municipalitySettings;
    data(
      await t.gql(
        `mutation($v: Int!, $input: UpdateMunicipalitySettingsInput!) {
          updateMunicipalitySettings(expectedVersion: $v, input: $input) { version } }`,
        { v: version, input: { districts: [{ districtId: nord, singleEntry: true }] } },
        admin,
      ),
    );
  });
  afterAll(async () => {
    await t.close();
  });

  describe('resolveReferralDirectly', () => {
    it('closes the inquiry as RESOLVED_DIRECTLY with its outcome and note, opens no case, and audits the write', async () => {
      const id = await referral();
      expect((await read(id, caseworker)).viewerCan).toEqual([
        'acceptReferral',
        'rejectReferral',
        'redirectReferral',
        'resolveReferralDirectly',
        'scheduleCallback',
      ]);
      const cases = await t.count('assessment_cases');

      const resolved = data(
        await t.gql<{ resolveReferralDirectly: Referral }>(
          RESOLVE,
          { id, outcome: 'LOW_THRESHOLD_OFFER', note: 'Henvist til Frisklivssentralen' },
          caseworker,
        ),
      ).resolveReferralDirectly;

      expect(resolved).toMatchObject({
        status: 'RESOLVED_DIRECTLY',
        caseId: null,
        viewerCan: [],
        directResolution: {
          outcome: 'LOW_THRESHOLD_OFFER',
          note: 'Henvist til Frisklivssentralen',
          resolvedAt: t.clock.now().toISOString(),
          resolvedBy: caseworkerId,
        },
        callback: null,
      });
      expect(await t.count('assessment_cases')).toBe(cases);
      expect(await auditsOf('resolveReferralDirectly', await patientOf(id))).toEqual([
        { access: 'WRITE', args: { referralId: id, outcome: 'LOW_THRESHOLD_OFFER' } },
      ]);
      // The inbox lists it by its new status.
      const listed = data(
        await t.gql<{ referrals: { edges: { node: { id: string } }[] } }>(
          LIST,
          { filter: { status: ['RESOLVED_DIRECTLY'] } },
          coordinator,
        ),
      ).referrals.edges.map((e) => e.node.id);
      expect(listed).toContain(id);
    });

    it('refuses a referral already triaged (INVALID_TRANSITION / REFERRAL_ALREADY_TRIAGED) and changes nothing', async () => {
      const id = await referral();
      data(await resolve(id, caseworker));
      const before = await footprint(id);

      const again = await resolve(id, coordinator, 'En gang til');

      expect(errorOf(again)).toEqual({
        code: 'INVALID_TRANSITION',
        reason: 'REFERRAL_ALREADY_TRIAGED',
      });
      expect((await footprint(id)).row).toEqual(before.row);
      expect(await auditsOf('resolveReferralDirectly', await patientOf(id))).toEqual([
        expect.objectContaining({ access: 'WRITE' }),
        expect.objectContaining({ access: 'READ' }),
      ]);
    });

    it('refuses bad input with the failing field (BAD_USER_INPUT)', async () => {
      const id = await referral();
      const blank = await resolve(id, caseworker, '   ');
      expect(errorOf(blank).code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(blank.errors?.[0]?.extensions)).toContain('note');
      const long = await resolve(id, caseworker, 'x'.repeat(2001));
      expect(errorOf(long).code).toBe('BAD_USER_INPUT');
      const outcome = await t.gql(RESOLVE, { id, outcome: 'SOLVED', note: 'Ok' }, caseworker);
      expect(errorOf(outcome).code).toBe('BAD_USER_INPUT');
      expect((await footprint(id)).row).toMatchObject({ status: 'RECEIVED', direct_outcome: null });
    });
  });

  describe('scheduleCallback and recordCallback', () => {
    it('promises a callback, shows it due today and then overdue, and keeps it late when the call is recorded', async () => {
      const id = await referral();
      const due = '2026-03-02T14:00:00+01:00';

      const scheduled = data(await schedule(id, caseworker, due)).scheduleCallback;

      expect(scheduled.status).toBe('RECEIVED');
      expect(scheduled.callback).toMatchObject({
        dueAt: new Date(due).toISOString(),
        scheduledBy: caseworkerId,
        open: true,
        dueToday: true,
        overdue: false,
        keptAt: null,
        keptOnTime: null,
      });
      expect(scheduled.viewerCan).toContain('recordCallback');
      expect(await auditsOf('scheduleCallback', await patientOf(id))).toEqual([
        {
          access: 'WRITE',
          args: {
            referralId: id,
            callbackId: scheduled.callback!.id,
            dueAt: new Date(due).toISOString(),
          },
        },
      ]);

      t.clock.set('2026-03-02T15:00:00+01:00');
      expect((await read(id)).callback).toMatchObject({
        open: true,
        dueToday: false,
        overdue: true,
      });

      const recorded = data(await record(id, coordinator)).recordCallback;

      expect(recorded.callback).toMatchObject({
        open: false,
        overdue: false,
        keptHow: 'CALL',
        keptBy: coordinatorId,
        keptAt: new Date('2026-03-02T15:00:00+01:00').toISOString(),
        note: 'Ringte tilbake, avtalt hjemmebesøk',
        keptOnTime: false,
      });
      expect(recorded.status).toBe('RECEIVED');
      expect(recorded.viewerCan).not.toContain('recordCallback');
      expect(await auditsOf('recordCallback', await patientOf(id))).toEqual([
        {
          access: 'WRITE',
          args: { referralId: id, callbackId: scheduled.callback!.id, keptOnTime: false },
        },
      ]);
      t.clock.set('2026-03-02T09:00:00+01:00');
    });

    it('keeps a callback on time when the call is recorded before it is due', async () => {
      const id = await referral();
      data(await schedule(id, caseworker));
      const kept = data(await record(id, caseworker)).recordCallback;
      expect(kept.callback).toMatchObject({ keptHow: 'CALL', keptOnTime: true });
    });

    it('moves an open callback to a new due time, keeping the replaced one in the history', async () => {
      const id = await referral();
      const first = data(await schedule(id, caseworker)).scheduleCallback.callback!;
      const later = new Date(t.clock.now().getTime() + 3 * 24 * HOUR).toISOString();

      const moved = data(await schedule(id, coordinator, later)).scheduleCallback;

      expect(moved.callback).toMatchObject({ dueAt: later, open: true, dueToday: false });
      expect(moved.callbacks).toEqual([
        expect.objectContaining({
          id: first.id,
          replacedAt: t.clock.now().toISOString(),
          keptAt: null,
        }),
        expect.objectContaining({ id: moved.callback!.id, dueAt: later, replacedAt: null }),
      ]);
      const [audit] = (await auditsOf('scheduleCallback', await patientOf(id))).slice(-1);
      expect(audit.args).toMatchObject({ replacedCallbackId: first.id });
    });

    it.each([
      ['accept', 'mutation($id: ID!) { acceptReferral(referralId: $id) { id } }'],
      [
        'reject',
        'mutation($id: ID!) { rejectReferral(referralId: $id, input: { reason: "Ikke behov" }) { id } }',
      ],
      [
        'redirect',
        'mutation($id: ID!) { redirectReferral(referralId: $id, input: { redirectedTo: "Fastlegen", reason: "Medisinsk" }) { id } }',
      ],
    ])(
      'keeps the callback on time when the referral is triaged (%s) before it is due',
      async (_verb, mutation) => {
        const id = await referral();
        data(await schedule(id, caseworker));
        data(await t.gql(mutation, { id }, coordinator));
        expect((await read(id)).callback).toMatchObject({
          open: false,
          keptHow: 'TRIAGED',
          keptBy: coordinatorId,
          keptOnTime: true,
        });
      },
    );

    it('keeps the callback when the referral is resolved directly, late when after its due time', async () => {
      const id = await referral();
      data(await schedule(id, caseworker, '2026-03-02T10:00:00+01:00'));
      t.clock.set('2026-03-02T11:00:00+01:00');
      const resolved = data(await resolve(id, caseworker)).resolveReferralDirectly;
      t.clock.set('2026-03-02T09:00:00+01:00');
      expect(resolved.callback).toMatchObject({
        keptHow: 'TRIAGED',
        keptOnTime: false,
        open: false,
      });
      expect(
        (await auditsOf('resolveReferralDirectly', await patientOf(id)))[0].args,
      ).toMatchObject({
        callbackKept: { keptOnTime: false },
      });
    });

    it('refuses a due time not in the future, or more than 30 days ahead (BAD_USER_INPUT on dueAt)', async () => {
      const id = await referral();
      for (const due of [
        t.clock.now().toISOString(),
        '2026-03-01T12:00:00+01:00',
        new Date(t.clock.now().getTime() + 31 * 24 * HOUR).toISOString(),
      ]) {
        const refused = await schedule(id, caseworker, due);
        expect(errorOf(refused).code).toBe('BAD_USER_INPUT');
        expect(refused.errors?.[0]?.extensions?.fields).toEqual([
          { field: 'dueAt', problems: [expect.any(String)] },
        ]);
      }
      const notADate = await t.gql(SCHEDULE, { id, due: 'tomorrow' }, caseworker);
      expect(errorOf(notADate).code).toBe('BAD_USER_INPUT');
      expect(await t.count('referral_callbacks', 'referral_id = $1', [id])).toBe(0);
    });

    it('refuses to record a call without a callback promised (INVALID_TRANSITION / NO_CALLBACK_SCHEDULED)', async () => {
      const id = await referral();
      const refused = await record(id, caseworker);
      expect(errorOf(refused)).toEqual({
        code: 'INVALID_TRANSITION',
        reason: 'NO_CALLBACK_SCHEDULED',
      });
      // Kept already: nothing is waiting.
      data(await schedule(id, caseworker));
      data(await record(id, caseworker));
      expect(errorOf(await record(id, caseworker)).reason).toBe('NO_CALLBACK_SCHEDULED');
      expect((await auditsOf('recordCallback', await patientOf(id))).map((a) => a.access)).toEqual([
        'READ',
        'WRITE',
        'READ',
      ]);
    });

    it('refuses a callback on a referral already triaged (REFERRAL_ALREADY_TRIAGED)', async () => {
      const id = await referral();
      data(await resolve(id, caseworker));
      expect(errorOf(await schedule(id, caseworker))).toEqual({
        code: 'INVALID_TRANSITION',
        reason: 'REFERRAL_ALREADY_TRIAGED',
      });
      expect(errorOf(await record(id, caseworker)).reason).toBe('REFERRAL_ALREADY_TRIAGED');
      expect(await t.count('referral_callbacks', 'referral_id = $1', [id])).toBe(0);
    });
  });

  describe('who may, and where it is switched on', () => {
    const operations = [
      ['resolveReferralDirectly', (id: string, token: string) => resolve(id, token)],
      ['scheduleCallback', (id: string, token: string) => schedule(id, token)],
      ['recordCallback', (id: string, token: string) => record(id, token)],
    ] as const;

    it.each(operations)(
      '%s: refuses a nurse of the team, a leader, and the other district’s team (FORBIDDEN), writing only the refusal’s audit row',
      async (operation, call) => {
        const id = await referral();
        if (operation === 'recordCallback') data(await schedule(id, caseworker));
        const before = await footprint(id);
        for (const [email, reason] of [
          ['nurse.nord@demo.local', 'NOT_RECEIVING_TEAM'],
          ['leader.nord@demo.local', 'NOT_RECEIVING_TEAM'],
          ['coordinator.sor@demo.local', 'NOT_RECEIVING_TEAM'],
        ]) {
          const refused = await call(id, await as(email));
          expect({ email, ...errorOf(refused) }).toEqual({ email, code: 'FORBIDDEN', reason });
        }
        const after = await footprint(id);
        expect(after.row).toEqual(before.row);
        expect(after.callbacks).toEqual(before.callbacks);
        const refusals = await auditsOf(operation, await patientOf(id));
        expect(refusals.filter((a) => a.access === 'REFUSED')).toHaveLength(3);
        expect(refusals.filter((a) => a.access === 'WRITE')).toHaveLength(0);
      },
    );

    it.each(operations)(
      '%s: refuses where singleEntry is off (FORBIDDEN / FEATURE_DISABLED), writing only the refusal’s audit row',
      async (operation, call) => {
        const id = await referral('Sør');
        const sorCoordinator = await as('coordinator.sor@demo.local');
        if (operation === 'recordCallback')
          await t.ownerQuery(
            'INSERT INTO referral_callbacks (referral_id, due_at, scheduled_at, scheduled_by) VALUES ($1, $2, $3, $4)',
            [id, inAnHour(), t.clock.now(), await idOfStaff(t, 'coordinator.sor@demo.local')],
          );
        const before = await footprint(id);

        const refused = await call(id, sorCoordinator);

        expect(errorOf(refused)).toEqual({ code: 'FORBIDDEN', reason: 'FEATURE_DISABLED' });
        expect(refused.errors?.[0]?.extensions?.setting).toBe('singleEntry');
        const after = await footprint(id);
        expect(after.row).toEqual(before.row);
        expect(after.callbacks).toEqual(before.callbacks);
        expect(
          (await auditsOf(operation, await patientOf(id))).map((a) => [a.access, a.args.reason]),
        ).toEqual([['REFUSED', 'FEATURE_DISABLED']]);
        // And nothing offers it there.
        expect((await read(id, sorCoordinator)).viewerCan).toEqual([
          'acceptReferral',
          'rejectReferral',
          'redirectReferral',
        ]);
      },
    );

    it('answers NOT_FOUND for a referral that does not exist', async () => {
      const missing = '00000000-0000-4000-8000-000000000000';
      expect(errorOf(await resolve(missing, caseworker)).code).toBe('NOT_FOUND');
      expect(errorOf(await schedule(missing, caseworker)).code).toBe('NOT_FOUND');
      expect(errorOf(await record(missing, caseworker)).code).toBe('NOT_FOUND');
    });
  });

  describe('the inbox', () => {
    it('lists referrals with a callback open, due by the end of today, and overdue', async () => {
      t.clock.set('2026-03-04T09:00:00+01:00');
      const overdue = await referral();
      const dueToday = await referral();
      const tomorrow = await referral();
      const kept = await referral();
      data(await schedule(overdue, caseworker, '2026-03-04T09:30:00+01:00'));
      data(await schedule(dueToday, caseworker, '2026-03-04T23:59:00+01:00'));
      data(await schedule(tomorrow, caseworker, '2026-03-05T08:00:00+01:00'));
      data(await schedule(kept, caseworker, '2026-03-04T10:00:00+01:00'));
      data(await record(kept, caseworker));
      t.clock.set('2026-03-04T10:00:00+01:00');

      const all: Record<string, string> = { overdue, dueToday, tomorrow, kept };
      const names = async (callback: string) => {
        const ids = data(
          await t.gql<{ referrals: { edges: { node: { id: string } }[] } }>(
            LIST,
            { filter: { callback } },
            coordinator,
          ),
        ).referrals.edges.map((e) => e.node.id);
        return Object.keys(all)
          .filter((name) => ids.includes(all[name]))
          .sort();
      };
      expect(await names('OVERDUE')).toEqual(['overdue']);
      expect(await names('DUE')).toEqual(['dueToday', 'overdue']);
      expect(await names('OPEN')).toEqual(['dueToday', 'overdue', 'tomorrow']);
      expect((await read(overdue)).callback).toMatchObject({ overdue: true, dueToday: false });
      expect((await read(dueToday)).callback).toMatchObject({ overdue: false, dueToday: true });
      expect((await read(tomorrow)).callback).toMatchObject({ overdue: false, dueToday: false });
      t.clock.set('2026-03-02T09:00:00+01:00');
    });
  });

  describe('statistics', () => {
    it('counts inquiries resolved at first contact (by outcome, small groups suppressed) and callbacks kept on time', async () => {
      // A week of its own: 9–15 March 2026.
      t.clock.set('2026-03-09T08:00:00+01:00');
      for (let i = 0; i < 5; i++) data(await resolve(await referral(), caseworker));
      data(
        await t.gql(
          RESOLVE,
          { id: await referral(), outcome: 'AID_OR_TECHNOLOGY', note: 'Trygghetsalarm bestilt' },
          caseworker,
        ),
      );
      // Callbacks due in the week: one kept on time by a call, one kept on time by triage,
      // one kept late, one never kept, and one moved (counted once, at its new time).
      const onTime = await referral();
      data(await schedule(onTime, caseworker, '2026-03-09T12:00:00+01:00'));
      data(await record(onTime, caseworker));
      const triaged = await referral();
      data(await schedule(triaged, caseworker, '2026-03-09T12:00:00+01:00'));
      data(
        await t.gql(
          'mutation($id: ID!) { acceptReferral(referralId: $id) { id } }',
          { id: triaged },
          coordinator,
        ),
      );
      const late = await referral();
      data(await schedule(late, caseworker, '2026-03-09T09:00:00+01:00'));
      const never = await referral();
      data(await schedule(never, caseworker, '2026-03-09T10:00:00+01:00'));
      const moved = await referral();
      data(await schedule(moved, caseworker, '2026-03-09T11:00:00+01:00'));
      data(await schedule(moved, caseworker, '2026-03-10T11:00:00+01:00'));
      t.clock.set('2026-03-11T08:00:00+01:00');
      data(await record(late, caseworker));

      const figures = data(
        await t.gql<{ statistics: Record<string, unknown> }>(
          STATISTICS,
          { from: '2026-03-09T00:00:00+01:00', to: '2026-03-16T00:00:00+01:00', districtId: nord },
          await as('leader.nord@demo.local'),
        ),
      ).statistics;

      expect(figures).toEqual({
        resolvedAtFirstContact: 6,
        resolvedAtFirstContactByOutcome: [
          { outcome: 'INFORMATION_GIVEN', count: 5, suppressed: false },
          { outcome: 'AID_OR_TECHNOLOGY', count: null, suppressed: true },
        ],
        callbacksDue: 5,
        callbacksKept: 3,
        callbacksKeptOnTime: 2,
      });
      // Sør has none.
      const sorFigures = data(
        await t.gql<{ statistics: Record<string, unknown> }>(
          STATISTICS,
          { from: '2026-03-09T00:00:00+01:00', to: '2026-03-16T00:00:00+01:00', districtId: sor },
          await as('leader.sor@demo.local'),
        ),
      ).statistics;
      expect(sorFigures).toMatchObject({ resolvedAtFirstContact: 0, callbacksDue: 0 });
    });
  });
});
