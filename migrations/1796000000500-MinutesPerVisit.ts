import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Minutes per visit (issue 16): a service decided in visits counts towards the weekly hours of
 * a tariff band and of delegated adjustment by the minutes per visit the decision states, else
 * the catalogue's. The catalogue's figures are typical visit lengths; a municipality sets its
 * own. Services without a visit length (an alarm, an aid, a stay) stay null.
 */
export class MinutesPerVisit1796000000500 implements MigrationInterface {
  name = 'MinutesPerVisit1796000000500';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "service_catalogue" ADD "minutes_per_visit" integer`);
    await queryRunner.query(
      `ALTER TABLE "service_catalogue" ADD CONSTRAINT "CHK_service_catalogue_minutes_per_visit" CHECK ("minutes_per_visit" IS NULL OR "minutes_per_visit" BETWEEN 1 AND 600)`,
    );
    await queryRunner.query(`ALTER TABLE "decision_services" ADD "minutes_per_visit" integer`);
    await queryRunner.query(
      `ALTER TABLE "decision_services" ADD CONSTRAINT "CHK_decision_services_minutes_per_visit" CHECK ("minutes_per_visit" IS NULL OR "minutes_per_visit" BETWEEN 1 AND 600)`,
    );
    await queryRunner.query(`
      UPDATE "service_catalogue" AS c SET "minutes_per_visit" = v.minutes
        FROM (VALUES
          ('OPPLAERING_EGENMESTRING', 60),
          ('PAARORENDESTOTTE', 120),
          ('BESOKSVENN', 60),
          ('ELEKTRONISK_MEDISINDISPENSER', 10),
          ('TRENINGSGRUPPE', 60),
          ('DAGSENTER', 360),
          ('HVERDAGSREHABILITERING', 60),
          ('PRAKTISK_BISTAND', 60),
          ('MATOMBRINGING', 10),
          ('HJEMMESYKEPLEIE', 30),
          ('PERSONLIG_STELL', 45)
        ) AS v(code, minutes)
       WHERE c.code = v.code`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "decision_services" DROP CONSTRAINT "CHK_decision_services_minutes_per_visit"`,
    );
    await queryRunner.query(`ALTER TABLE "decision_services" DROP COLUMN "minutes_per_visit"`);
    await queryRunner.query(
      `ALTER TABLE "service_catalogue" DROP CONSTRAINT "CHK_service_catalogue_minutes_per_visit"`,
    );
    await queryRunner.query(`ALTER TABLE "service_catalogue" DROP COLUMN "minutes_per_visit"`);
  }
}
