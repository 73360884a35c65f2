import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The settings of the other municipalities' models (issue 16, parts 2–4): a column per key
 * in the municipal defaults (first values below; the migration leaves no column default) and
 * a nullable override per district, with their CHECK constraints; and the settings each
 * case opened with (`assessment_cases.settings`), so a later change never moves an open case.
 * Cases opened before hold only their clarification days: the new keys' first values (every
 * new model switched off) apply to them, as they do to a case inserted without settings
 * (the column's default is the empty object).
 */
export class ModelSettings1796000000000 implements MigrationInterface {
  name = 'ModelSettings1796000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const sql of [
      `ALTER TABLE "municipality_settings" ADD "single_entry" boolean NOT NULL DEFAULT false`,
      `ALTER TABLE "municipality_settings" ALTER COLUMN "single_entry" DROP DEFAULT`,
      `ALTER TABLE "district_settings" ADD "single_entry" boolean`,
      `ALTER TABLE "municipality_settings" ADD "coordination_levels" boolean NOT NULL DEFAULT false`,
      `ALTER TABLE "municipality_settings" ALTER COLUMN "coordination_levels" DROP DEFAULT`,
      `ALTER TABLE "district_settings" ADD "coordination_levels" boolean`,
      `ALTER TABLE "municipality_settings" ADD "level2_min_professions" integer NOT NULL DEFAULT 2`,
      `ALTER TABLE "municipality_settings" ALTER COLUMN "level2_min_professions" DROP DEFAULT`,
      `ALTER TABLE "district_settings" ADD "level2_min_professions" integer`,
      `ALTER TABLE "municipality_settings" ADD CONSTRAINT "CHK_municipality_settings_level2_min_professions" CHECK ("level2_min_professions" BETWEEN 1 AND 6)`,
      `ALTER TABLE "district_settings" ADD CONSTRAINT "CHK_district_settings_level2_min_professions" CHECK ("level2_min_professions" IS NULL OR "level2_min_professions" BETWEEN 1 AND 6)`,
      `ALTER TABLE "municipality_settings" ADD "level3_requires_meeting" boolean NOT NULL DEFAULT true`,
      `ALTER TABLE "municipality_settings" ALTER COLUMN "level3_requires_meeting" DROP DEFAULT`,
      `ALTER TABLE "district_settings" ADD "level3_requires_meeting" boolean`,
      `ALTER TABLE "municipality_settings" ADD "tariff_categories" boolean NOT NULL DEFAULT false`,
      `ALTER TABLE "municipality_settings" ALTER COLUMN "tariff_categories" DROP DEFAULT`,
      `ALTER TABLE "district_settings" ADD "tariff_categories" boolean`,
      `ALTER TABLE "municipality_settings" ADD "tariff_band1_below" double precision NOT NULL DEFAULT 5`,
      `ALTER TABLE "municipality_settings" ALTER COLUMN "tariff_band1_below" DROP DEFAULT`,
      `ALTER TABLE "district_settings" ADD "tariff_band1_below" double precision`,
      `ALTER TABLE "municipality_settings" ADD CONSTRAINT "CHK_municipality_settings_tariff_band1_below" CHECK ("tariff_band1_below" BETWEEN 0.25 AND 168)`,
      `ALTER TABLE "district_settings" ADD CONSTRAINT "CHK_district_settings_tariff_band1_below" CHECK ("tariff_band1_below" IS NULL OR "tariff_band1_below" BETWEEN 0.25 AND 168)`,
      `ALTER TABLE "municipality_settings" ADD "tariff_band2_below" double precision NOT NULL DEFAULT 15`,
      `ALTER TABLE "municipality_settings" ALTER COLUMN "tariff_band2_below" DROP DEFAULT`,
      `ALTER TABLE "district_settings" ADD "tariff_band2_below" double precision`,
      `ALTER TABLE "municipality_settings" ADD CONSTRAINT "CHK_municipality_settings_tariff_band2_below" CHECK ("tariff_band2_below" BETWEEN 0.25 AND 168)`,
      `ALTER TABLE "district_settings" ADD CONSTRAINT "CHK_district_settings_tariff_band2_below" CHECK ("tariff_band2_below" IS NULL OR "tariff_band2_below" BETWEEN 0.25 AND 168)`,
      `ALTER TABLE "municipality_settings" ADD "tariff_band3_up_to" double precision NOT NULL DEFAULT 25`,
      `ALTER TABLE "municipality_settings" ALTER COLUMN "tariff_band3_up_to" DROP DEFAULT`,
      `ALTER TABLE "district_settings" ADD "tariff_band3_up_to" double precision`,
      `ALTER TABLE "municipality_settings" ADD CONSTRAINT "CHK_municipality_settings_tariff_band3_up_to" CHECK ("tariff_band3_up_to" BETWEEN 0.25 AND 168)`,
      `ALTER TABLE "district_settings" ADD CONSTRAINT "CHK_district_settings_tariff_band3_up_to" CHECK ("tariff_band3_up_to" IS NULL OR "tariff_band3_up_to" BETWEEN 0.25 AND 168)`,
      `ALTER TABLE "municipality_settings" ADD "tariff_weekly_price_band1" integer NOT NULL DEFAULT 1900`,
      `ALTER TABLE "municipality_settings" ALTER COLUMN "tariff_weekly_price_band1" DROP DEFAULT`,
      `ALTER TABLE "district_settings" ADD "tariff_weekly_price_band1" integer`,
      `ALTER TABLE "municipality_settings" ADD CONSTRAINT "CHK_municipality_settings_tariff_weekly_price_band1" CHECK ("tariff_weekly_price_band1" BETWEEN 0 AND 1000000)`,
      `ALTER TABLE "district_settings" ADD CONSTRAINT "CHK_district_settings_tariff_weekly_price_band1" CHECK ("tariff_weekly_price_band1" IS NULL OR "tariff_weekly_price_band1" BETWEEN 0 AND 1000000)`,
      `ALTER TABLE "municipality_settings" ADD "tariff_weekly_price_band2" integer NOT NULL DEFAULT 5700`,
      `ALTER TABLE "municipality_settings" ALTER COLUMN "tariff_weekly_price_band2" DROP DEFAULT`,
      `ALTER TABLE "district_settings" ADD "tariff_weekly_price_band2" integer`,
      `ALTER TABLE "municipality_settings" ADD CONSTRAINT "CHK_municipality_settings_tariff_weekly_price_band2" CHECK ("tariff_weekly_price_band2" BETWEEN 0 AND 1000000)`,
      `ALTER TABLE "district_settings" ADD CONSTRAINT "CHK_district_settings_tariff_weekly_price_band2" CHECK ("tariff_weekly_price_band2" IS NULL OR "tariff_weekly_price_band2" BETWEEN 0 AND 1000000)`,
      `ALTER TABLE "municipality_settings" ADD "tariff_weekly_price_band3" integer NOT NULL DEFAULT 11400`,
      `ALTER TABLE "municipality_settings" ALTER COLUMN "tariff_weekly_price_band3" DROP DEFAULT`,
      `ALTER TABLE "district_settings" ADD "tariff_weekly_price_band3" integer`,
      `ALTER TABLE "municipality_settings" ADD CONSTRAINT "CHK_municipality_settings_tariff_weekly_price_band3" CHECK ("tariff_weekly_price_band3" BETWEEN 0 AND 1000000)`,
      `ALTER TABLE "district_settings" ADD CONSTRAINT "CHK_district_settings_tariff_weekly_price_band3" CHECK ("tariff_weekly_price_band3" IS NULL OR "tariff_weekly_price_band3" BETWEEN 0 AND 1000000)`,
      `ALTER TABLE "municipality_settings" ADD "tariff_hourly_price_individual" integer NOT NULL DEFAULT 570`,
      `ALTER TABLE "municipality_settings" ALTER COLUMN "tariff_hourly_price_individual" DROP DEFAULT`,
      `ALTER TABLE "district_settings" ADD "tariff_hourly_price_individual" integer`,
      `ALTER TABLE "municipality_settings" ADD CONSTRAINT "CHK_municipality_settings_tariff_hourly_price_individual" CHECK ("tariff_hourly_price_individual" BETWEEN 0 AND 100000)`,
      `ALTER TABLE "district_settings" ADD CONSTRAINT "CHK_district_settings_tariff_hourly_price_individual" CHECK ("tariff_hourly_price_individual" IS NULL OR "tariff_hourly_price_individual" BETWEEN 0 AND 100000)`,
      `ALTER TABLE "municipality_settings" ADD "developing_follow_up_weeks" integer NOT NULL DEFAULT 12`,
      `ALTER TABLE "municipality_settings" ALTER COLUMN "developing_follow_up_weeks" DROP DEFAULT`,
      `ALTER TABLE "district_settings" ADD "developing_follow_up_weeks" integer`,
      `ALTER TABLE "municipality_settings" ADD CONSTRAINT "CHK_municipality_settings_developing_follow_up_weeks" CHECK ("developing_follow_up_weeks" BETWEEN 1 AND 104)`,
      `ALTER TABLE "district_settings" ADD CONSTRAINT "CHK_district_settings_developing_follow_up_weeks" CHECK ("developing_follow_up_weeks" IS NULL OR "developing_follow_up_weeks" BETWEEN 1 AND 104)`,
      `ALTER TABLE "municipality_settings" ADD "maintaining_follow_up_months" integer NOT NULL DEFAULT 12`,
      `ALTER TABLE "municipality_settings" ALTER COLUMN "maintaining_follow_up_months" DROP DEFAULT`,
      `ALTER TABLE "district_settings" ADD "maintaining_follow_up_months" integer`,
      `ALTER TABLE "municipality_settings" ADD CONSTRAINT "CHK_municipality_settings_maintaining_follow_up_months" CHECK ("maintaining_follow_up_months" BETWEEN 1 AND 36)`,
      `ALTER TABLE "district_settings" ADD CONSTRAINT "CHK_district_settings_maintaining_follow_up_months" CHECK ("maintaining_follow_up_months" IS NULL OR "maintaining_follow_up_months" BETWEEN 1 AND 36)`,
      `ALTER TABLE "municipality_settings" ADD "delegated_adjustment" boolean NOT NULL DEFAULT false`,
      `ALTER TABLE "municipality_settings" ALTER COLUMN "delegated_adjustment" DROP DEFAULT`,
      `ALTER TABLE "district_settings" ADD "delegated_adjustment" boolean`,
      `ALTER TABLE "municipality_settings" ADD "delegated_frame_kind" text NOT NULL DEFAULT 'PERCENT'`,
      `ALTER TABLE "municipality_settings" ALTER COLUMN "delegated_frame_kind" DROP DEFAULT`,
      `ALTER TABLE "district_settings" ADD "delegated_frame_kind" text`,
      `ALTER TABLE "municipality_settings" ADD CONSTRAINT "CHK_municipality_settings_delegated_frame_kind" CHECK ("delegated_frame_kind" IN ('PERCENT', 'HOURS'))`,
      `ALTER TABLE "district_settings" ADD CONSTRAINT "CHK_district_settings_delegated_frame_kind" CHECK ("delegated_frame_kind" IS NULL OR "delegated_frame_kind" IN ('PERCENT', 'HOURS'))`,
      `ALTER TABLE "municipality_settings" ADD "delegated_frame_value" double precision NOT NULL DEFAULT 20`,
      `ALTER TABLE "municipality_settings" ALTER COLUMN "delegated_frame_value" DROP DEFAULT`,
      `ALTER TABLE "district_settings" ADD "delegated_frame_value" double precision`,
      `ALTER TABLE "municipality_settings" ADD CONSTRAINT "CHK_municipality_settings_delegated_frame_value" CHECK ("delegated_frame_value" BETWEEN 0 AND 100)`,
      `ALTER TABLE "district_settings" ADD CONSTRAINT "CHK_district_settings_delegated_frame_value" CHECK ("delegated_frame_value" IS NULL OR "delegated_frame_value" BETWEEN 0 AND 100)`,
    ])
      await queryRunner.query(sql);
    await queryRunner.query(
      `ALTER TABLE "assessment_cases" ADD "settings" jsonb NOT NULL DEFAULT '{}'::jsonb`,
    );
    await queryRunner.query(
      `UPDATE "assessment_cases" SET "settings" = jsonb_build_object('clarificationDays', "clarification_days")`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_cases" ADD CONSTRAINT "CHK_assessment_cases_settings" CHECK (jsonb_typeof("settings") = 'object')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "assessment_cases" DROP CONSTRAINT "CHK_assessment_cases_settings"`,
    );
    await queryRunner.query(`ALTER TABLE "assessment_cases" DROP COLUMN "settings"`);
    for (const sql of [
      `ALTER TABLE "district_settings" DROP COLUMN "delegated_frame_value"`,
      `ALTER TABLE "municipality_settings" DROP COLUMN "delegated_frame_value"`,
      `ALTER TABLE "district_settings" DROP COLUMN "delegated_frame_kind"`,
      `ALTER TABLE "municipality_settings" DROP COLUMN "delegated_frame_kind"`,
      `ALTER TABLE "district_settings" DROP COLUMN "delegated_adjustment"`,
      `ALTER TABLE "municipality_settings" DROP COLUMN "delegated_adjustment"`,
      `ALTER TABLE "district_settings" DROP COLUMN "maintaining_follow_up_months"`,
      `ALTER TABLE "municipality_settings" DROP COLUMN "maintaining_follow_up_months"`,
      `ALTER TABLE "district_settings" DROP COLUMN "developing_follow_up_weeks"`,
      `ALTER TABLE "municipality_settings" DROP COLUMN "developing_follow_up_weeks"`,
      `ALTER TABLE "district_settings" DROP COLUMN "tariff_hourly_price_individual"`,
      `ALTER TABLE "municipality_settings" DROP COLUMN "tariff_hourly_price_individual"`,
      `ALTER TABLE "district_settings" DROP COLUMN "tariff_weekly_price_band3"`,
      `ALTER TABLE "municipality_settings" DROP COLUMN "tariff_weekly_price_band3"`,
      `ALTER TABLE "district_settings" DROP COLUMN "tariff_weekly_price_band2"`,
      `ALTER TABLE "municipality_settings" DROP COLUMN "tariff_weekly_price_band2"`,
      `ALTER TABLE "district_settings" DROP COLUMN "tariff_weekly_price_band1"`,
      `ALTER TABLE "municipality_settings" DROP COLUMN "tariff_weekly_price_band1"`,
      `ALTER TABLE "district_settings" DROP COLUMN "tariff_band3_up_to"`,
      `ALTER TABLE "municipality_settings" DROP COLUMN "tariff_band3_up_to"`,
      `ALTER TABLE "district_settings" DROP COLUMN "tariff_band2_below"`,
      `ALTER TABLE "municipality_settings" DROP COLUMN "tariff_band2_below"`,
      `ALTER TABLE "district_settings" DROP COLUMN "tariff_band1_below"`,
      `ALTER TABLE "municipality_settings" DROP COLUMN "tariff_band1_below"`,
      `ALTER TABLE "district_settings" DROP COLUMN "tariff_categories"`,
      `ALTER TABLE "municipality_settings" DROP COLUMN "tariff_categories"`,
      `ALTER TABLE "district_settings" DROP COLUMN "level3_requires_meeting"`,
      `ALTER TABLE "municipality_settings" DROP COLUMN "level3_requires_meeting"`,
      `ALTER TABLE "district_settings" DROP COLUMN "level2_min_professions"`,
      `ALTER TABLE "municipality_settings" DROP COLUMN "level2_min_professions"`,
      `ALTER TABLE "district_settings" DROP COLUMN "coordination_levels"`,
      `ALTER TABLE "municipality_settings" DROP COLUMN "coordination_levels"`,
      `ALTER TABLE "district_settings" DROP COLUMN "single_entry"`,
      `ALTER TABLE "municipality_settings" DROP COLUMN "single_entry"`,
    ])
      await queryRunner.query(sql);
  }
}
