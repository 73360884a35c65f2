import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import { CLOCK, type Clock } from 'src/common/clock';
import { APP_CONFIG, type AppConfig } from 'src/config/app-config';
import { AccessPolicyService } from 'src/modules/access';
import { AuditService } from 'src/modules/audit';
import { IdentityErrors, listDistricts } from 'src/modules/identity/model';
import type { UpdateMunicipalitySettingsArgs } from 'src/modules/settings/dto/update-municipality-settings.input';
import {
  DistrictSettingsEntity,
  MunicipalitySettingsEntity,
  MunicipalitySettingsHistoryEntity,
} from 'src/modules/settings/municipality-settings.entity';
import {
  defaultsFromEnvironment,
  effectiveValues,
  INHERIT_ALL,
  inconsistentKeys,
  SETTING_KEYS,
  type SettingKey,
  type SettingOverrides,
  type SettingValues,
} from 'src/modules/settings/setting-keys';
import { SettingsErrors } from 'src/modules/settings/settings.errors';
import type { MunicipalitySettingsView } from 'src/modules/settings/settings.types';

/** The one row of `municipality_settings`. */
const SETTINGS_ID = 1;

function defaultsOf(row: MunicipalitySettingsEntity): SettingValues {
  return Object.fromEntries(SETTING_KEYS.map((key) => [key, row[key]])) as SettingValues;
}

function overridesOf(row: DistrictSettingsEntity | undefined): SettingOverrides {
  if (!row) return { ...INHERIT_ALL };
  return Object.fromEntries(SETTING_KEYS.map((key) => [key, row[key]])) as SettingOverrides;
}

/**
 * The municipality's settings (issue 16): municipal defaults with overrides per district.
 * The first start creates them from the environment; from then on the database wins. A
 * change is versioned, audited with the keys it changed, and kept in the append-only history;
 * it applies to cases opened after it (a case stores the values it opened with).
 */
