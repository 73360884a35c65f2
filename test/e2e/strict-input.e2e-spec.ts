import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { insertPatient, openCaseViaApi } from 'test/factories/cases';
import {
  createTestApp,
  errorOf,
  type GqlResult,
  idOfDistrict,
  type TestApp,
} from 'test/utils/test-app';

const REGISTER = `mutation($input: RegisterReferralInput!) {
  registerReferral(input: $input) { id receivedAt } }`;
const ADD_ENTRY = `mutation($caseId: ID!, $input: AddJournalEntryInput!) {
  addJournalEntry(caseId: $caseId, input: $input) { id } }`;
const SEARCH = `query($query: String!) { searchPatients(query: $query) { totalCount } }`;

function fieldsOf(result: GqlResult): string[] {
  const fields = result.errors?.[0]?.extensions.fields as { field: string }[] | undefined;
  return (fields ?? []).map((f) => f.field);
}

/*
 * Input is validated, not coerced: a DateTime is RFC 3339 with an offset on a real day,
 * every string argument refuses control characters, lengths are counted as the database
 * counts them, and every refusal names its field by its argument path (docs/security.md).
 */
describe('strict input', () => {
  let t: TestApp;
  let coordinator: string;
  let patientId: string;
  let caseId: string;

  const referral = (receivedAt: unknown) => ({
    input: {
      patientId,
      source: 'GP',
      channel: 'LETTER',
      receivedAt,
      description: 'Fastlegen ber om vurdering',
      helpRequested: 'Vurdering av hjelpebehov',
    },
  });

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await t.as('coordinator.nord@demo.local');
    const nord = await idOfDistrict(t, 'Nord');
    patientId = (await insertPatient(t, nord)).patientId;
    caseId = (await openCaseViaApi(t, { districtId: nord })).caseId;
  });
  afterAll(async () => {
    await t.close();
  });

  describe('DateTime', () => {
    it.each([
      ['30 February', '2026-02-30T10:00:00Z'],
      ['a time without offset (read as UTC before)', '2026-03-01T10:00:00'],
      ['"1" (read as 2001-01-01 before)', '1'],
      ['a date without time', '2026-03-01'],
      ['hour 24', '2026-03-01T24:00:00Z'],
      ['a leap second', '2026-03-01T10:00:60Z'],
      ['an offset of 24 hours', '2026-03-01T10:00:00+24:00'],
      ['a space instead of T', '2026-03-01 10:00:00Z'],
      ['a number', 1772359200000],
    ])(
      'refuses %s as a variable, naming input.receivedAt, and stores nothing',
      async (_, value) => {
        const before = await t.count('referrals');
        const result = await t.gql(REGISTER, referral(value), coordinator);
        expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_DATE_TIME' });
        expect(fieldsOf(result)).toEqual(['input.receivedAt']);
        expect(await t.count('referrals')).toBe(before);
      },
    );

    it('refuses 30 February as an inline literal, naming the argument path', async () => {
      const result = await t.gql(
        `mutation { registerReferral(input: { patientId: "${patientId}", source: GP, channel: LETTER,
          receivedAt: "2026-02-30T10:00:00Z", description: "Vurdering", helpRequested: "Hjelp" }) { id } }`,
        {},
        coordinator,
      );
      expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_DATE_TIME' });
      expect(fieldsOf(result)).toEqual(['input.receivedAt']);
    });

    it('names a plain DateTime argument by its name, also when the variable is named otherwise', async () => {
      const leader = await t.as('leader.nord@demo.local');
      const districtId = await idOfDistrict(t, 'Nord');
      const query = `query($when: DateTime!, $to: DateTime!, $d: ID!) {
        statistics(from: $when, to: $to, districtId: $d) { casesOpened } }`;
      const result = await t.gql(
        query,
        { when: '2026-13-01T00:00:00Z', to: '2026-03-01T00:00:00Z', d: districtId },
        leader,
      );
      expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_DATE_TIME' });
      expect(fieldsOf(result)).toEqual(['from']);
      const inline = await t.gql(
        `{ statistics(from: "2026-01-01T00:00:00Z", to: "tomorrow", districtId: "${districtId}") { casesOpened } }`,
        {},
        leader,
      );
      expect(errorOf(inline)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_DATE_TIME' });
      expect(fieldsOf(inline)).toEqual(['to']);
    });

    it('stores a time with an offset as that instant and answers it in UTC', async () => {
      const result = await t.gql<{ registerReferral: { receivedAt: string } }>(
        REGISTER,
        referral('2026-03-01T10:00:00.5+01:00'),
        coordinator,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.registerReferral.receivedAt).toBe('2026-03-01T09:00:00.500Z');
    });
  });

  describe('Date', () => {
    it('refuses 29 February of a common year, naming input.fromDate', async () => {
      const result = await t.gql(
        `mutation($caseId: ID!, $input: RecordInterimServiceInput!) {
          recordInterimService(caseId: $caseId, input: $input) { id } }`,
        {
          caseId,
          input: {
            kind: 'MEALS',
            description: 'Middag levert',
            frequency: 'Daglig',
            fromDate: '2026-02-29',
            responsible: 'Hjemmetjenesten',
          },
        },
        coordinator,
      );
      expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_DATE' });
      expect(fieldsOf(result)).toEqual(['input.fromDate']);
    });
  });

  describe('text', () => {
    it('refuses a NUL byte in searchPatients(query) before it reaches PostgreSQL', async () => {
      const result = await t.gql(SEARCH, { query: 'Ol\u0000a' }, coordinator);
      expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
      expect(fieldsOf(result)).toEqual(['query']);
    });

    it('refuses journal text over 20 000 code points that class-validator counted as 20 000', async () => {
      const nurse = await t.as('coordinator.nord@demo.local');
      const before = await t.count('journal_entries');
      const result = await t.gql(
        ADD_ENTRY,
        { caseId, input: { kind: 'NOTE', text: 'a\uFE0F'.repeat(20_000) } },
        nurse,
      );
      // Before: the database's CHECK refused it (INVALID_VALUE, no field named).
      expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
      expect(fieldsOf(result)).toEqual(['input.text']);
      expect(await t.count('journal_entries')).toBe(before);
      const fits = await t.gql(
        ADD_ENTRY,
        { caseId, input: { kind: 'NOTE', text: 'a\uFE0F'.repeat(10_000) } },
        nurse,
      );
      expect(fits.errors).toBeUndefined();
    });

    it('keeps tabs and line breaks in journal text', async () => {
      const result = await t.gql(
        ADD_ENTRY,
        { caseId, input: { kind: 'NOTE', text: 'Linje 1\r\n\tLinje 2\nLinje 3' } },
        coordinator,
      );
      expect(result.errors).toBeUndefined();
    });

    it('names the field input.text whichever rule refuses it', async () => {
      // A lone surrogate (well-formedness check) and a NUL byte (text rules) alike.
      for (const text of ['ab\uD800cd', 'ab\u0000cd', '']) {
        const result = await t.gql(
          ADD_ENTRY,
          { caseId, input: { kind: 'NOTE', text } },
          coordinator,
        );
        expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
        expect(fieldsOf(result)).toEqual(['input.text']);
      }
    });

    it('names a missing input field by its path', async () => {
      const result = await t.gql(ADD_ENTRY, { caseId, input: { kind: 'NOTE' } }, coordinator);
      expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', reason: 'BAD_USER_INPUT' });
      expect(fieldsOf(result)).toEqual(['input']);
    });

    it('refuses control characters in the journal searches', async () => {
      const teamId = (
        (await t.dataSource.query(`SELECT team_id FROM assessment_cases WHERE id = $1`, [
          caseId,
        ])) as { team_id: string }[]
      )[0].team_id;
      const one = await t.gql(
        'query($caseId: ID!, $search: String) { journal(caseId: $caseId, search: $search) { totalCount } }',
        { caseId, search: 'fall\u0000' },
        coordinator,
      );
      expect(errorOf(one)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
      expect(fieldsOf(one)).toEqual(['search']);
      const team = await t.gql(
        'query($teamId: ID!, $search: String!) { teamJournalSearch(teamId: $teamId, search: $search) { totalCount } }',
        { teamId, search: 'fall\u001b' },
        coordinator,
      );
      expect(errorOf(team)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
      expect(fieldsOf(team)).toEqual(['search']);
    });
  });

  describe('security headers', () => {
    it('sets helmet headers and leaves out X-Powered-By on GraphQL answers', async () => {
      const result = await t.gql('{ me { email } }', {}, coordinator);
      expect(result.headers['x-powered-by']).toBeUndefined();
      expect(result.headers['x-content-type-options']).toBe('nosniff');
      expect(result.headers['x-frame-options']).toBe('DENY');
      expect(result.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(result.headers['referrer-policy']).toBe('no-referrer');
      const csp = result.headers['content-security-policy'];
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
    });
  });
});
