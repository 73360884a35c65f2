import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tariff categories and bands on the decision (issue 16, Syddjurs). A decision of a case that
 * opened with tariffCategories on carries its category, the band of its weekly hours and the
 * price of one week, all fixed when it is recorded (a later change of the settings never
 * re-prices a decision made); SHORT_NURSING its nursing weeks, INDIVIDUAL its justification.
 * Decisions recorded before stay without (their weekly hours too: null).
 */
export class TariffCategories1796000003000 implements MigrationInterface {
  name = 'TariffCategories1796000003000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "decisions" ADD "tariff_category" text`);
    await queryRunner.query(`ALTER TABLE "decisions" ADD "tariff_band" text`);
    await queryRunner.query(`ALTER TABLE "decisions" ADD "weekly_hours" numeric(6,2)`);
    await queryRunner.query(`ALTER TABLE "decisions" ADD "nursing_weeks" integer`);
    await queryRunner.query(`ALTER TABLE "decisions" ADD "weekly_price" integer`);
    await queryRunner.query(`ALTER TABLE "decisions" ADD "individual_justification" text`);
    await queryRunner.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "CHK_decisions_tariff_category" CHECK ("tariff_category" IS NULL OR "tariff_category" IN ('DEVELOPING', 'MAINTAINING', 'SHORT_NURSING'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "CHK_decisions_tariff_band" CHECK ("tariff_band" IS NULL OR "tariff_band" IN ('BAND_1', 'BAND_2', 'BAND_3', 'INDIVIDUAL'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "CHK_decisions_tariff_given" CHECK (("tariff_category" IS NULL) = ("tariff_band" IS NULL) AND ("tariff_category" IS NULL) = ("weekly_price" IS NULL) AND ("tariff_category" IS NULL OR "weekly_hours" IS NOT NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "CHK_decisions_nursing_weeks" CHECK (("nursing_weeks" IS NOT NULL) = ("tariff_category" IS NOT DISTINCT FROM 'SHORT_NURSING') AND ("nursing_weeks" IS NULL OR "nursing_weeks" BETWEEN 1 AND 3))`,
    );
    await queryRunner.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "CHK_decisions_individual_justification" CHECK (("individual_justification" IS NOT NULL) = ("tariff_band" IS NOT DISTINCT FROM 'INDIVIDUAL'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "CHK_decisions_weekly_figures" CHECK ("weekly_hours" >= 0 AND "weekly_price" >= 0)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const check of [
      'weekly_figures',
      'individual_justification',
      'nursing_weeks',
      'tariff_given',
      'tariff_band',
      'tariff_category',
    ])
      await queryRunner.query(`ALTER TABLE "decisions" DROP CONSTRAINT "CHK_decisions_${check}"`);
    for (const column of [
      'individual_justification',
      'weekly_price',
      'nursing_weeks',
      'weekly_hours',
      'tariff_band',
      'tariff_category',
    ])
      await queryRunner.query(`ALTER TABLE "decisions" DROP COLUMN "${column}"`);
  }
}
