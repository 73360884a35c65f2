import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Billund's coordination (issue 16, part 2b): a case's coordination level (null for a case
 * opened with coordination levels off, as every case before this migration), the person's
 * coordinating caseworker, and the coordination meeting as a journal kind whose entries name
 * their participants (stored with the append-only entry).
 */
export class CoordinationLevels1796000002000 implements MigrationInterface {
  name = 'CoordinationLevels1796000002000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const sql of [
      `ALTER TABLE "assessment_cases" ADD "coordination_level" integer`,
      `ALTER TABLE "assessment_cases" ADD CONSTRAINT "CHK_assessment_cases_coordination_level" CHECK ("coordination_level" IS NULL OR "coordination_level" BETWEEN 1 AND 3)`,
      `ALTER TABLE "patients" ADD "coordinating_caseworker_id" uuid`,
      `CREATE INDEX "IX_patients_coordinating_caseworker" ON "patients" ("coordinating_caseworker_id")`,
      `ALTER TABLE "patients" ADD CONSTRAINT "FK_patients_coordinating_caseworker" FOREIGN KEY ("coordinating_caseworker_id") REFERENCES "staff_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "journal_entries" ADD "participants" jsonb`,
      `ALTER TABLE "journal_entries" DROP CONSTRAINT "CHK_journal_entries_kind"`,
      `ALTER TABLE "journal_entries" ADD CONSTRAINT "CHK_journal_entries_kind" CHECK ("kind" IN ('NOTE', 'HOME_VISIT', 'PHONE_CALL', 'MEETING', 'FINDING', 'INTERIM_SERVICE', 'EVENT', 'DECISION', 'HANDOVER', 'COORDINATION_MEETING'))`,
      `ALTER TABLE "journal_entries" ADD CONSTRAINT "CHK_journal_entries_participants" CHECK (("kind" = 'COORDINATION_MEETING') = ("participants" IS NOT NULL) AND ("participants" IS NULL OR jsonb_typeof("participants") = 'array'))`,
    ])
      await queryRunner.query(sql);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const sql of [
      `ALTER TABLE "journal_entries" DROP CONSTRAINT "CHK_journal_entries_participants"`,
      `ALTER TABLE "journal_entries" DROP CONSTRAINT "CHK_journal_entries_kind"`,
      `ALTER TABLE "journal_entries" ADD CONSTRAINT "CHK_journal_entries_kind" CHECK ("kind" IN ('NOTE', 'HOME_VISIT', 'PHONE_CALL', 'MEETING', 'FINDING', 'INTERIM_SERVICE', 'EVENT', 'DECISION', 'HANDOVER'))`,
      `ALTER TABLE "journal_entries" DROP COLUMN "participants"`,
      `ALTER TABLE "patients" DROP CONSTRAINT "FK_patients_coordinating_caseworker"`,
      `DROP INDEX "public"."IX_patients_coordinating_caseworker"`,
      `ALTER TABLE "patients" DROP COLUMN "coordinating_caseworker_id"`,
      `ALTER TABLE "assessment_cases" DROP CONSTRAINT "CHK_assessment_cases_coordination_level"`,
      `ALTER TABLE "assessment_cases" DROP COLUMN "coordination_level"`,
    ])
      await queryRunner.query(sql);
  }
}
