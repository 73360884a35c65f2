import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { nextSyntheticFodselsnummer } from 'src/modules/identity/national-id';
import { createTestApp, errorOf, idOfDistrict, type TestApp } from 'test/utils/test-app';

const REGISTER = `mutation($input: RegisterPatientInput!) {
  registerPatient(input: $input) { id nationalId birthDate givenName familyName districtId contacts { name relation isNextOfKin } }
}`;
const PATIENT = 'query($id: ID!) { patient(id: $id) { id givenName nationalId } }';
const SEARCH =
  'query($q: String!, $first: Int, $after: String) { searchPatients(query: $q, first: $first, after: $after) { totalCount edges { node { id familyName districtId } } pageInfo { hasNextPage endCursor } } }';

describe('patients', () => {
  let t: TestApp;
  let nord: string;
  let sor: string;
  const input = (overrides: Record<string, unknown> = {}) => ({
    nationalId: nextSyntheticFodselsnummer('1941-05-17', 300).number,
    givenName: 'Ragnhild',
    familyName: 'Solberg',
    address: 'Fjordveien 12',
    postalCode: '9406',
    city: 'Harstad',
    districtId: nord,
    contacts: [{ name: 'Per Solberg', relation: 'sønn', phone: '+47 91234567', isNextOfKin: true }],
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestApp();
    nord = await idOfDistrict(t, 'Nord');
    sor = await idOfDistrict(t, 'Sør');
  });
  afterAll(async () => {
    await t.close();
  });

  describe('registerPatient', () => {
    it('registers a person with contacts and audits the write', async () => {
      const result = await t.gql(
        REGISTER,
        { input: input() },
        await t.as('caseworker.nord@demo.local'),
      );
      expect(result.errors).toBeUndefined();
      const patient = result.data?.registerPatient as Record<string, unknown>;
      expect(patient).toMatchObject({
        birthDate: '1941-05-17',
        givenName: 'Ragnhild',
        districtId: nord,
      });
      expect(patient.contacts).toEqual([
        { name: 'Per Solberg', relation: 'sønn', isNextOfKin: true },
      ]);
      expect(
        await t.count(
          'audit_events',
          `action = 'registerPatient' AND access = 'WRITE' AND $1 = ANY(patient_ids)`,
          [String(patient.id)],
        ),
      ).toBe(1);
    });

    it('refuses an invalid fødselsnummer with BAD_USER_INPUT and writes nothing', async () => {
      const before = await t.count('patients');
      const result = await t.gql(
        REGISTER,
        { input: input({ nationalId: '17054130001' }) },
        await t.as('caseworker.nord@demo.local'),
      );
      expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_NATIONAL_ID' });
      expect(result.errors?.[0].extensions.fields).toEqual([
        { field: 'input.nationalId', problems: [expect.any(String)] },
      ]);
      expect(await t.count('patients')).toBe(before);
    });

    it('refuses a second registration of the same number with CONFLICT', async () => {
      const again = await t.gql(
        REGISTER,
        { input: input({ givenName: 'Other' }) },
        await t.as('coordinator.nord@demo.local'),
      );
      expect(errorOf(again)).toEqual({ code: 'CONFLICT', reason: 'PATIENT_ALREADY_REGISTERED' });
    });

    it('registers numbers issued under the rule from 2032 with the birth year', async () => {
      // Both were refused as invalid before: (s + k1) mod 11 is 1, not 0.
      const token = await t.as('caseworker.nord@demo.local');
      for (const [nationalId, birthYear, birthDate] of [
        ['15060550023', 2005, '2005-06-15'],
        ['01019012308', 1990, '1990-01-01'],
      ] as const) {
        const result = await t.gql(
          REGISTER,
          { input: input({ nationalId, birthYear, contacts: [] }) },
          token,
        );
        expect(result.errors).toBeUndefined();
        expect(result.data?.registerPatient).toMatchObject({ nationalId, birthDate });
      }
    });

    it('asks for the birth year of a number valid only under the rule from 2032, and checks it', async () => {
      const token = await t.as('caseworker.nord@demo.local');
      const before = await t.count('patients');
      const nationalId = '15038500802'; // (s + k1) mod 11 = 1; 15.03.85

      const missing = await t.gql(REGISTER, { input: input({ nationalId, contacts: [] }) }, token);
      const mismatch = await t.gql(
        REGISTER,
        { input: input({ nationalId, birthYear: 1986, contacts: [] }) },
        token,
      );

      expect(errorOf(missing)).toEqual({ code: 'BAD_USER_INPUT', reason: 'BIRTH_YEAR_REQUIRED' });
      expect(missing.errors?.[0].extensions.fields).toEqual([
        { field: 'input.birthYear', problems: [expect.stringContaining('give the birth year')] },
      ]);
      expect(errorOf(mismatch)).toEqual({ code: 'BAD_USER_INPUT', reason: 'BIRTH_YEAR_MISMATCH' });
      expect(mismatch.errors?.[0].message).toContain(
        'birth year 1986 does not agree with the year digits 85',
      );
      expect(await t.count('patients')).toBe(before);
    });

    it('does not tell a caseworker of another district that a number is registered, and audits the attempt', async () => {
      const nordPerson = nextSyntheticFodselsnummer('1939-11-02', 300).number;
      const registered = await t.gql(
        REGISTER,
        { input: input({ nationalId: nordPerson }) },
        await t.as('caseworker.nord@demo.local'),
      );
      expect(registered.errors).toBeUndefined();
      const before = await t.count('audit_events', `access = 'REFUSED'`);

      const result = await t.gql(
        REGISTER,
        { input: input({ nationalId: nordPerson, givenName: 'Other', districtId: sor }) },
        await t.as('caseworker.sor@demo.local'),
      );

      expect(errorOf(result)).toEqual({ code: 'CONFLICT', reason: 'REGISTER_BY_REFERRAL' });
      expect(result.errors?.[0].message).not.toMatch(/already registered|Ragnhild|Solberg/);
      const [{ id }] = (await t.dataSource.query('SELECT id FROM patients WHERE national_id = $1', [
        nordPerson,
      ])) as { id: string }[];
      expect(
        await t.count(
          'audit_events',
          `access = 'REFUSED' AND action = 'registerPatient' AND $1 = ANY(patient_ids)`,
          [id],
        ),
      ).toBe(1);
      expect(await t.count('audit_events', `access = 'REFUSED'`)).toBe(before + 1);
    });

    it('accepts a D-number and a Danish CPR number', async () => {
      const token = await t.as('caseworker.nord@demo.local');
      const dnumber = await t.gql(
        REGISTER,
        { input: input({ nationalId: '41018036736', contacts: [] }) },
        token,
      );
      expect(errorOf(dnumber)).toEqual({});
      const cpr = await t.gql(
        REGISTER,
        { input: input({ nationalId: '070761-4285', nationalIdCountry: 'DK', contacts: [] }) },
        token,
      );
      expect(cpr.data?.registerPatient).toMatchObject({
        nationalId: '0707614285',
        birthDate: '1961-07-07',
      });
    });

    it('refuses a nurse (only caseworkers and coordinators register) and audits the refusal', async () => {
      const before = await t.count('audit_events', `access = 'REFUSED'`);
      const result = await t.gql(
        REGISTER,
        { input: input({ nationalId: nextSyntheticFodselsnummer('1950-01-01').number }) },
        await t.as('nurse.nord@demo.local'),
      );
      expect(errorOf(result)).toEqual({ code: 'FORBIDDEN', reason: 'NOT_IN_DISTRICT' });
      expect(await t.count('audit_events', `access = 'REFUSED'`)).toBe(before + 1);
    });

    it('refuses a caseworker of another district', async () => {
      const result = await t.gql(
        REGISTER,
        { input: input({ nationalId: nextSyntheticFodselsnummer('1950-01-02').number }) },
        await t.as('caseworker.sor@demo.local'),
      );
      expect(errorOf(result)).toEqual({ code: 'FORBIDDEN', reason: 'NOT_IN_DISTRICT' });
    });

    it('names the failing fields of bad input', async () => {
      const result = await t.gql(
        REGISTER,
        { input: input({ givenName: '', postalCode: 'abc', districtId: 'not-a-uuid' }) },
        await t.as('caseworker.nord@demo.local'),
      );
      expect(errorOf(result).code).toBe('BAD_USER_INPUT');
      const fields = (result.errors?.[0].extensions.fields as { field: string }[])
        .map((f) => f.field)
        .sort();
      expect(fields).toEqual(['input.districtId', 'input.givenName', 'input.postalCode']);
    });

    it('refuses control characters and NUL bytes in names', async () => {
      for (const familyName of ['Sol\u0000berg', 'Sol\u0007berg']) {
        const result = await t.gql(
          REGISTER,
          { input: input({ familyName }) },
          await t.as('caseworker.nord@demo.local'),
        );
        expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
        expect(result.errors?.[0].extensions.fields).toEqual([
          { field: 'input.familyName', problems: [expect.any(String)] },
        ]);
      }
    });

    it('refuses an unknown district', async () => {
      const result = await t.gql(
        REGISTER,
        { input: input({ districtId: '00000000-0000-4000-8000-000000000000' }) },
        await t.as('caseworker.nord@demo.local'),
      );
      expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', reason: 'DISTRICT_NOT_FOUND' });
    });
  });

  describe('patient and searchPatients', () => {
    let nordPatient: string;
    beforeAll(async () => {
      const rows = (await t.dataSource.query(
        'SELECT id FROM patients WHERE district_id = $1 LIMIT 1',
        [nord],
      )) as { id: string }[];
      nordPatient = rows[0].id;
    });

    it('shows a person of the own district and audits the read', async () => {
      const result = await t.gql(PATIENT, { id: nordPatient }, await t.as('nurse.nord@demo.local'));
      expect(result.errors).toBeUndefined();
      expect(
        await t.count(
          'audit_events',
          `action = 'patient' AND access = 'READ' AND $1 = ANY(patient_ids)`,
          [nordPatient],
        ),
      ).toBe(1);
    });

    it('refuses a nurse of another district with FORBIDDEN and audits the attempt', async () => {
      const result = await t.gql(PATIENT, { id: nordPatient }, await t.as('nurse.sor@demo.local'));
      expect(errorOf(result)).toEqual({ code: 'FORBIDDEN', reason: 'NO_RELATION_TO_PATIENT' });
      expect(
        await t.count(
          'audit_events',
          `action = 'patient' AND access = 'REFUSED' AND $1 = ANY(patient_ids)`,
          [nordPatient],
        ),
      ).toBe(1);
    });

    it('refuses the admin (no access to person data)', async () => {
      expect(
        errorOf(await t.gql(PATIENT, { id: nordPatient }, await t.as('admin@demo.local'))).code,
      ).toBe('FORBIDDEN');
    });

    it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
      const token = await t.as('nurse.nord@demo.local');
      expect(
        errorOf(await t.gql(PATIENT, { id: '00000000-0000-4000-8000-000000000000' }, token)),
      ).toEqual({ code: 'NOT_FOUND', reason: 'PATIENT_NOT_FOUND' });
      expect(errorOf(await t.gql(PATIENT, { id: 'x' }, token)).code).toBe('BAD_USER_INPUT');
    });

    it("lists only persons of the caller's district, in stable pages", async () => {
      const token = await t.as('nurse.sor@demo.local');
      const first = await t.gql<{
        searchPatients: {
          totalCount: number;
          edges: { node: { id: string; districtId: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      }>(SEARCH, { q: 'en', first: 3 }, token);
      const page1 = first.data!.searchPatients;
      expect(page1.edges.every((e) => e.node.districtId === sor)).toBe(true);
      expect(page1.totalCount).toBeGreaterThan(3);
      const second = await t.gql<typeof first.data & object>(
        SEARCH,
        { q: 'en', first: 3, after: page1.pageInfo.endCursor },
        token,
      );
      const ids1 = page1.edges.map((e) => e.node.id);
      const ids2 = second.data!.searchPatients.edges.map((e) => e.node.id);
      expect(ids2.some((id) => ids1.includes(id))).toBe(false);
      expect(second.data!.searchPatients.edges.every((e) => e.node.districtId === sor)).toBe(true);
    });

    it('refuses a forged cursor with BAD_USER_INPUT', async () => {
      const result = await t.gql(
        SEARCH,
        { q: 'en', after: 'bm9wZQ' },
        await t.as('nurse.sor@demo.local'),
      );
      expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
    });

    it('lets the privacy officer find a person by exact number only', async () => {
      const [row] = (await t.dataSource.query('SELECT national_id FROM patients WHERE id = $1', [
        nordPatient,
      ])) as { national_id: string }[];
      const token = await t.as('privacy@demo.local');
      const byNumber = await t.gql<{ searchPatients: { totalCount: number } }>(
        SEARCH,
        { q: row.national_id },
        token,
      );
      expect(byNumber.data?.searchPatients.totalCount).toBe(1);
      const byName = await t.gql<{ searchPatients: { totalCount: number } }>(
        SEARCH,
        { q: 'sen' },
        token,
      );
      expect(byName.data?.searchPatients.totalCount).toBe(0);
    });
  });
});