@Injectable()
export class SettingsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicyService,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * At start: create the settings from the environment if no row exists (several instances
   * may start at once: the insert is idempotent), then take the language from the database,
   * which wins over MUNICIPALITY_LANGUAGE from then on.
   */
  async onModuleInit(): Promise<void> {
    const row = await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const defaults = defaultsFromEnvironment(this.config);
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(MunicipalitySettingsEntity)
        .values({
          id: SETTINGS_ID,
          language: this.config.MUNICIPALITY_LANGUAGE,
          ...defaults,
          version: 1,
          updatedAt: now,
          updatedById: null,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      if (inserted.raw.length > 0) {
        await manager.insert(MunicipalitySettingsHistoryEntity, {
          version: 1,
          changedAt: now,
          changedById: null,
          changedKeys: ['language', ...SETTING_KEYS],
          settings: { language: this.config.MUNICIPALITY_LANGUAGE, defaults, districts: {} },
        });
      }
      return manager.findOneByOrFail(MunicipalitySettingsEntity, { id: SETTINGS_ID });
    });
    // Every service reads the language from the config: from here on it is the database's.
    this.config.MUNICIPALITY_LANGUAGE = row.language;
  }

  /** The settings as the API shows them (any signed-in staff member: no person data). */
  async settings(caller: Caller): Promise<MunicipalitySettingsView> {
    this.policy.require(caller, 'municipalitySettings', undefined);
    return this.read(this.dataSource.manager);
  }

  /**
   * The values a case opened now in the district takes (inside the opening transaction).
   * The case stores them, so a later change never moves it.
   */
  async effectiveFor(manager: EntityManager, districtId: string): Promise<SettingValues> {
    const row = await manager.findOneBy(MunicipalitySettingsEntity, { id: SETTINGS_ID });
    if (!row) throw SettingsErrors.notInitialised();
    const override = await manager.findOneBy(DistrictSettingsEntity, { districtId });
    return effectiveValues(defaultsOf(row), overridesOf(override ?? undefined));
  }

  /** ADMIN: changes defaults and district overrides against `expectedVersion`. */
  async update(
    caller: Caller,
    { input, expectedVersion }: UpdateMunicipalitySettingsArgs,
  ): Promise<MunicipalitySettingsView> {
    this.policy.require(caller, 'updateMunicipalitySettings', undefined);
    const districtInputs = input.districts ?? [];
    const seen = new Set<string>();
    districtInputs.forEach((district, i) => {
      if (seen.has(district.districtId))
        throw SettingsErrors.duplicateDistrict(`input.districts.${i}.districtId`);
      seen.add(district.districtId);
    });
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(MunicipalitySettingsEntity, {
        where: { id: SETTINGS_ID },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw SettingsErrors.notInitialised();
      if (row.version !== expectedVersion)
        throw SettingsErrors.staleVersion(expectedVersion, row.version);

      const knownIds = new Set((await listDistricts(manager)).map((d) => d.id));
      districtInputs.forEach((district, i) => {
        if (!knownIds.has(district.districtId))
          throw IdentityErrors.districtNotFound(`input.districts.${i}.districtId`);
      });

      const changedKeys: string[] = [];
      const defaults = defaultsOf(row);
      for (const key of SETTING_KEYS) {
        const value = input.defaults?.[key];
        if (value !== undefined && value !== defaults[key]) {
          (defaults as Record<SettingKey, unknown>)[key] = value;
          changedKeys.push(key);
        }
      }
      const stored = await manager.find(DistrictSettingsEntity);
      const overrides = new Map(stored.map((d) => [d.districtId, overridesOf(d)]));
      const changedDistricts: string[] = [];
      for (const district of districtInputs) {
        const current = overrides.get(district.districtId) ?? { ...INHERIT_ALL };
        let changed = false;
        for (const key of SETTING_KEYS) {
          const value = district[key];
          if (value !== undefined && value !== current[key]) {
            (current as Record<SettingKey, unknown>)[key] = value;
            changedKeys.push(`${district.districtId}.${key}`);
            changed = true;
          }
        }
        if (changed) {
          overrides.set(district.districtId, current);
          changedDistricts.push(district.districtId);
        }
      }
      // Rules between keys hold for the defaults and for every district's effective values.
      const broken = inconsistentKeys(defaults).map((key) => `input.defaults.${key}`);
      for (const [districtId, values] of overrides) {
        const index = districtInputs.findIndex((d) => d.districtId === districtId);
        const prefix = index >= 0 ? `input.districts.${index}` : `districts.${districtId}`;
        broken.push(
          ...inconsistentKeys(effectiveValues(defaults, values)).map((key) => `${prefix}.${key}`),
        );
      }
      if (broken.length > 0) throw SettingsErrors.inconsistent(broken);

      // Nothing differs from what is stored: no new version, nothing written.
      if (changedKeys.length === 0) return this.read(manager);

      const version = row.version + 1;
      const now = this.clock.now();
      await manager.update(
        MunicipalitySettingsEntity,
        { id: SETTINGS_ID },
        { ...defaults, version, updatedAt: now, updatedById: caller.actor.staffId },
      );
      for (const districtId of changedDistricts) {
        const values = overrides.get(districtId) ?? INHERIT_ALL;
        if (SETTING_KEYS.every((key) => values[key] === null))
          await manager.delete(DistrictSettingsEntity, { districtId });
        else
          await manager.upsert(DistrictSettingsEntity, { districtId, ...values }, ['districtId']);
      }
      await manager.insert(MunicipalitySettingsHistoryEntity, {
        version,
        changedAt: now,
        changedById: caller.actor.staffId,
        changedKeys,
        settings: {
          language: row.language,
          defaults,
          districts: Object.fromEntries(
            [...overrides].filter(([, values]) => SETTING_KEYS.some((k) => values[k] !== null)),
          ),
        },
      });
      await this.audit.recordWrite(
        manager,
        caller,
        'updateMunicipalitySettings',
        {},
        { version, changedKeys },
      );
      return this.read(manager);
    });
  }

  private async read(manager: EntityManager): Promise<MunicipalitySettingsView> {
    const row = await manager.findOneBy(MunicipalitySettingsEntity, { id: SETTINGS_ID });
    if (!row) throw SettingsErrors.notInitialised();
    const [districts, stored] = await Promise.all([
      listDistricts(manager),
      manager.find(DistrictSettingsEntity),
    ]);
    const byDistrict = new Map(stored.map((d) => [d.districtId, d]));
    const defaults = defaultsOf(row);
    return {
      language: row.language,
      defaults,
      districts: districts.map((district) => {
        const overrides = overridesOf(byDistrict.get(district.id));
        return { district, overrides, effective: effectiveValues(defaults, overrides) };
      }),
      version: row.version,
      updatedAt: row.updatedAt,
      updatedById: row.updatedById,
    };
  }
}
