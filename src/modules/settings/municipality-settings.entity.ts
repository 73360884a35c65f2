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
import { rangeCheck } from 'src/modules/settings/setting-keys';

/**
 * The municipal defaults: one row (`id` = 1), created at the first start from the
 * environment. `version` grows by one with each change (`updateMunicipalitySettings`).
 */
@Entity({ name: 'municipality_settings' })
@Check('CHK_municipality_settings_single_row', `"id" = 1`)
@Check('CHK_municipality_settings_version', `"version" >= 1`)
@Check('CHK_municipality_settings_language', checkIn('language', LANGUAGES))
@Check('CHK_municipality_settings_clarification_days', rangeCheck('clarificationDays'))
export class MunicipalitySettingsEntity {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'PK_municipality_settings' })
  id: number;

  /** The municipality's language: fixed at the first start (never per district). */
  @Column({ type: 'text' })
  language: MunicipalityLanguage;

  @Column({ name: 'clarification_days', type: 'integer' })
  clarificationDays: number;

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
@Check('CHK_district_settings_clarification_days', rangeCheck('clarificationDays', true))
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

  @Column({ name: 'clarification_days', type: 'integer', nullable: true })
  clarificationDays: number | null;
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
