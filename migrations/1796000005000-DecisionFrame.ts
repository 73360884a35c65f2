import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Kolding (issue 16): a decision may narrow the frame of delegated adjustment for a service,
 * in hours a week up and down from the decided time. Null: the setting's frame.
 */
export class DecisionFrame1796000005000 implements MigrationInterface {
  name = 'DecisionFrame1796000005000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "decision_services" ADD "delegated_frame_hours" numeric(5,2)`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision_services" ADD CONSTRAINT "CHK_decision_services_delegated_frame_hours" CHECK ("delegated_frame_hours" IS NULL OR "delegated_frame_hours" BETWEEN 0 AND 168)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "decision_services" DROP CONSTRAINT "CHK_decision_services_delegated_frame_hours"`,
    );
    await queryRunner.query(`ALTER TABLE "decision_services" DROP COLUMN "delegated_frame_hours"`);
  }
}
