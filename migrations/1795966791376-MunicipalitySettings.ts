import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropAppendOnly, makeAppendOnly } from 'src/database/append-only';

/**
 * The municipality's settings in the database (issue 16): the municipal defaults (one row,
 * created at the first start from CLARIFICATION_DAYS and MUNICIPALITY_LANGUAGE), each
 * district's overrides, and the append-only history of every version.
 */
export class MunicipalitySettings1795966791376 implements MigrationInterface {
  name = 'MunicipalitySettings1795966791376';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "municipality_settings" (
                "id" smallint NOT NULL,
                "language" text NOT NULL,
                "clarification_days" integer NOT NULL,
                "version" integer NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "updated_by" uuid,
                CONSTRAINT "CHK_municipality_settings_clarification_days" CHECK (
                    "clarification_days" BETWEEN 1 AND 60
                ),
                CONSTRAINT "CHK_municipality_settings_language" CHECK ("language" IN ('nb', 'da')),
                CONSTRAINT "CHK_municipality_settings_version" CHECK ("version" >= 1),
                CONSTRAINT "CHK_municipality_settings_single_row" CHECK ("id" = 1),
                CONSTRAINT "PK_municipality_settings" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "district_settings" (
                "district_id" uuid NOT NULL,
                "clarification_days" integer,
                CONSTRAINT "CHK_district_settings_clarification_days" CHECK (
                    "clarification_days" IS NULL
                    OR "clarification_days" BETWEEN 1 AND 60
                ),
                CONSTRAINT "PK_district_settings" PRIMARY KEY ("district_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "municipality_settings_history" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL,
                "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "changed_by" uuid,
                "changed_keys" text array NOT NULL,
                "settings" jsonb NOT NULL,
                CONSTRAINT "CHK_municipality_settings_history_settings" CHECK (jsonb_typeof("settings") = 'object'),
                CONSTRAINT "CHK_municipality_settings_history_version" CHECK ("version" >= 1),
                CONSTRAINT "PK_municipality_settings_history" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_municipality_settings_history_version" ON "municipality_settings_history" ("version")
        `);
    await queryRunner.query(`
            ALTER TABLE "municipality_settings"
            ADD CONSTRAINT "FK_municipality_settings_updated_by" FOREIGN KEY ("updated_by") REFERENCES "staff_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "district_settings"
            ADD CONSTRAINT "FK_district_settings_district" FOREIGN KEY ("district_id") REFERENCES "districts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "municipality_settings_history"
            ADD CONSTRAINT "FK_municipality_settings_history_changed_by" FOREIGN KEY ("changed_by") REFERENCES "staff_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await makeAppendOnly(queryRunner, 'municipality_settings_history');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropAppendOnly(queryRunner, 'municipality_settings_history');
    await queryRunner.query(`
            ALTER TABLE "municipality_settings_history" DROP CONSTRAINT "FK_municipality_settings_history_changed_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "district_settings" DROP CONSTRAINT "FK_district_settings_district"
        `);
    await queryRunner.query(`
            ALTER TABLE "municipality_settings" DROP CONSTRAINT "FK_municipality_settings_updated_by"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_municipality_settings_history_version"
        `);
    await queryRunner.query(`
            DROP TABLE "municipality_settings_history"
        `);
    await queryRunner.query(`
            DROP TABLE "district_settings"
        `);
    await queryRunner.query(`
            DROP TABLE "municipality_settings"
        `);
  }
}
