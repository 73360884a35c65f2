import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class Journal1795438170932 implements MigrationInterface {
  name = 'Journal1795438170932';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "journal_entries" (
                "id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "patient_id" uuid NOT NULL,
                "root_id" uuid NOT NULL,
                "amends_id" uuid,
                "version" integer NOT NULL,
                "kind" text NOT NULL,
                "text" text NOT NULL,
                "author_id" uuid NOT NULL,
                "author_profession" text NOT NULL,
                "written_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "visible_to_patient" boolean NOT NULL DEFAULT false,
                "entered_in_error" boolean NOT NULL DEFAULT false,
                "amend_reason" text,
                "goal_id" uuid,
                "measure_id" uuid,
                "idempotency_key" text,
                "ts_config" text NOT NULL,
                "search" tsvector,
                CONSTRAINT "CHK_journal_entries_author_profession" CHECK (
                    "author_profession" IN (
                        'NURSE',
                        'SOCIAL_EDUCATOR',
                        'PHYSIOTHERAPIST',
                        'OCCUPATIONAL_THERAPIST',
                        'CASEWORKER',
                        'COORDINATOR',
                        'HOME_CARE',
                        'LEADER',
                        'PRIVACY_OFFICER',
                        'ADMIN'
                    )
                ),
                CONSTRAINT "CHK_journal_entries_ts_config" CHECK ("ts_config" IN ('norwegian', 'danish')),
                CONSTRAINT "CHK_journal_entries_version" CHECK (
                    "version" >= 1
                    AND (("version" = 1) = ("amends_id" IS NULL))
                ),
                CONSTRAINT "CHK_journal_entries_text" CHECK (
                    char_length("text") BETWEEN 1 AND 20000
                ),
                CONSTRAINT "CHK_journal_entries_kind" CHECK (
                    "kind" IN (
                        'NOTE',
                        'HOME_VISIT',
                        'PHONE_CALL',
                        'MEETING',
                        'FINDING',
                        'INTERIM_SERVICE',
                        'EVENT',
                        'DECISION',
                        'HANDOVER'
                    )
                ),
                CONSTRAINT "PK_journal_entries" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_journal_entries_case" ON "journal_entries" ("case_id", "written_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_journal_entries_author_idempotency" ON "journal_entries" ("author_id", "idempotency_key")
            WHERE "idempotency_key" IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_journal_entries_root_version" ON "journal_entries" ("root_id", "version")
        `);
    await queryRunner.query(`
            CREATE TABLE "journal_heads" (
                "root_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "latest_id" uuid NOT NULL,
                "version" integer NOT NULL,
                "original_written_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_journal_heads" PRIMARY KEY ("root_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_journal_heads_case_time" ON "journal_heads" ("case_id", "original_written_at", "root_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "journal_entries"
            ADD CONSTRAINT "FK_journal_entries_case" FOREIGN KEY ("case_id") REFERENCES "assessment_cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "journal_entries"
            ADD CONSTRAINT "FK_journal_entries_patient" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "journal_entries"
            ADD CONSTRAINT "FK_journal_entries_root" FOREIGN KEY ("root_id") REFERENCES "journal_entries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "journal_entries"
            ADD CONSTRAINT "FK_journal_entries_amends" FOREIGN KEY ("amends_id") REFERENCES "journal_entries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "journal_entries"
            ADD CONSTRAINT "FK_journal_entries_author" FOREIGN KEY ("author_id") REFERENCES "staff_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "journal_heads"
            ADD CONSTRAINT "FK_journal_heads_root" FOREIGN KEY ("root_id") REFERENCES "journal_entries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "journal_heads"
            ADD CONSTRAINT "FK_journal_heads_case" FOREIGN KEY ("case_id") REFERENCES "assessment_cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "journal_heads"
            ADD CONSTRAINT "FK_journal_heads_latest" FOREIGN KEY ("latest_id") REFERENCES "journal_entries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    // Hand-written. Each entry's text is indexed with its own stored configuration,
    // so the index never depends on runtime settings.
    await queryRunner.query(`
            CREATE FUNCTION kartlegg_journal_search() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.search := to_tsvector(NEW.ts_config::regconfig, NEW.text);
                RETURN NEW;
            END
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER "TR_journal_entries_search" BEFORE INSERT ON "journal_entries"
            FOR EACH ROW EXECUTE FUNCTION kartlegg_journal_search()
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_journal_entries_search" ON "journal_entries" USING gin ("search")
        `);
    // No journal entry is ever lost or silently changed: the database refuses it.
    await queryRunner.query(`
            CREATE TRIGGER "TR_journal_entries_append_only" BEFORE UPDATE OR DELETE ON "journal_entries"
            FOR EACH ROW EXECUTE FUNCTION kartlegg_refuse_change()
        `);
    await queryRunner.query(`
            CREATE TRIGGER "TR_journal_entries_no_truncate" BEFORE TRUNCATE ON "journal_entries"
            FOR EACH STATEMENT EXECUTE FUNCTION kartlegg_refuse_change()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TR_journal_entries_no_truncate" ON "journal_entries"`);
    await queryRunner.query(`DROP TRIGGER "TR_journal_entries_append_only" ON "journal_entries"`);
    await queryRunner.query(`DROP INDEX "IX_journal_entries_search"`);
    await queryRunner.query(`DROP TRIGGER "TR_journal_entries_search" ON "journal_entries"`);
    await queryRunner.query(`DROP FUNCTION kartlegg_journal_search()`);
    await queryRunner.query(`
            ALTER TABLE "journal_heads" DROP CONSTRAINT "FK_journal_heads_latest"
        `);
    await queryRunner.query(`
            ALTER TABLE "journal_heads" DROP CONSTRAINT "FK_journal_heads_case"
        `);
    await queryRunner.query(`
            ALTER TABLE "journal_heads" DROP CONSTRAINT "FK_journal_heads_root"
        `);
    await queryRunner.query(`
            ALTER TABLE "journal_entries" DROP CONSTRAINT "FK_journal_entries_author"
        `);
    await queryRunner.query(`
            ALTER TABLE "journal_entries" DROP CONSTRAINT "FK_journal_entries_amends"
        `);
    await queryRunner.query(`
            ALTER TABLE "journal_entries" DROP CONSTRAINT "FK_journal_entries_root"
        `);
    await queryRunner.query(`
            ALTER TABLE "journal_entries" DROP CONSTRAINT "FK_journal_entries_patient"
        `);
    await queryRunner.query(`
            ALTER TABLE "journal_entries" DROP CONSTRAINT "FK_journal_entries_case"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_journal_heads_case_time"
        `);
    await queryRunner.query(`
            DROP TABLE "journal_heads"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_journal_entries_root_version"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_journal_entries_author_idempotency"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_journal_entries_case"
        `);
    await queryRunner.query(`
            DROP TABLE "journal_entries"
        `);
  }
}
