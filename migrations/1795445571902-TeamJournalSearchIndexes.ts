import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The indexes of team-wide journal search (after the backfill of TeamJournalSearch has committed). */
export class TeamJournalSearchIndexes1795445571902 implements MigrationInterface {
  name = 'TeamJournalSearchIndexes1795445571902';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Hand-written: btree_gin lets one GIN index hold the team's uuid beside the search vector
    // (a trusted extension: the database owner may create it).
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    // Index builds over millions of entries: more memory than the default 64 MB, for this
    // transaction only (hand-written).
    await queryRunner.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    // Newest first within a team: walked backwards for a broad term (generated).
    await queryRunner.query(`
            CREATE INDEX "IX_journal_entries_team_time" ON "journal_entries" ("team_id", "written_at", "id")
        `);
    // Hand-written (TypeORM cannot declare a GIN index): a rare term in one team's journals
    // in one index scan.
    await queryRunner.query(`
            CREATE INDEX "IX_journal_entries_team_search" ON "journal_entries" USING gin ("team_id", "search")
        `);
    // The planner chooses between the two by the new column's statistics.
    await queryRunner.query(`ANALYZE "journal_entries"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IX_journal_entries_team_search"`);
    await queryRunner.query(`
            DROP INDEX "public"."IX_journal_entries_team_time"
        `);
    // btree_gin stays: it costs nothing unused, and other objects may come to use it.
  }
}
