import { expect } from '@jest/globals';
import type { TestApp } from 'test/utils/test-app';

/**
 * Sets a district's overrides through the API, as the demo administrator (as an administrator
 * switches a model on): e.g. `{ tariffCategories: true }`. Cases opened afterwards take them.
 */
export async function setDistrictSettings(
  t: TestApp,
  districtId: string,
  overrides: Record<string, unknown>,
): Promise<void> {
  const admin = await t.as('admin@demo.local');
  const read = await t.gql<{ municipalitySettings: { version: number } }>(
    '{ municipalitySettings { version } }',
    {},
    admin,
  );
  const result = await t.gql(
    `mutation($input: UpdateMunicipalitySettingsInput!, $v: Int!) {
       updateMunicipalitySettings(input: $input, expectedVersion: $v) { version } }`,
    {
      input: { districts: [{ districtId, ...overrides }] },
      v: read.data!.municipalitySettings.version,
    },
    admin,
  );
  expect(result.errors).toBeUndefined();
}
