import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `searchPatients` by name matches `given_name || ' ' || family_name ILIKE '%…%'`: without an
 * index that walked every person of the caller's districts (51 ms on 100 000 persons,
 * docs/performance.md). A trigram GIN index on the same expression answers it directly.
 */
export class PatientNameSearch1795452000000 implements MigrationInterface {
  name = 'PatientNameSearch1795452000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
            CREATE INDEX "IX_patients_name_trgm" ON "patients"
            USING gin (("given_name" || ' ' || "family_name") gin_trgm_ops)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IX_patients_name_trgm"`);
  }
}
