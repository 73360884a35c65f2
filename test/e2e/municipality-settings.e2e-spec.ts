import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SettingsService } from 'src/modules/settings';
import { openCaseViaApi } from 'test/factories/cases';
import { createTestApp, errorOf, idOfDistrict, idOfStaff, type TestApp } from 'test/utils/test-app';

const SETTINGS_FIELDS = `
  language version updatedAt updatedBy { name }
  defaults { clarificationDays }
  districts { district { id name } overrides { clarificationDays } effective { clarificationDays } }`;
const READ = `{ municipalitySettings { ${SETTINGS_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateMunicipalitySettingsInput!, $v: Int!) {
  updateMunicipalitySettings(input: $input, expectedVersion: $v) { ${SETTINGS_FIELDS} } }`;

const ADMIN = 'admin@demo.local';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

interface Settings {
  language: string;
  version: number;
  updatedAt: string;
  updatedBy: { name: string } | null;
  defaults: { clarificationDays: number };
  districts: {
    district: { id: string; name: string };
    overrides: { clarificationDays: number | null };
    effective: { clarificationDays: number };
  }[];
}

describe('municipality settings (issue 16, part 1)', () => {
  let t: TestApp;
  let admin: string;
  let adminId: string;
  let nord: string;
  let sor: string;

  const read = async (as: string = admin): Promise<Settings> => {
    const result = await t.gql<{ municipalitySettings: Settings }>(READ, {}, as);
    expect(result.errors).toBeUndefined();
    return result.data!.municipalitySettings;
  };
  const update = (input: Record<string, unknown>, version: number, as: string = admin) =>
    t.gql<{ updateMunicipalitySettings: Settings }>(UPDATE, { input, v: version }, as);
  const districtOf = (settings: Settings, id: string) =>
    settings.districts.find((d) => d.district.id === id)!;
  /** The clarification days a case opened now in the district takes. */
  const openedDays = async (districtId: string, coordinatorEmail: string) => {
    const opened = await openCaseViaApi<{ id: string; clarificationDays: number }>(t, {
      districtId,
      coordinatorEmail,
      caseFields: 'id clarificationDays',
    });
    return { caseId: opened.caseId, days: opened.kase.clarificationDays };
  };
  const caseDays = async (caseId: string) => {
    const rows = (await t.dataSource.query(
      'SELECT clarification_days AS days FROM assessment_cases WHERE id = $1',
      [caseId],
    )) as { days: number }[];
    return rows[0].days;
  };
  const writeAudits = () =>
    t.count('audit_events', `action = 'updateMunicipalitySettings' AND access = 'WRITE'`);
  const refusalAudits = () =>
    t.count('audit_events', `action = 'updateMunicipalitySettings' AND access <> 'WRITE'`);

  beforeAll(async () => {
    t = await createTestApp({ env: { CLARIFICATION_DAYS: '14' } });
    admin = await t.as(ADMIN);
    adminId = await idOfStaff(t, ADMIN);
    nord = await idOfDistrict(t, 'Nord');
    sor = await idOfDistrict(t, 'Sør');
  });
  afterAll(() => t?.close());

  it('creates the settings at the first start from the environment (version 1, in the history)', async () => {
    const settings = await read();
    expect(settings).toMatchObject({
      language: 'nb',
      version: 1,
      updatedBy: null,
      defaults: { clarificationDays: 14 },
    });
    expect(settings.districts.map((d) => d.district.name)).toEqual(['Nord', 'Sør']);
    expect(districtOf(settings, nord)).toMatchObject({
      overrides: { clarificationDays: null },
      effective: { clarificationDays: 14 },
    });
    expect(
      await t.count('municipality_settings_history', 'version = 1 AND changed_by IS NULL'),
    ).toBe(1);
  });

  it('lets every staff member read the settings (a nurse, a leader)', async () => {
    for (const email of ['nurse.nord@demo.local', 'leader.sor@demo.local', 'privacy@demo.local']) {
      expect((await read(await t.as(email))).defaults.clarificationDays).toBe(14);
    }
  });

  it('changes the default for cases opened after it; a case opened before keeps its days', async () => {
    const before = await openedDays(nord, 'coordinator.nord@demo.local');
    expect(before.days).toBe(14);

    const result = await update({ defaults: { clarificationDays: 21 } }, 1);
    expect(result.errors).toBeUndefined();
    const settings = result.data!.updateMunicipalitySettings;
    expect(settings).toMatchObject({
      version: 2,
      updatedBy: { name: 'Systemansvarlig' },
      defaults: { clarificationDays: 21 },
    });
    expect(districtOf(settings, sor).effective.clarificationDays).toBe(21);

    const after = await openedDays(nord, 'coordinator.nord@demo.local');
    expect(after.days).toBe(21);
    expect(await caseDays(before.caseId)).toBe(14);

    // Audited with the keys it changed, and kept in the history.
    expect(
      await t.count(
        'audit_events',
        `action = 'updateMunicipalitySettings' AND access = 'WRITE' AND actor_id = $1 AND args @> $2`,
        [adminId, JSON.stringify({ version: 2, changedKeys: ['clarificationDays'] })],
      ),
    ).toBe(1);
    const [history] = (await t.dataSource.query(
      'SELECT changed_keys AS keys, settings FROM municipality_settings_history WHERE version = 2 AND changed_by = $1',
      [adminId],
    )) as { keys: string[]; settings: { defaults: { clarificationDays: number } } }[];
    expect(history.keys).toEqual(['clarificationDays']);
    expect(history.settings.defaults.clarificationDays).toBe(21);
  });

  it('applies a district override to that district’s new cases only, and null inherits again', async () => {
    const { version } = await read();
    const result = await update(
      { districts: [{ districtId: sor, clarificationDays: 10 }] },
      version,
    );
    expect(result.errors).toBeUndefined();
    const settings = result.data!.updateMunicipalitySettings;
    expect(districtOf(settings, sor)).toMatchObject({
      overrides: { clarificationDays: 10 },
      effective: { clarificationDays: 10 },
    });
    expect(districtOf(settings, nord).effective.clarificationDays).toBe(21);

    expect((await openedDays(sor, 'coordinator.sor@demo.local')).days).toBe(10);
    expect((await openedDays(nord, 'coordinator.nord@demo.local')).days).toBe(21);
    expect(
      await t.count('audit_events', `action = 'updateMunicipalitySettings' AND args @> $1`, [
        JSON.stringify({ changedKeys: [`${sor}.clarificationDays`] }),
      ]),
    ).toBe(1);

    const inherit = await update(
      { districts: [{ districtId: sor, clarificationDays: null }] },
      settings.version,
    );
    expect(inherit.errors).toBeUndefined();
    expect(districtOf(inherit.data!.updateMunicipalitySettings, sor)).toMatchObject({
      overrides: { clarificationDays: null },
      effective: { clarificationDays: 21 },
    });
    expect((await openedDays(sor, 'coordinator.sor@demo.local')).days).toBe(21);
  });

  it('changes switches, figures and the frame kind per district; a case keeps the values it opened with', async () => {
    const FIELDS =
      'singleEntry tariffCategories tariffBand2Below delegatedFrameKind delegatedFrameValue';
    const read = await t.gql<{
      municipalitySettings: {
        version: number;
        defaults: Record<string, unknown>;
        districts: { district: { id: string }; effective: Record<string, unknown> }[];
      };
    }>(
      `{ municipalitySettings { version defaults { ${FIELDS} } districts { district { id } effective { ${FIELDS} } } } }`,
      {},
      admin,
    );
    const { version, defaults } = read.data!.municipalitySettings;
    // The first values: every new model off, Syddjurs' and Kolding's figures.
    expect(defaults).toEqual({
      singleEntry: false,
      tariffCategories: false,
      tariffBand2Below: 15,
      delegatedFrameKind: 'PERCENT',
      delegatedFrameValue: 20,
    });
    const before = await openCaseViaApi<{ id: string }>(t, {
      districtId: sor,
      coordinatorEmail: 'coordinator.sor@demo.local',
      caseFields: 'id',
    });
    const changed = await t.gql<{
      updateMunicipalitySettings: {
        districts: { district: { id: string }; effective: Record<string, unknown> }[];
      };
    }>(
      `mutation($input: UpdateMunicipalitySettingsInput!, $v: Int!) {
        updateMunicipalitySettings(input: $input, expectedVersion: $v) {
          districts { district { id } effective { ${FIELDS} } } } }`,
      {
        input: {
          districts: [
            {
              districtId: sor,
              tariffCategories: true,
              tariffBand2Below: 12.5,
              delegatedFrameKind: 'HOURS',
              delegatedFrameValue: 1.5,
            },
          ],
        },
        v: version,
      },
      admin,
    );
    expect(changed.errors).toBeUndefined();
    const effective = Object.fromEntries(
      changed.data!.updateMunicipalitySettings.districts.map((d) => [d.district.id, d.effective]),
    );
    expect(effective[sor]).toEqual({
      singleEntry: false,
      tariffCategories: true,
      tariffBand2Below: 12.5,
      delegatedFrameKind: 'HOURS',
      delegatedFrameValue: 1.5,
    });
    expect(effective[nord]).toEqual(defaults);

    const after = await openCaseViaApi<{ id: string }>(t, {
      districtId: sor,
      coordinatorEmail: 'coordinator.sor@demo.local',
      caseFields: 'id',
    });
    const settingsOf = async (caseId: string) => {
      const result = await t.gql<{ node: { settings: Record<string, unknown> } }>(
        `query($id: ID!) { node(id: $id) { ... on AssessmentCase { settings { ${FIELDS} } } } }`,
        { id: caseId },
        await t.as('coordinator.sor@demo.local'),
      );
      expect(result.errors).toBeUndefined();
      return result.data!.node.settings;
    };
    // The case opened before keeps the values it opened with; the new one takes Sør's.
    expect(await settingsOf(before.caseId)).toEqual(defaults);
    expect(await settingsOf(after.caseId)).toEqual(effective[sor]);
  });

  it('writes nothing for a change that repeats the stored values', async () => {
    const { version } = await read();
    const audits = await writeAudits();
    const result = await update({ defaults: { clarificationDays: 21 } }, version);
    expect(result.data!.updateMunicipalitySettings.version).toBe(version);
    expect(await writeAudits()).toBe(audits);
  });

  describe('refusals (nothing written but the refusal’s audit)', () => {
    const unchanged = async (run: () => Promise<void>) => {
      const before = await read();
      const writes = await writeAudits();
      const history = await t.count('municipality_settings_history');
      await run();
      expect(await read()).toEqual(before);
      expect(await writeAudits()).toBe(writes);
      expect(await t.count('municipality_settings_history')).toBe(history);
    };

    it('refuses anyone but the ADMIN (FORBIDDEN), audited as a refusal', async () => {
      for (const email of [
        'leader.nord@demo.local',
        'coordinator.nord@demo.local',
        'privacy@demo.local',
      ]) {
        await unchanged(async () => {
          const refusals = await refusalAudits();
          const { version } = await read();
          const result = await update(
            { defaults: { clarificationDays: 30 } },
            version,
            await t.as(email),
          );
          expect(errorOf(result).code).toBe('FORBIDDEN');
          expect(await refusalAudits()).toBe(refusals + 1);
        });
      }
    });

    it('refuses a stale version (CONFLICT / STALE_VERSION)', async () => {
      await unchanged(async () => {
        const { version } = await read();
        const result = await update({ defaults: { clarificationDays: 30 } }, version - 1);
        expect(errorOf(result)).toEqual({ code: 'CONFLICT', reason: 'STALE_VERSION' });
        expect(result.errors![0].extensions).toMatchObject({ currentVersion: version });
      });
    });

    it('refuses an unknown district (BAD_USER_INPUT / DISTRICT_NOT_FOUND, naming the field)', async () => {
      await unchanged(async () => {
        const { version } = await read();
        const result = await update(
          {
            defaults: { clarificationDays: 30 },
            districts: [
              { districtId: nord, clarificationDays: 12 },
              { districtId: UNKNOWN_ID, clarificationDays: 12 },
            ],
          },
          version,
        );
        expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', reason: 'DISTRICT_NOT_FOUND' });
        expect(result.errors![0].extensions!.fields).toEqual([
          { field: 'input.districts.1.districtId', problems: ['no such district'] },
        ]);
      });
    });

    it('refuses a district named twice', async () => {
      await unchanged(async () => {
        const { version } = await read();
        const result = await update(
          {
            districts: [
              { districtId: nord, clarificationDays: 12 },
              { districtId: nord, clarificationDays: 13 },
            ],
          },
          version,
        );
        expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', reason: 'DUPLICATE_DISTRICT' });
      });
    });

    it.each([
      [
        'a default of 0 days',
        { defaults: { clarificationDays: 0 } },
        'input.defaults.clarificationDays',
      ],
      [
        'a default of 61 days',
        { defaults: { clarificationDays: 61 } },
        'input.defaults.clarificationDays',
      ],
      [
        'a null default',
        { defaults: { clarificationDays: null } },
        'input.defaults.clarificationDays',
      ],
      [
        'an override of 61 days',
        { districts: [{ districtId: 'NORD', clarificationDays: 61 }] },
        'input.districts.0.clarificationDays',
      ],
      [
        'a switch that is not a boolean',
        { defaults: { tariffCategories: 'yes' } },
        'input.defaults.tariffCategories',
      ],
      [
        'a frame kind outside the list',
        { districts: [{ districtId: 'NORD', delegatedFrameKind: 'MINUTES' }] },
        'input.districts.0.delegatedFrameKind',
      ],
      [
        'a default band limit that does not increase',
        { defaults: { tariffBand2Below: 4 } },
        'input.defaults.tariffBand2Below',
      ],
      [
        'a district band limit below the default before it',
        { districts: [{ districtId: 'NORD', tariffBand3UpTo: 10 }] },
        'input.districts.0.tariffBand3UpTo',
      ],
      [
        'a district id that is not a uuid',
        { districts: [{ districtId: 'nord' }] },
        'input.districts.0.districtId',
      ],
    ])('refuses %s (BAD_USER_INPUT naming the field)', async (_name, input, field) => {
      await unchanged(async () => {
        const { version } = await read();
        // The district's id is known only once the app runs.
        const result = await update(
          JSON.parse(JSON.stringify(input).replace('NORD', nord)),
          version,
        );
        expect(errorOf(result).code).toBe('BAD_USER_INPUT');
        const fields = result.errors![0].extensions!.fields as { field: string }[];
        expect(fields.map((f) => f.field)).toContain(field);
      });
    });
  });

  it('keeps the history append-only', async () => {
    await expect(
      t.ownerQuery('UPDATE municipality_settings_history SET changed_keys = ARRAY[]::text[]'),
    ).rejects.toThrow(
      /UPDATE on municipality_settings_history is not allowed: the table is append-only/,
    );
    await expect(t.ownerQuery('DELETE FROM municipality_settings_history')).rejects.toThrow(
      /DELETE on municipality_settings_history is not allowed/,
    );
  });
});

describe('municipality settings at a later start', () => {
  it('keeps the database’s values over the environment once they exist', async () => {
    const t = await createTestApp({
      env: { CLARIFICATION_DAYS: '20', MUNICIPALITY_LANGUAGE: 'da' },
    });
    try {
      const admin = await t.as(ADMIN);
      const first = await t.gql<{ municipalitySettings: Settings }>(READ, {}, admin);
      expect(first.data!.municipalitySettings).toMatchObject({
        language: 'da',
        version: 1,
        defaults: { clarificationDays: 20 },
      });
      // A later start with other environment values: the database wins, language included.
      t.config.CLARIFICATION_DAYS = 30;
      t.config.MUNICIPALITY_LANGUAGE = 'nb';
      await t.app.get(SettingsService).onModuleInit();
      expect(t.config.MUNICIPALITY_LANGUAGE).toBe('da');
      const again = await t.gql<{ municipalitySettings: Settings }>(READ, {}, admin);
      expect(again.data!.municipalitySettings).toMatchObject({
        language: 'da',
        version: 1,
        defaults: { clarificationDays: 20 },
      });
      expect(await t.count('municipality_settings_history')).toBe(1);
    } finally {
      await t.close();
    }
  });
});
