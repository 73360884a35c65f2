import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * `journal_entries.team_id`: the case's team, for team-wide search. Filled here; indexed by
 * the next migration, in its own transaction, so that the index builds skip the row versions
 * this backfill leaves dead (built in this transaction, they would index every row twice).
 */
export class TeamJournalSearch1795445571901 implements MigrationInterface {
  name = 'TeamJournalSearch1795445571901';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Generated as NOT NULL; added nullable, filled, then made NOT NULL (hand-written).
    await queryRunner.query(`
            ALTER TABLE "journal_entries"
            ADD "team_id" uuid
        `);
    // Hand-written. The next migration's (team_id, search) index replaces the search-only
    // one (a GIN index on several columns also answers a condition on one of them); dropped
    // now so that the backfill does not maintain it for every row.
    await queryRunner.query(`DROP INDEX "IX_journal_entries_search"`);
    // Hand-written backfill: each entry gets its case's team (a case never changes team).
    // The journal refuses UPDATE by trigger; the trigger is off for this one statement only,
    // inside the migration's transaction.
    await queryRunner.query(
      `ALTER TABLE "journal_entries" DISABLE TRIGGER "TR_journal_entries_append_only"`,
    );
    await queryRunner.query(`
            UPDATE "journal_entries" e SET "team_id" = c."team_id"
              FROM "assessment_cases" c WHERE c."id" = e."case_id"
        `);
    await queryRunner.query(
      `ALTER TABLE "journal_entries" ENABLE TRIGGER "TR_journal_entries_append_only"`,
    );
    await queryRunner.query(`ALTER TABLE "journal_entries" ALTER COLUMN "team_id" SET NOT NULL`);
    await queryRunner.query(`
            ALTER TABLE "journal_entries"
            ADD CONSTRAINT "FK_journal_entries_team" FOREIGN KEY ("team_id") REFERENCES "assessment_teams"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "journal_entries" DROP CONSTRAINT "FK_journal_entries_team"
        `);
    await queryRunner.query(`
            ALTER TABLE "journal_entries" DROP COLUMN "team_id"
        `);
    await queryRunner.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    await queryRunner.query(`
            CREATE INDEX "IX_journal_entries_search" ON "journal_entries" USING gin ("search")
        `);
  }
}
