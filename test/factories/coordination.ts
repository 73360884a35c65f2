import type { TestApp } from 'test/utils/test-app';

/**
 * Billund's coordination levels switched on (or off) for a district, with optional figures,
 * as the administrator does it: `updateMunicipalitySettings` at the current version.
 */
export async function setCoordinationSettings(
  t: TestApp,
  districtId: string,
  overrides: {
    coordinationLevels?: boolean | null;
    level2MinProfessions?: number | null;
    level3RequiresMeeting?: boolean | null;
  } = { coordinationLevels: true },
): Promise<void> {
  const admin = await t.as('admin@demo.local');
  for (let attempt = 0; attempt < 5; attempt++) {
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
    if (!result.errors) return;
    if (result.errors[0]?.extensions?.reason !== 'STALE_VERSION')
      throw new Error(JSON.stringify(result.errors));
  }
  throw new Error('the settings kept changing');
}

/** Marks a case (inserted straight in the database) as opened with coordination levels on. */
export async function openedWithCoordination(
  t: TestApp,
  caseId: string,
  level = 1,
  settings: Record<string, unknown> = {},
): Promise<void> {
  await t.ownerQuery(
    `UPDATE assessment_cases SET coordination_level = $2,
            settings = settings || $3::jsonb WHERE id = $1`,
    [caseId, level, JSON.stringify({ coordinationLevels: true, ...settings })],
  );
}
