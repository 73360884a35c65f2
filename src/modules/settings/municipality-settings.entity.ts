/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging -- the columns or fields of each setting key come from SETTINGS (setting-keys.ts); an interface of the same name gives them their types. */
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { LANGUAGES, type MunicipalityLanguage } from 'src/config/app-config';
import { checkIn, DistrictEntity, StaffMemberEntity } from 'src/modules/identity/model';
import {
  CHECKED_KEYS,
  COLUMN_TYPES,
  rangeCheck,
  SETTING_KEYS,
  SETTINGS,
  type SettingOverrides,
  type SettingValues,
} from 'src/modules/settings/setting-keys';

/**
 * The municipal defaults: one row (`id` = 1), created at the first start from the
 * environment. `version` grows by one with each change (`updateMunicipalitySettings`).
 */
@Entity({ name: 'municipality_settings' })
@Check('CHK_municipality_settings_single_row', `"id" = 1`)
@Check('CHK_municipality_settings_version', `"version" >= 1`)
@Check('CHK_municipality_settings_language', checkIn('language', LANGUAGES))
export class MunicipalitySettingsEntity {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'PK_municipality_settings' })
  id: number;

  /** The municipality's language: fixed at the first start (never per district). */
  @Column({ type: 'text' })
  language: MunicipalityLanguage;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Null until an administrator first changes the settings (the first start seeded them). */
  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'updated_by',
    foreignKeyConstraintName: 'FK_municipality_settings_updated_by',
  })
  updatedBy: Relation<StaffMemberEntity> | null;
}

/** A district's overrides of the municipal defaults; a null column inherits the default. */
@Entity({ name: 'district_settings' })
export class DistrictSettingsEntity {
  @PrimaryColumn({
    name: 'district_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_district_settings',
  })
  districtId: string;

  @ManyToOne(() => DistrictEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_id', foreignKeyConstraintName: 'FK_district_settings_district' })
  district: Relation<DistrictEntity>;
}

/** A municipal default per key (its columns come from SETTINGS below). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MunicipalitySettingsEntity extends SettingValues {}
/** A district's override per key, null inheriting (its columns come from SETTINGS below). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DistrictSettingsEntity extends SettingOverrides {}

// One column per key in both tables, with its CHECK constraint: SETTINGS is the one list.
for (const key of SETTING_KEYS) {
  const { column, kind } = SETTINGS[key];
  Column({ name: column, type: COLUMN_TYPES[kind] })(MunicipalitySettingsEntity.prototype, key);
  Column({ name: column, type: COLUMN_TYPES[kind], nullable: true })(
    DistrictSettingsEntity.prototype,
    key,
  );
}
for (const key of CHECKED_KEYS) {
  const { column } = SETTINGS[key];
  Check(`CHK_municipality_settings_${column}`, rangeCheck(key))(MunicipalitySettingsEntity);
  Check(`CHK_district_settings_${column}`, rangeCheck(key, true))(DistrictSettingsEntity);
}

/**
 * Each version of the settings as it was saved (append-only): who, when, which keys changed
 * (`clarificationDays` for a default, `<districtId>.clarificationDays` for an override) and
 * the whole settings after the change. Version 1 is the first start's seed.
 */
@Entity({ name: 'municipality_settings_history' })
@Index('UQ_municipality_settings_history_version', ['version'], { unique: true })
@Check('CHK_municipality_settings_history_version', `"version" >= 1`)
@Check('CHK_municipality_settings_history_settings', `jsonb_typeof("settings") = 'object'`)
export class MunicipalitySettingsHistoryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_municipality_settings_history' })
  id: string;

  @Column({ type: 'integer' })
  version: number;

  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;

  @Column({ name: 'changed_by', type: 'uuid', nullable: true })
  changedById: string | null;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'changed_by',
    foreignKeyConstraintName: 'FK_municipality_settings_history_changed_by',
  })
  changedBy: Relation<StaffMemberEntity> | null;

  @Column({ name: 'changed_keys', type: 'text', array: true })
  changedKeys: string[];

  @Column({ type: 'jsonb' })
  settings: unknown;
}
