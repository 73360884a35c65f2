import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Goals and measures get a `position`: the team puts them in the order that matters to the
 * person (`reorderGoals`, `reorderMeasures`). Existing plans keep the order they were written
 * in (insertion order, `seq`). Revisions can now record a reordering.
 */
export class GoalPlanOrder1795460000000 implements MigrationInterface {
  name = 'GoalPlanOrder1795460000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "goals" ADD "position" integer`);
    await queryRunner.query(`
            UPDATE "goals" g SET "position" = o."n"
              FROM (SELECT "id", row_number() OVER (PARTITION BY "plan_id" ORDER BY "seq") AS "n" FROM "goals") o
             WHERE o."id" = g."id"
        `);
    await queryRunner.query(`ALTER TABLE "goals" ALTER COLUMN "position" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "goals" ADD CONSTRAINT "CHK_goals_position" CHECK ("position" >= 1)`,
    );
    await queryRunner.query(`ALTER TABLE "measures" ADD "position" integer`);
    await queryRunner.query(`
            UPDATE "measures" m SET "position" = o."n"
              FROM (SELECT "id", row_number() OVER (PARTITION BY "goal_id" ORDER BY "seq") AS "n" FROM "measures") o
             WHERE o."id" = m."id"
        `);
    await queryRunner.query(`ALTER TABLE "measures" ALTER COLUMN "position" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "measures" ADD CONSTRAINT "CHK_measures_position" CHECK ("position" >= 1)`,
    );
    await queryRunner.query(
      `ALTER TABLE "goal_plan_revisions" DROP CONSTRAINT "CHK_goal_plan_revisions_action"`,
    );
    await queryRunner.query(`
            ALTER TABLE "goal_plan_revisions" ADD CONSTRAINT "CHK_goal_plan_revisions_action" CHECK (
                "action" IN (
                    'ADD_GOAL',
                    'UPDATE_GOAL',
                    'EVALUATE_GOAL',
                    'ADD_MEASURE',
                    'UPDATE_MEASURE',
                    'AGREE_PLAN',
                    'REORDER_GOALS',
                    'REORDER_MEASURES'
                )
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "goal_plan_revisions" DROP CONSTRAINT "CHK_goal_plan_revisions_action"`,
    );
    await queryRunner.query(`
            ALTER TABLE "goal_plan_revisions" ADD CONSTRAINT "CHK_goal_plan_revisions_action" CHECK (
                "action" IN (
                    'ADD_GOAL',
                    'UPDATE_GOAL',
                    'EVALUATE_GOAL',
                    'ADD_MEASURE',
                    'UPDATE_MEASURE',
                    'AGREE_PLAN'
                )
            ) NOT VALID
        `);
    await queryRunner.query(`ALTER TABLE "measures" DROP CONSTRAINT "CHK_measures_position"`);
    await queryRunner.query(`ALTER TABLE "measures" DROP COLUMN "position"`);
    await queryRunner.query(`ALTER TABLE "goals" DROP CONSTRAINT "CHK_goals_position"`);
    await queryRunner.query(`ALTER TABLE "goals" DROP COLUMN "position"`);
  }
}
