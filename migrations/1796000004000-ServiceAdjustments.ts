import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropAppendOnly, makeAppendOnly } from 'src/database/append-only';

/**
 * Delegated adjustment (issue 16, Kolding): the receiving unit's moves of a decided service's
 * weekly time within the frame, and the team caseworker's confirmation or reversal of each.
 * Both tables are append-only: a decision is never changed, and a review is a row of its own
 * (pending: no review row).
 */
export class ServiceAdjustments1796000004000 implements MigrationInterface {
  name = 'ServiceAdjustments1796000004000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "service_adjustments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "decision_service_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "hours_per_week" numeric(5, 2) NOT NULL,
                "previous_hours" numeric(5, 2) NOT NULL,
                "reason" text NOT NULL,
                "adjusted_by" uuid NOT NULL,
                "adjusted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "week" text NOT NULL,
                "seq" BIGSERIAL NOT NULL,
                CONSTRAINT "CHK_service_adjustments_week" CHECK ("week" ~ '^[0-9]{4}-W[0-9]{2}$'),
                CONSTRAINT "CHK_service_adjustments_previous" CHECK ("previous_hours" >= 0 AND "previous_hours" <= 168),
                CONSTRAINT "CHK_service_adjustments_hours" CHECK ("hours_per_week" >= 0 AND "hours_per_week" <= 168),
                CONSTRAINT "PK_service_adjustments" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(
      `CREATE INDEX "IX_service_adjustments_service" ON "service_adjustments" ("decision_service_id", "seq")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_service_adjustments_case" ON "service_adjustments" ("case_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_service_adjustments_week" ON "service_adjustments" ("week")`,
    );
    await queryRunner.query(`
            CREATE TABLE "service_adjustment_reviews" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "adjustment_id" uuid NOT NULL,
                "verdict" text NOT NULL,
                "reason" text,
                "reviewed_by" uuid NOT NULL,
                "reviewed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "CHK_service_adjustment_reviews_verdict" CHECK ("verdict" IN ('CONFIRMED', 'REVERSED')),
                CONSTRAINT "PK_service_adjustment_reviews" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_service_adjustment_reviews_adjustment" ON "service_adjustment_reviews" ("adjustment_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_adjustments" ADD CONSTRAINT "FK_service_adjustments_service" FOREIGN KEY ("decision_service_id") REFERENCES "decision_services"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_adjustments" ADD CONSTRAINT "FK_service_adjustments_case" FOREIGN KEY ("case_id") REFERENCES "assessment_cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_adjustments" ADD CONSTRAINT "FK_service_adjustments_by" FOREIGN KEY ("adjusted_by") REFERENCES "staff_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_adjustment_reviews" ADD CONSTRAINT "FK_service_adjustment_reviews_adjustment" FOREIGN KEY ("adjustment_id") REFERENCES "service_adjustments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_adjustment_reviews" ADD CONSTRAINT "FK_service_adjustment_reviews_by" FOREIGN KEY ("reviewed_by") REFERENCES "staff_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await makeAppendOnly(queryRunner, 'service_adjustments');
    await makeAppendOnly(queryRunner, 'service_adjustment_reviews');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropAppendOnly(queryRunner, 'service_adjustment_reviews');
    await dropAppendOnly(queryRunner, 'service_adjustments');
    await queryRunner.query(`DROP TABLE "service_adjustment_reviews"`);
    await queryRunner.query(`DROP TABLE "service_adjustments"`);
  }
}
