import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  ACCEPT,
  acceptReferral,
  BASE,
  dischargeReferral,
  expectRefused,
  newPatient,
  openDischargeCase,
  readCase,
  REDIRECT,
  REFERRAL,
  REFERRALS,
  type ReferralView,
  REGISTER_REFERRAL,
  registerReferral,
  REJECT,
  callersOf,
} from 'test/utils/case-api';
import { idOfTeam } from 'test/factories/cases';
import { createTestApp, idOfStaff, type TestApp } from 'test/utils/test-app';

describe('referrals: registration, triage and the list', () => {
  let t: TestApp;
  let coordinatorNordId: string;
  let caseworkerNordId: string;
  let teamNord: string;
  let teamSor: string;

  beforeAll(async () => {
    t = await createTestApp();
    coordinatorNordId = await idOfStaff(t, 'coordinator.nord@demo.local');
    caseworkerNordId = await idOfStaff(t, 'caseworker.nord@demo.local');
    teamNord = await idOfTeam(t, 'Vurderingsteam Nord');
    teamSor = await idOfTeam(t, 'Vurderingsteam Sør');
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(() => {
    t.clock.set(BASE);
  });

  // The spec's app is made in beforeAll: its callers read it when they run.
  const { as, coordinator } = callersOf(() => t);

  describe('rejectReferral and redirectReferral', () => {
    it('rejects a referral with its reason', async () => {
      const referral = await registerReferral(t, await newPatient(t));
      const result = await as<{ rejectReferral: ReferralView }>(
        'caseworker.nord@demo.local',
        REJECT,
        { id: referral.id, reason: 'Behovet dekkes av fastlegen' },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.rejectReferral).toMatchObject({
        id: referral.id,
        status: 'REJECTED',
        rejectionReason: 'Behovet dekkes av fastlegen',
        caseId: null,
        triagedBy: caseworkerNordId,
        triagedAt: new Date(BASE).toISOString(),
      });
      const read = await as<{ referral: ReferralView }>('caseworker.nord@demo.local', REFERRAL, {
        id: referral.id,
      });
      expect(read.data!.referral).toMatchObject({
        status: 'REJECTED',
        rejectionReason: 'Behovet dekkes av fastlegen',
      });
    });

    it('redirects a referral to another service with its reason', async () => {
      const referral = await registerReferral(t, await newPatient(t));
      const result = await coordinator<{ redirectReferral: ReferralView }>(REDIRECT, {
        id: referral.id,
        to: 'Spesialisthelsetjenesten',
        reason: 'Trenger utredning i spesialisthelsetjenesten',
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.redirectReferral).toMatchObject({
        status: 'REDIRECTED',
        redirectedTo: 'Spesialisthelsetjenesten',
        redirectReason: 'Trenger utredning i spesialisthelsetjenesten',
        triagedBy: coordinatorNordId,
      });
      const read = await coordinator<{ referral: ReferralView }>(REFERRAL, { id: referral.id });
      expect(read.data!.referral).toMatchObject({
        status: 'REDIRECTED',
        redirectedTo: 'Spesialisthelsetjenesten',
      });
    });

    it('refuses rejectReferral with INVALID_TRANSITION when the referral is already accepted', async () => {
      const { referralId, caseId } = await openDischargeCase(t);
      await expectRefused(
        t,
        () => as('caseworker.nord@demo.local', REJECT, { id: referralId, reason: 'For sent' }),
        { code: 'INVALID_TRANSITION', reason: 'REFERRAL_ALREADY_TRIAGED' },
        { caseId, referralId },
      );
    });

    it('refuses redirectReferral with INVALID_TRANSITION when the referral is already accepted', async () => {
      const { referralId, caseId } = await openDischargeCase(t);
      await expectRefused(
        t,
        () => coordinator(REDIRECT, { id: referralId, to: 'Fastlegen', reason: 'Feil instans' }),
        { code: 'INVALID_TRANSITION', reason: 'REFERRAL_ALREADY_TRIAGED' },
        { caseId, referralId },
      );
    });

    it('refuses acceptReferral with INVALID_TRANSITION when the referral is already rejected', async () => {
      const referral = await registerReferral(t, await newPatient(t));
      await coordinator(REJECT, { id: referral.id, reason: 'Ikke behov' });
      await expectRefused(
        t,
        () => coordinator(ACCEPT, { id: referral.id }),
        { code: 'INVALID_TRANSITION', reason: 'REFERRAL_ALREADY_TRIAGED' },
        { referralId: referral.id },
      );
    });

    it('refuses rejectReferral when the caller is a team nurse (not caseworker or coordinator)', async () => {
      const referral = await registerReferral(t, await newPatient(t));
      await expectRefused(
        t,
        () => as('nurse.nord@demo.local', REJECT, { id: referral.id, reason: 'Ikke behov' }),
        { code: 'FORBIDDEN', reason: 'NOT_RECEIVING_TEAM' },
        { referralId: referral.id },
      );
    });

    it('refuses redirectReferral when the caller is a team nurse (not caseworker or coordinator)', async () => {
      const referral = await registerReferral(t, await newPatient(t));
      await expectRefused(
        t,
        () =>
          as('nurse.nord@demo.local', REDIRECT, {
            id: referral.id,
            to: 'Fastlegen',
            reason: 'Feil instans',
          }),
        { code: 'FORBIDDEN', reason: 'NOT_RECEIVING_TEAM' },
        { referralId: referral.id },
      );
    });

    it('refuses rejectReferral and redirectReferral when the caller is a caseworker of another district', async () => {
      const referral = await registerReferral(t, await newPatient(t));
      await expectRefused(
        t,
        () => as('caseworker.sor@demo.local', REJECT, { id: referral.id, reason: 'Ikke behov' }),
        { code: 'FORBIDDEN', reason: 'NOT_RECEIVING_TEAM' },
        { referralId: referral.id },
      );
      await expectRefused(
        t,
        () =>
          as('caseworker.sor@demo.local', REDIRECT, {
            id: referral.id,
            to: 'Fastlegen',
            reason: 'Feil instans',
          }),
        { code: 'FORBIDDEN', reason: 'NOT_RECEIVING_TEAM' },
        { referralId: referral.id },
      );
    });

    it('refuses rejectReferral with BAD_USER_INPUT when the reason is empty', async () => {
      const referral = await registerReferral(t, await newPatient(t));
      await expectRefused(
        t,
        () => coordinator(REJECT, { id: referral.id, reason: '' }),
        { code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' },
        { referralId: referral.id },
      );
    });
  });

  describe('registerReferral', () => {
    it('refuses registerReferral with BAD_USER_INPUT when receivedAt is a day in the future', async () => {
      const patientId = await newPatient(t);
      const tomorrow = new Date(t.clock.now().getTime() + 86_400_000).toISOString();
      const result = await expectRefused(
        t,
        () =>
          as(
            'caseworker.nord@demo.local',
            REGISTER_REFERRAL,
            dischargeReferral(t, patientId, { receivedAt: tomorrow }),
          ),
        { code: 'BAD_USER_INPUT', reason: 'RECEIVED_IN_FUTURE' },
      );
      expect(result.errors?.[0].extensions.fields).toEqual([
        { field: 'input.receivedAt', problems: expect.any(Array) },
      ]);
    });

    it('refuses registerReferral with BAD_USER_INPUT when the team is in another district', async () => {
      const patientId = await newPatient(t);
      const result = await expectRefused(
        t,
        () =>
          as(
            'caseworker.nord@demo.local',
            REGISTER_REFERRAL,
            dischargeReferral(t, patientId, { teamId: teamSor }),
          ),
        { code: 'BAD_USER_INPUT', reason: 'TEAM_OUTSIDE_DISTRICT' },
      );
      expect(result.errors?.[0].extensions.fields).toEqual([
        { field: 'input.teamId', problems: expect.any(Array) },
      ]);
    });

    it('refuses registerReferral when the caller is a caseworker of another district', async () => {
      const patientId = await newPatient(t);
      await expectRefused(
        t,
        () => as('caseworker.sor@demo.local', REGISTER_REFERRAL, dischargeReferral(t, patientId)),
        { code: 'FORBIDDEN', reason: 'NOT_IN_DISTRICT' },
      );
    });

    it('attaches a second referral for a person with an open case to that case', async () => {
      const { caseId, patientId, referralId } = await openDischargeCase(t);
      t.clock.advanceDays(2);
      const cases = await t.count('assessment_cases');
      const second = await registerReferral(t, patientId, {
        source: 'GP',
        channel: 'LETTER',
        receivedAt: new Date(t.clock.now().getTime() - 3_600_000).toISOString(),
      });
      expect(second).toMatchObject({ status: 'ACCEPTED', caseId, teamId: teamNord });
      expect(await t.count('assessment_cases')).toBe(cases);

      const kase = await readCase(t, caseId);
      expect(kase.referrals.map((r) => r.id).sort()).toEqual([referralId, second.id].sort());
      expect(kase.referrals.every((r) => r.status === 'ACCEPTED')).toBe(true);
      // Joining adds no time to the clarification period.
      expect(kase.deadlineDate).toBe('2026-03-16');
    });
    it('joins a second referral accepted after the first to the case the first opened', async () => {
      const patientId = await newPatient(t);
      const first = await registerReferral(t, patientId);
      const second = await registerReferral(t, patientId, { source: 'RELATIVE', channel: 'PHONE' });
      expect(second).toMatchObject({ status: 'RECEIVED', caseId: null });
      const kase = await acceptReferral(t, first.id);
      const cases = await t.count('assessment_cases');
      const joined = await acceptReferral(t, second.id);
      expect(joined.id).toBe(kase.id);
      expect(await t.count('assessment_cases')).toBe(cases);
      expect(joined.referrals.map((r) => r.id).sort()).toEqual([first.id, second.id].sort());
      expect(joined.history.filter((h) => h.action === 'ACCEPTED')).toHaveLength(1);
    });
  });

  describe('referrals list', () => {
    it('lists URGENT referrals first regardless of when they arrived, across pages', async () => {
      const patientId = await newPatient(t);
      const at = (time: string) => `2025-11-10T${time}:00+01:00`;
      const normalEarly = await registerReferral(t, patientId, { receivedAt: at('08:00') });
      const urgentLate = await registerReferral(t, patientId, {
        receivedAt: at('10:00'),
        urgency: 'URGENT',
      });
      const normalLate = await registerReferral(t, patientId, { receivedAt: at('09:00') });
      const urgentEarly = await registerReferral(t, patientId, {
        receivedAt: at('09:30'),
        urgency: 'URGENT',
      });
      const filter = { receivedFrom: at('00:00'), receivedTo: '2025-11-11T00:00:00+01:00' };
      const expected = [urgentEarly.id, urgentLate.id, normalEarly.id, normalLate.id];

      type Page = {
        referrals: {
          totalCount: number;
          edges: { node: { id: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
      const all = await coordinator<Page>(REFERRALS, { filter });
      expect(all.errors).toBeUndefined();
      expect(all.data!.referrals.edges.map((e) => e.node.id)).toEqual(expected);

      const first = await coordinator<Page>(REFERRALS, { filter, first: 3 });
      expect(first.data!.referrals.pageInfo.hasNextPage).toBe(true);
      const rest = await coordinator<Page>(REFERRALS, {
        filter,
        first: 3,
        after: first.data!.referrals.pageInfo.endCursor,
      });
      expect(
        [...first.data!.referrals.edges, ...rest.data!.referrals.edges].map((e) => e.node.id),
      ).toEqual(expected);
    });

    it('makes an URGENT referral overdue for triage only after the end of the next local day', async () => {
      // Received 00:30 on Tuesday 3 March in Oslo (still Monday in UTC).
      t.clock.set('2026-03-03T10:00:00+01:00');
      const patientId = await newPatient(t);
      const receivedAt = '2026-03-03T00:30:00+01:00';
      const urgent = await registerReferral(t, patientId, { receivedAt, urgency: 'URGENT' });
      const normal = await registerReferral(t, patientId, { receivedAt });
      expect(urgent.triageDeadline).toBe('2026-03-04T22:59:59.999Z');
      expect(normal.triageDeadline).toBeNull();

      const overdue = async (id: string) =>
        (await coordinator<{ referral: ReferralView }>(REFERRAL, { id })).data!.referral
          .triageOverdue;

      t.clock.set('2026-03-04T23:00:00+01:00');
      expect(await overdue(urgent.id)).toBe(false);
      expect(await overdue(normal.id)).toBe(false);

      t.clock.set('2026-03-05T00:30:00+01:00');
      expect(await overdue(urgent.id)).toBe(true);
      expect(await overdue(normal.id)).toBe(false);

      t.clock.set('2026-04-30T12:00:00+02:00');
      expect(await overdue(normal.id)).toBe(false);

      // Once triaged, it is no longer overdue.
      expect((await coordinator(REJECT, { id: urgent.id, reason: 'Ikke behov' })).errors).toBe(
        undefined,
      );
      expect(await overdue(urgent.id)).toBe(false);
    });

    it('counts the URGENT triage deadline in local days across the start of summer time', async () => {
      // Saturday 28 March 2026; summer time starts Sunday 29 March at 02:00.
      t.clock.set('2026-03-28T12:00:00+01:00');
      const urgent = await registerReferral(t, await newPatient(t), {
        receivedAt: '2026-03-28T11:00:00+01:00',
        urgency: 'URGENT',
      });
      expect(urgent.triageDeadline).toBe('2026-03-29T21:59:59.999Z');
      const overdue = async () =>
        (await coordinator<{ referral: ReferralView }>(REFERRAL, { id: urgent.id })).data!.referral
          .triageOverdue;
      t.clock.set('2026-03-29T23:00:00+02:00');
      expect(await overdue()).toBe(false);
      t.clock.set('2026-03-30T00:30:00+02:00');
      expect(await overdue()).toBe(true);
    });
  });
});
