import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  BASE,
  CANCEL,
  expectRefused,
  HOLD,
  INTERIM,
  interimInput,
  openDischargeCase,
  readCase,
  refusedAudits,
  callersOf,
} from 'test/utils/case-api';
import { createTestApp, idOfStaff, type TestApp } from 'test/utils/test-app';

describe('interim services while a case is assessed', () => {
  let t: TestApp;
  let nurseNordId: string;

  beforeAll(async () => {
    t = await createTestApp();
    nurseNordId = await idOfStaff(t, 'nurse.nord@demo.local');
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(() => {
    t.clock.set(BASE);
  });

  // The spec's app is made in beforeAll: its callers read it when they run.
  const { as, coordinator } = callersOf(() => t);

  describe('recordInterimService', () => {
    it('records interim help by a team nurse and lists it on the case', async () => {
      const { caseId } = await openDischargeCase(t);
      const result = await as<{ recordInterimService: Record<string, unknown> }>(
        'nurse.nord@demo.local',
        INTERIM,
        { id: caseId, input: interimInput() },
      );
      expect(result.errors).toBeUndefined();
      const service = result.data!.recordInterimService;
      expect(service).toMatchObject({
        caseId,
        kind: 'SAFETY_ALARM',
        description: 'Trygghetsalarm utlånt i vurderingsperioden',
        frequency: 'døgnet rundt',
        fromDate: '2026-03-02',
        toDate: '2026-03-16',
        responsible: 'Hjemmetjenesten Nord',
        recordedBy: nurseNordId,
      });
      expect((await readCase(t, caseId)).interimServices).toEqual([service]);
    });

    it('records interim help without a last day while the case is on hold', async () => {
      const { caseId } = await openDischargeCase(t);
      await coordinator(HOLD, { id: caseId, reason: 'Innlagt' });
      const result = await as<{ recordInterimService: { toDate: string | null } }>(
        'nurse.nord@demo.local',
        INTERIM,
        { id: caseId, input: interimInput({ kind: 'MEALS', toDate: null }) },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.recordInterimService.toDate).toBeNull();
    });

    it('refuses recordInterimService with BAD_USER_INPUT when toDate is before fromDate', async () => {
      const { caseId } = await openDischargeCase(t);
      const result = await expectRefused(
        t,
        () =>
          as('nurse.nord@demo.local', INTERIM, {
            id: caseId,
            input: interimInput({ fromDate: '2026-03-10', toDate: '2026-03-09' }),
          }),
        { code: 'BAD_USER_INPUT', reason: 'DATES_OUT_OF_ORDER' },
        { caseId },
      );
      expect(result.errors?.[0].extensions.fields).toEqual([
        { field: 'input.toDate', problems: expect.any(Array) },
      ]);
    });

    it('refuses recordInterimService with BAD_USER_INPUT when a date is not a calendar day', async () => {
      const { caseId } = await openDischargeCase(t);
      const result = await expectRefused(
        t,
        () =>
          as('nurse.nord@demo.local', INTERIM, {
            id: caseId,
            input: interimInput({ fromDate: '2026-02-30' }),
          }),
        { code: 'BAD_USER_INPUT', reason: 'INVALID_DATE' },
        { caseId },
      );
      expect(result.errors).toHaveLength(1);
    });

    it('refuses recordInterimService when the caller is the team leader (profession not allowed)', async () => {
      const { caseId } = await openDischargeCase(t);
      await expectRefused(
        t,
        () => as('leader.nord@demo.local', INTERIM, { id: caseId, input: interimInput() }),
        { code: 'FORBIDDEN', reason: 'PROFESSION_NOT_ALLOWED' },
        { caseId },
      );
    });

    it('refuses recordInterimService when the caller is a nurse of another district', async () => {
      const { caseId } = await openDischargeCase(t);
      const audits = await refusedAudits(t, 'recordInterimService', caseId);
      await expectRefused(
        t,
        () => as('nurse.sor@demo.local', INTERIM, { id: caseId, input: interimInput() }),
        { code: 'FORBIDDEN', reason: 'NO_RELATION_TO_CASE' },
        { caseId },
      );
      expect(await refusedAudits(t, 'recordInterimService', caseId)).toBe(audits + 1);
    });

    it('refuses recordInterimService when the caller is home-care staff before any handover', async () => {
      const { caseId } = await openDischargeCase(t);
      await expectRefused(
        t,
        () => as('homecare.nord@demo.local', INTERIM, { id: caseId, input: interimInput() }),
        { code: 'FORBIDDEN', reason: 'NO_RELATION_TO_CASE' },
        { caseId },
      );
    });

    it('refuses recordInterimService with INVALID_TRANSITION when the case is cancelled', async () => {
      const { caseId } = await openDischargeCase(t);
      await coordinator(CANCEL, { id: caseId, reason: 'Flyttet' });
      await expectRefused(
        t,
        () => as('nurse.nord@demo.local', INTERIM, { id: caseId, input: interimInput() }),
        { code: 'INVALID_TRANSITION', reason: 'CASE_FINISHED' },
        { caseId },
      );
    });
  });
});
