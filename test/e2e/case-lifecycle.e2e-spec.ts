import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  BASE,
  acceptReferral,
  ASSIGN,
  CANCEL,
  type CaseView,
  CLOSE,
  expectRefused,
  EXTEND,
  HOLD,
  LIST_CASES,
  openDischargeCase,
  readCase,
  refusedAudits,
  registerReferral,
  RESUME,
  UNKNOWN_ID,
  callersOf,
} from 'test/utils/case-api';
import { createTestApp, idOfStaff, type TestApp } from 'test/utils/test-app';

/*
 * The coordinator steers an open case: puts it on hold and resumes it (the clock pauses),
 * extends its deadline, cancels it, or closes it once decided.
 */
describe('the life of a case: holds, deadline extensions, cancel and close', () => {
  let t: TestApp;
  let coordinatorNordId: string;
  let nurseSorId: string;

  beforeAll(async () => {
    t = await createTestApp();
    coordinatorNordId = await idOfStaff(t, 'coordinator.nord@demo.local');
    nurseSorId = await idOfStaff(t, 'nurse.sor@demo.local');
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(() => {
    t.clock.set(BASE);
  });

  // The spec's app is made in beforeAll: its callers read it when they run.
  const { as, coordinator } = callersOf(() => t);

  describe('putCaseOnHold and resumeCase', () => {
    it('pauses the clock for three days and moves the deadline by exactly three days', async () => {
      const { caseId, kase } = await openDischargeCase(t);
      expect(kase).toMatchObject({ acceptedOn: '2026-03-02', deadlineDate: '2026-03-16' });

      const held = await coordinator<{ putCaseOnHold: CaseView }>(HOLD, {
        id: caseId,
        reason: 'Innlagt på UNN Harstad',
      });
      expect(held.errors).toBeUndefined();
      expect(held.data!.putCaseOnHold).toMatchObject({
        status: 'ON_HOLD',
        onHoldSince: '2026-03-02',
        holdDays: 0,
        deadlineDate: '2026-03-16',
        holds: [{ fromDate: '2026-03-02', untilDate: null, reason: 'Innlagt på UNN Harstad' }],
      });

      t.clock.advanceDays(3);
      // While on hold the deadline moves day by day.
      expect(await readCase(t, caseId)).toMatchObject({
        status: 'ON_HOLD',
        holdDays: 3,
        deadlineDate: '2026-03-19',
      });

      const resumed = await coordinator<{ resumeCase: CaseView }>(RESUME, { id: caseId });
      expect(resumed.errors).toBeUndefined();
      expect(resumed.data!.resumeCase).toMatchObject({
        status: 'ACTIVE',
        onHoldSince: null,
        holdDays: 3,
        deadlineDate: '2026-03-19',
        // End of Thursday 19 March in Oslo (UTC+1).
        deadline: '2026-03-19T22:59:59.999Z',
        daysRemaining: 14,
        holds: [{ fromDate: '2026-03-02', untilDate: '2026-03-05' }],
      });

      // Once resumed, the clock runs again and the deadline stays put.
      t.clock.advanceDays(1);
      expect(await readCase(t, caseId)).toMatchObject({
        holdDays: 3,
        deadlineDate: '2026-03-19',
        daysRemaining: 13,
      });
    });

    it('adds no days for a hold resumed on the same local day', async () => {
      const { caseId } = await openDischargeCase(t);
      expect((await coordinator(HOLD, { id: caseId, reason: 'Legevaktbesøk' })).errors).toBe(
        undefined,
      );
      t.clock.set('2026-03-02T23:30:00+01:00');
      const resumed = await coordinator<{ resumeCase: CaseView }>(RESUME, { id: caseId });
      expect(resumed.errors).toBeUndefined();
      expect(resumed.data!.resumeCase).toMatchObject({
        status: 'ACTIVE',
        holdDays: 0,
        deadlineDate: '2026-03-16',
        holds: [{ fromDate: '2026-03-02', untilDate: '2026-03-02' }],
      });
    });

    it('counts a hold by local dates: from 23:00 to 01:00 the next day adds one day', async () => {
      const { caseId } = await openDischargeCase(t);
      t.clock.set('2026-03-02T23:00:00+01:00');
      expect((await coordinator(HOLD, { id: caseId, reason: 'Innlagt om kvelden' })).errors).toBe(
        undefined,
      );
      t.clock.set('2026-03-03T01:00:00+01:00');
      const resumed = await coordinator<{ resumeCase: CaseView }>(RESUME, { id: caseId });
      expect(resumed.errors).toBeUndefined();
      expect(resumed.data!.resumeCase).toMatchObject({ holdDays: 1, deadlineDate: '2026-03-17' });
    });

    it('keeps the dates of every hold when a case is put on hold twice', async () => {
      const { caseId } = await openDischargeCase(t);
      await coordinator(HOLD, { id: caseId, reason: 'Første innleggelse' });
      t.clock.advanceDays(3);
      expect((await coordinator(RESUME, { id: caseId })).errors).toBeUndefined();
      t.clock.advanceDays(2);
      await coordinator(HOLD, { id: caseId, reason: 'Andre innleggelse' });
      t.clock.advanceDays(1);
      const resumed = await coordinator<{ resumeCase: CaseView }>(RESUME, { id: caseId });
      expect(resumed.errors).toBeUndefined();
      expect(resumed.data!.resumeCase).toMatchObject({
        holdDays: 4,
        deadlineDate: '2026-03-20',
        holds: [
          { fromDate: '2026-03-02', untilDate: '2026-03-05', reason: 'Første innleggelse' },
          { fromDate: '2026-03-07', untilDate: '2026-03-08', reason: 'Andre innleggelse' },
        ],
      });
    });

    it('shows HOLD and RESUME in the history with statuses, reason and actor', async () => {
      const { caseId } = await openDischargeCase(t);
      t.clock.set('2026-03-02T10:00:00+01:00');
      await coordinator(HOLD, { id: caseId, reason: 'Innlagt på sykehus' });
      t.clock.advanceDays(2);
      await coordinator(RESUME, { id: caseId });

      const { history } = await readCase(t, caseId);
      expect(history.map((h) => h.action)).toEqual(['ACCEPTED', 'HOLD', 'RESUME']);
      expect(history[1]).toEqual({
        action: 'HOLD',
        fromStatus: 'ACTIVE',
        toStatus: 'ON_HOLD',
        reason: 'Innlagt på sykehus',
        actorId: coordinatorNordId,
        actor: { email: 'coordinator.nord@demo.local' },
      });
      expect(history[2]).toEqual({
        action: 'RESUME',
        fromStatus: 'ON_HOLD',
        toStatus: 'ACTIVE',
        reason: null,
        actorId: coordinatorNordId,
        actor: { email: 'coordinator.nord@demo.local' },
      });
    });

    it('lists the history oldest first even when several changes share the same instant', async () => {
      const { caseId } = await openDischargeCase(t);
      // The test clock stands still: every change below has the same occurredAt.
      await coordinator(HOLD, { id: caseId, reason: 'Innlagt' });
      await coordinator(RESUME, { id: caseId });
      await coordinator(EXTEND, { id: caseId, days: 2, reason: 'Venter på hjelpemidler' });
      await coordinator(ASSIGN, { id: caseId, staffId: nurseSorId, role: 'CONSULTANT' });
      await coordinator(CANCEL, { id: caseId, reason: 'Trakk søknaden' });
      const { history } = await readCase(t, caseId);
      expect(history.map((h) => [h.action, h.fromStatus, h.toStatus])).toEqual([
        ['ACCEPTED', null, 'ACTIVE'],
        ['HOLD', 'ACTIVE', 'ON_HOLD'],
        ['RESUME', 'ON_HOLD', 'ACTIVE'],
        ['EXTEND', 'ACTIVE', 'ACTIVE'],
        ['ASSIGN_MEMBER', 'ACTIVE', 'ACTIVE'],
        ['CANCEL', 'ACTIVE', 'CANCELLED'],
      ]);
    });

    it('refuses resumeCase with INVALID_TRANSITION when the case is active', async () => {
      const { caseId } = await openDischargeCase(t);
      const result = await expectRefused(
        t,
        () => coordinator(RESUME, { id: caseId }),
        { code: 'INVALID_TRANSITION', reason: 'CASE_NOT_ON_HOLD' },
        { caseId },
      );
      expect(result.errors?.[0].extensions.status).toBe('ACTIVE');
    });

    it('refuses putCaseOnHold with INVALID_TRANSITION when the case is already on hold', async () => {
      const { caseId } = await openDischargeCase(t);
      expect((await coordinator(HOLD, { id: caseId, reason: 'Innlagt' })).errors).toBeUndefined();
      await expectRefused(
        t,
        () => coordinator(HOLD, { id: caseId, reason: 'Innlagt igjen' }),
        { code: 'INVALID_TRANSITION', reason: 'CASE_NOT_ACTIVE' },
        { caseId },
      );
    });

    it('refuses putCaseOnHold when the caller is a team nurse, not the coordinator, and audits it', async () => {
      const { caseId } = await openDischargeCase(t);
      const audits = await refusedAudits(t, 'putCaseOnHold', caseId);
      await expectRefused(
        t,
        () => as('nurse.nord@demo.local', HOLD, { id: caseId, reason: 'Innlagt' }),
        { code: 'FORBIDDEN', reason: 'NOT_CASE_COORDINATOR' },
        { caseId },
      );
      expect(await refusedAudits(t, 'putCaseOnHold', caseId)).toBe(audits + 1);
    });

    it('refuses resumeCase when the caller is a team nurse, not the coordinator', async () => {
      const { caseId } = await openDischargeCase(t);
      await coordinator(HOLD, { id: caseId, reason: 'Innlagt' });
      t.clock.advanceDays(1);
      await expectRefused(
        t,
        () => as('nurse.nord@demo.local', RESUME, { id: caseId }),
        { code: 'FORBIDDEN', reason: 'NOT_CASE_COORDINATOR' },
        { caseId },
      );
    });

    it('refuses putCaseOnHold when the caller is the coordinator of another district', async () => {
      const { caseId } = await openDischargeCase(t);
      await expectRefused(
        t,
        () => as('coordinator.sor@demo.local', HOLD, { id: caseId, reason: 'Innlagt' }),
        { code: 'FORBIDDEN', reason: 'NO_RELATION_TO_CASE' },
        { caseId },
      );
      expect(await refusedAudits(t, 'putCaseOnHold', caseId)).toBe(1);
    });

    it('refuses putCaseOnHold with BAD_USER_INPUT when the reason is empty or blank', async () => {
      const { caseId } = await openDischargeCase(t);
      for (const reason of ['', '   ']) {
        const result = await expectRefused(
          t,
          () => coordinator(HOLD, { id: caseId, reason }),
          { code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' },
          { caseId },
        );
        expect(result.errors?.[0].extensions.fields).toEqual([
          { field: 'input.reason', problems: expect.any(Array) },
        ]);
      }
    });

    it('refuses putCaseOnHold with NOT_FOUND when the case does not exist', async () => {
      await expectRefused(t, () => coordinator(HOLD, { id: UNKNOWN_ID, reason: 'Innlagt' }), {
        code: 'NOT_FOUND',
        reason: 'CASE_NOT_FOUND',
      });
    });
  });

  describe('extendDeadline', () => {
    it('adds five days to the deadline and keeps the extension with its reason', async () => {
      const { caseId } = await openDischargeCase(t);
      const result = await coordinator<{ extendDeadline: CaseView }>(EXTEND, {
        id: caseId,
        days: 5,
        reason: 'Venter på ergoterapeutens hjemmebesøk',
      });
      expect(result.errors).toBeUndefined();
      const kase = result.data!.extendDeadline;
      expect(kase).toMatchObject({
        status: 'ACTIVE',
        deadlineDate: '2026-03-21',
        extensionDays: 5,
        extensions: [
          {
            days: 5,
            reason: 'Venter på ergoterapeutens hjemmebesøk',
            extendedBy: coordinatorNordId,
          },
        ],
      });
      expect(kase.history.find((h) => h.action === 'EXTEND')).toMatchObject({
        fromStatus: 'ACTIVE',
        toStatus: 'ACTIVE',
        reason: 'Venter på ergoterapeutens hjemmebesøk',
        actor: { email: 'coordinator.nord@demo.local' },
      });
      expect(await readCase(t, caseId)).toMatchObject({
        deadlineDate: '2026-03-21',
        extensions: [{ days: 5, reason: 'Venter på ergoterapeutens hjemmebesøk' }],
      });
    });

    it('refuses extendDeadline with BAD_USER_INPUT when days is 0 or 61', async () => {
      const { caseId } = await openDischargeCase(t);
      for (const days of [0, 61]) {
        const result = await expectRefused(
          t,
          () => coordinator(EXTEND, { id: caseId, days, reason: 'Trenger mer tid' }),
          { code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' },
          { caseId },
        );
        expect(result.errors?.[0].extensions.fields).toEqual([
          { field: 'input.days', problems: expect.any(Array) },
        ]);
      }
    });

    it('refuses extendDeadline with BAD_USER_INPUT when the reason is empty', async () => {
      const { caseId } = await openDischargeCase(t);
      await expectRefused(
        t,
        () => coordinator(EXTEND, { id: caseId, days: 3, reason: '' }),
        { code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' },
        { caseId },
      );
    });

    it('refuses extendDeadline with INVALID_TRANSITION when the case is cancelled', async () => {
      const { caseId } = await openDischargeCase(t);
      expect((await coordinator(CANCEL, { id: caseId, reason: 'Flyttet' })).errors).toBe(undefined);
      await expectRefused(
        t,
        () => coordinator(EXTEND, { id: caseId, days: 5, reason: 'Trenger mer tid' }),
        { code: 'INVALID_TRANSITION', reason: 'CASE_FINISHED' },
        { caseId },
      );
    });

    it('refuses extendDeadline when the caller is a team nurse, not the coordinator', async () => {
      const { caseId } = await openDischargeCase(t);
      await expectRefused(
        t,
        () => as('nurse.nord@demo.local', EXTEND, { id: caseId, days: 5, reason: 'Mer tid' }),
        { code: 'FORBIDDEN', reason: 'NOT_CASE_COORDINATOR' },
        { caseId },
      );
    });
  });

  describe('cancelCase', () => {
    it('cancels an active case with its reason and keeps it in the history', async () => {
      const { caseId } = await openDischargeCase(t);
      const result = await coordinator<{ cancelCase: CaseView }>(CANCEL, {
        id: caseId,
        reason: 'Personen har flyttet ut av kommunen',
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.cancelCase).toMatchObject({
        status: 'CANCELLED',
        cancelReason: 'Personen har flyttet ut av kommunen',
      });
      expect((await readCase(t, caseId)).history.at(-1)).toMatchObject({
        action: 'CANCEL',
        fromStatus: 'ACTIVE',
        toStatus: 'CANCELLED',
        reason: 'Personen har flyttet ut av kommunen',
        actorId: coordinatorNordId,
      });
    });

    it('cancels a case on hold and ends the open hold', async () => {
      const { caseId } = await openDischargeCase(t);
      await coordinator(HOLD, { id: caseId, reason: 'Innlagt' });
      t.clock.advanceDays(2);
      const result = await coordinator<{ cancelCase: CaseView }>(CANCEL, {
        id: caseId,
        reason: 'Personen døde på sykehuset',
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.cancelCase).toMatchObject({
        status: 'CANCELLED',
        onHoldSince: null,
        cancelReason: 'Personen døde på sykehuset',
        holds: [{ fromDate: '2026-03-02', untilDate: '2026-03-04' }],
      });
      expect(result.data!.cancelCase.history.at(-1)).toMatchObject({
        action: 'CANCEL',
        fromStatus: 'ON_HOLD',
        toStatus: 'CANCELLED',
      });
    });

    it('keeps the days a cancelled case spent on hold in holdDays and its deadline', async () => {
      const { caseId } = await openDischargeCase(t);
      await coordinator(HOLD, { id: caseId, reason: 'Innlagt' });
      t.clock.advanceDays(2);
      expect(await readCase(t, caseId)).toMatchObject({ holdDays: 2, deadlineDate: '2026-03-18' });
      const result = await coordinator<{ cancelCase: CaseView }>(CANCEL, {
        id: caseId,
        reason: 'Personen døde på sykehuset',
      });
      expect(result.errors).toBeUndefined();
      // The hold ran from 2 to 4 March (its own record says so): the case must say so too.
      expect(result.data!.cancelCase).toMatchObject({
        holds: [{ fromDate: '2026-03-02', untilDate: '2026-03-04' }],
        holdDays: 2,
        deadlineDate: '2026-03-18',
      });
    });

    it('does not report a cancelled case as overdue or at risk once its deadline has passed', async () => {
      const { caseId } = await openDischargeCase(t);
      await coordinator(CANCEL, { id: caseId, reason: 'Flyttet' });
      t.clock.advanceDays(20);
      const read = await coordinator<{
        assessmentCase: { status: string; isOverdue: boolean; atRisk: boolean };
      }>(`query($id: ID!) { assessmentCase(id: $id) { status isOverdue atRisk } }`, {
        id: caseId,
      });
      expect(read.data!.assessmentCase).toEqual({
        status: 'CANCELLED',
        isOverdue: false,
        atRisk: false,
      });
      // The same answer as the list filters, which count only open cases.
      const listed = async (filter: Record<string, unknown>) =>
        (
          await coordinator<{ assessmentCases: { edges: { node: { id: string } }[] } }>(
            LIST_CASES,
            { filter: { ...filter, status: ['CANCELLED'] } },
          )
        ).data!.assessmentCases.edges.map((e) => e.node.id);
      expect(await listed({ overdue: true })).not.toContain(caseId);
      expect(await listed({ atRisk: true })).not.toContain(caseId);
    });

    it('refuses putCaseOnHold with INVALID_TRANSITION when the case is cancelled', async () => {
      const { caseId } = await openDischargeCase(t);
      await coordinator(CANCEL, { id: caseId, reason: 'Trakk søknaden' });
      const result = await expectRefused(
        t,
        () => coordinator(HOLD, { id: caseId, reason: 'Innlagt' }),
        { code: 'INVALID_TRANSITION', reason: 'CASE_FINISHED' },
        { caseId },
      );
      expect(result.errors?.[0].extensions.status).toBe('CANCELLED');
    });

    it('refuses cancelCase with INVALID_TRANSITION when the case is already cancelled', async () => {
      const { caseId } = await openDischargeCase(t);
      await coordinator(CANCEL, { id: caseId, reason: 'Trakk søknaden' });
      await expectRefused(
        t,
        () => coordinator(CANCEL, { id: caseId, reason: 'Igjen' }),
        { code: 'INVALID_TRANSITION', reason: 'CASE_FINISHED' },
        { caseId },
      );
    });

    it('refuses cancelCase with BAD_USER_INPUT when the reason is empty', async () => {
      const { caseId } = await openDischargeCase(t);
      await expectRefused(
        t,
        () => coordinator(CANCEL, { id: caseId, reason: '' }),
        { code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' },
        { caseId },
      );
    });

    it('refuses cancelCase when the caller is a team caseworker, not the coordinator', async () => {
      const { caseId } = await openDischargeCase(t);
      await expectRefused(
        t,
        () => as('caseworker.nord@demo.local', CANCEL, { id: caseId, reason: 'Flyttet' }),
        { code: 'FORBIDDEN', reason: 'NOT_CASE_COORDINATOR' },
        { caseId },
      );
    });

    it('opens a new case when a new referral for the same person is accepted after a cancel', async () => {
      const { caseId, patientId } = await openDischargeCase(t);
      await coordinator(CANCEL, { id: caseId, reason: 'Trakk søknaden' });
      t.clock.advanceDays(1);

      const again = await registerReferral(t, patientId, { source: 'RELATIVE', channel: 'PHONE' });
      expect(again).toMatchObject({ status: 'RECEIVED', caseId: null });
      const cases = await t.count('assessment_cases', 'patient_id = $1', [patientId]);
      const reopened = await acceptReferral(t, again.id);
      expect(reopened.id).not.toBe(caseId);
      expect(reopened).toMatchObject({
        status: 'ACTIVE',
        patientId,
        acceptedOn: '2026-03-03',
        deadlineDate: '2026-03-17',
        referrals: [{ id: again.id, status: 'ACCEPTED' }],
      });
      expect(await t.count('assessment_cases', 'patient_id = $1', [patientId])).toBe(cases + 1);
      expect((await readCase(t, caseId)).status).toBe('CANCELLED');
    });
  });

  describe('closeCase', () => {
    it('refuses closeCase with INVALID_TRANSITION DECISION_REQUIRED when the case is active, changing nothing', async () => {
      const { caseId } = await openDischargeCase(t);
      const history = await t.count('case_history', 'case_id = $1', [caseId]);
      await expectRefused(
        t,
        () => coordinator(CLOSE, { id: caseId }),
        { code: 'INVALID_TRANSITION', reason: 'DECISION_REQUIRED' },
        { caseId },
      );
      expect((await readCase(t, caseId)).status).toBe('ACTIVE');
      expect(await t.count('case_history', 'case_id = $1', [caseId])).toBe(history);
    });

    it('refuses closeCase with INVALID_TRANSITION DECISION_REQUIRED when the case is on hold', async () => {
      const { caseId } = await openDischargeCase(t);
      await coordinator(HOLD, { id: caseId, reason: 'Innlagt' });
      await expectRefused(
        t,
        () => coordinator(CLOSE, { id: caseId }),
        { code: 'INVALID_TRANSITION', reason: 'DECISION_REQUIRED' },
        { caseId },
      );
    });

    it('refuses closeCase with INVALID_TRANSITION when the case is cancelled', async () => {
      const { caseId } = await openDischargeCase(t);
      await coordinator(CANCEL, { id: caseId, reason: 'Flyttet' });
      await expectRefused(
        t,
        () => coordinator(CLOSE, { id: caseId }),
        { code: 'INVALID_TRANSITION', reason: 'CASE_FINISHED' },
        { caseId },
      );
    });

    it('refuses closeCase when the caller is a team nurse, not the coordinator', async () => {
      const { caseId } = await openDischargeCase(t);
      await expectRefused(
        t,
        () => as('nurse.nord@demo.local', CLOSE, { id: caseId }),
        { code: 'FORBIDDEN', reason: 'NOT_CASE_COORDINATOR' },
        { caseId },
      );
    });
  });
});
