import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class GoalPlans1795439585392 implements MigrationInterface {
  name = 'GoalPlans1795439585392';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "goal_plans" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "patient_id" uuid NOT NULL,
                "status" text NOT NULL DEFAULT 'DRAFT',
                "version" integer NOT NULL DEFAULT '0',
                "agreed_at" TIMESTAMP WITH TIME ZONE,
                "agreed_by" text,
                "representative_name" text,
                "agreed_version" integer,
                "agreement_recorded_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "updated_by" uuid NOT NULL,
                CONSTRAINT "CHK_goal_plans_representative" CHECK (
                    COALESCE("agreed_by" = 'REPRESENTATIVE', false) = ("representative_name" IS NOT NULL)
                    AND char_length("representative_name") <= 200
                ),
                CONSTRAINT "CHK_goal_plans_agreement" CHECK (
                    ("status" = 'DRAFT') = ("agreed_at" IS NULL)
                    AND ("agreed_at" IS NULL) = ("agreed_by" IS NULL)
                    AND ("agreed_at" IS NULL) = ("agreed_version" IS NULL)
                    AND ("agreed_at" IS NULL) = ("agreement_recorded_by" IS NULL)
                    AND (
                        "agreed_version" IS NULL
                        OR "agreed_version" <= "version"
                    )
                ),
                CONSTRAINT "CHK_goal_plans_agreed_by" CHECK (
                    "agreed_by" IS NULL
                    OR "agreed_by" IN ('PERSON', 'REPRESENTATIVE')
                ),
                CONSTRAINT "CHK_goal_plans_version" CHECK ("version" >= 0),
                CONSTRAINT "CHK_goal_plans_status" CHECK (
                    "status" IN ('DRAFT', 'AGREED', 'CHANGED_SINCE_AGREEMENT')
                ),
                CONSTRAINT "PK_goal_plans" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_goal_plans_patient" ON "goal_plans" ("patient_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_goal_plans_case" ON "goal_plans" ("case_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "goals" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "plan_id" uuid NOT NULL,
                "text" text NOT NULL,
                "what_matters" text,
                "function_variable_code" text,
                "baseline_score" integer,
                "target_score" integer,
                "target_date" date NOT NULL,
                "status" text NOT NULL DEFAULT 'PROPOSED',
                "evaluation" text,
                "evaluated_at" TIMESTAMP WITH TIME ZONE,
                "evaluated_by" uuid,
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "created_by" uuid NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "updated_by" uuid NOT NULL,
                "seq" BIGSERIAL NOT NULL,
                CONSTRAINT "CHK_goals_evaluation" CHECK (
                    (
                        "status" IN ('ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED')
                    ) = ("evaluated_at" IS NOT NULL)
                    AND ("evaluated_at" IS NULL) = ("evaluation" IS NULL)
                    AND ("evaluated_at" IS NULL) = ("evaluated_by" IS NULL)
                ),
                CONSTRAINT "CHK_goals_scores" CHECK (
                    (
                        "baseline_score" IS NULL
                        OR "baseline_score" IN (0, 1, 2, 3, 4, 5)
                    )
                    AND (
                        "target_score" IS NULL
                        OR "target_score" IN (0, 1, 2, 3, 4, 5)
                    )
                    AND (
                        "function_variable_code" IS NOT NULL
                        OR (
                            "baseline_score" IS NULL
                            AND "target_score" IS NULL
                        )
                    )
                ),
                CONSTRAINT "CHK_goals_text_length" CHECK (
                    char_length("text") BETWEEN 1 AND 2000
                    AND char_length("what_matters") <= 2000
                    AND char_length("evaluation") <= 5000
                ),
                CONSTRAINT "CHK_goals_version" CHECK ("version" >= 1),
                CONSTRAINT "CHK_goals_status" CHECK (
                    "status" IN (
                        'PROPOSED',
                        'AGREED',
                        'ACHIEVED',
                        'PARTLY_ACHIEVED',
                        'NOT_ACHIEVED',
                        'CANCELLED'
                    )
                ),
                CONSTRAINT "PK_goals" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_goals_plan" ON "goals" ("plan_id", "seq")
        `);
    await queryRunner.query(`
            CREATE TABLE "measures" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "goal_id" uuid NOT NULL,
                "description" text NOT NULL,
                "level" text NOT NULL,
                "justification" text,
                "responsible_kind" text NOT NULL,
                "responsible_profession" text,
                "responsible_staff_id" uuid,
                "responsible_name" text,
                "frequency" text NOT NULL,
                "from_date" date NOT NULL,
                "to_date" date,
                "status" text NOT NULL DEFAULT 'PLANNED',
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "created_by" uuid NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "updated_by" uuid NOT NULL,
                "seq" BIGSERIAL NOT NULL,
                CONSTRAINT "CHK_measures_responsible" CHECK (
                    "responsible_kind" IN ('STAFF', 'RELATIVE', 'VOLUNTEER', 'PERSON')
                    AND ("responsible_kind" = 'STAFF') = ("responsible_profession" IS NOT NULL)
                    AND (
                        "responsible_profession" IS NULL
                        OR "responsible_profession" IN (
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
                    )
                    AND (
                        "responsible_staff_id" IS NULL
                        OR "responsible_kind" = 'STAFF'
                    )
                    AND (
                        "responsible_name" IS NULL
                        OR "responsible_kind" IN ('RELATIVE', 'VOLUNTEER')
                    )
                ),
                CONSTRAINT "CHK_measures_text_length" CHECK (
                    char_length("description") BETWEEN 1 AND 2000
                    AND char_length("frequency") BETWEEN 1 AND 200
                    AND char_length("justification") <= 5000
                    AND char_length("responsible_name") <= 200
                ),
                CONSTRAINT "CHK_measures_dates" CHECK (
                    "to_date" IS NULL
                    OR "to_date" >= "from_date"
                ),
                CONSTRAINT "CHK_measures_version" CHECK ("version" >= 1),
                CONSTRAINT "CHK_measures_level" CHECK (
                    "level" IN (
                        'SELF_MASTERY',
                        'NETWORK',
                        'VOLUNTARY',
                        'WELFARE_TECHNOLOGY',
                        'LOW_THRESHOLD',
                        'EVERYDAY_REHABILITATION',
                        'PRACTICAL_ASSISTANCE',
                        'HOME_NURSING',
                        'SHORT_TERM_STAY',
                        'LONG_TERM_CARE'
                    )
                ),
                CONSTRAINT "CHK_measures_status" CHECK (
                    "status" IN ('PLANNED', 'ACTIVE', 'PAUSED', 'DONE', 'STOPPED')
                ),
                CONSTRAINT "PK_measures" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_measures_goal" ON "measures" ("goal_id", "seq")
        `);
    await queryRunner.query(`
            CREATE TABLE "goal_plan_revisions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "plan_id" uuid NOT NULL,
                "plan_version" integer NOT NULL,
                "action" text NOT NULL,
                "goal_id" uuid,
                "measure_id" uuid,
                "changes" jsonb NOT NULL,
                "changed_by" uuid NOT NULL,
                "changed_by_profession" text NOT NULL,
                "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "seq" BIGSERIAL NOT NULL,
                CONSTRAINT "CHK_goal_plan_revisions_changes" CHECK (jsonb_typeof("changes") = 'array'),
                CONSTRAINT "CHK_goal_plan_revisions_profession" CHECK (
                    "changed_by_profession" IN (
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
                CONSTRAINT "CHK_goal_plan_revisions_version" CHECK ("plan_version" >= 1),
                CONSTRAINT "CHK_goal_plan_revisions_action" CHECK (
                    "action" IN (
                        'ADD_GOAL',
                        'UPDATE_GOAL',
                        'EVALUATE_GOAL',
                        'ADD_MEASURE',
                        'UPDATE_MEASURE',
                        'AGREE_PLAN'
                    )
                ),
                CONSTRAINT "PK_goal_plan_revisions" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_goal_plan_revisions_measure" ON "goal_plan_revisions" ("measure_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_goal_plan_revisions_goal" ON "goal_plan_revisions" ("goal_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_goal_plan_revisions_plan_version" ON "goal_plan_revisions" ("plan_id", "plan_version")
        `);
    await queryRunner.query(`
            ALTER TABLE "goal_plans"
            ADD CONSTRAINT "FK_goal_plans_case" FOREIGN KEY ("case_id") REFERENCES "assessment_cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "goal_plans"
            ADD CONSTRAINT "FK_goal_plans_patient" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "goal_plans"
            ADD CONSTRAINT "FK_goal_plans_agreement_recorded_by" FOREIGN KEY ("agreement_recorded_by") REFERENCES "staff_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "goal_plans"
            ADD CONSTRAINT "FK_goal_plans_updated_by" FOREIGN KEY ("updated_by") REFERENCES "staff_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "goals"
            ADD CONSTRAINT "FK_goals_plan" FOREIGN KEY ("plan_id") REFERENCES "goal_plans"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "goals"
            ADD CONSTRAINT "FK_goals_function_variable" FOREIGN KEY ("function_variable_code") REFERENCES "function_variables"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "goals"
            ADD CONSTRAINT "FK_goals_evaluated_by" FOREIGN KEY ("evaluated_by") REFERENCES "staff_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "goals"
            ADD CONSTRAINT "FK_goals_created_by" FOREIGN KEY ("created_by") REFERENCES "staff_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "goals"
            ADD CONSTRAINT "FK_goals_updated_by" FOREIGN KEY ("updated_by") REFERENCES "staff_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "measures"
            ADD CONSTRAINT "FK_measures_goal" FOREIGN KEY ("goal_id") REFERENCES "goals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "measures"
            ADD CONSTRAINT "FK_measures_responsible_staff" FOREIGN KEY ("responsible_staff_id") REFERENCES "staff_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "measures"
            ADD CONSTRAINT "FK_measures_created_by" FOREIGN KEY ("created_by") REFERENCES "staff_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "measures"
            ADD CONSTRAINT "FK_measures_updated_by" FOREIGN KEY ("updated_by") REFERENCES "staff_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "goal_plan_revisions"
            ADD CONSTRAINT "FK_goal_plan_revisions_plan" FOREIGN KEY ("plan_id") REFERENCES "goal_plans"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "goal_plan_revisions"
            ADD CONSTRAINT "FK_goal_plan_revisions_goal" FOREIGN KEY ("goal_id") REFERENCES "goals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "goal_plan_revisions"
            ADD CONSTRAINT "FK_goal_plan_revisions_measure" FOREIGN KEY ("measure_id") REFERENCES "measures"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "goal_plan_revisions"
            ADD CONSTRAINT "FK_goal_plan_revisions_changed_by" FOREIGN KEY ("changed_by") REFERENCES "staff_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    // Hand-written. Every change of a goal plan is kept: the database refuses to change or
    // remove a revision, also for a direct SQL session.
    await queryRunner.query(`
            CREATE TRIGGER "TR_goal_plan_revisions_append_only" BEFORE UPDATE OR DELETE ON "goal_plan_revisions"
            FOR EACH ROW EXECUTE FUNCTION kartlegg_refuse_change()
        `);
    await queryRunner.query(`
            CREATE TRIGGER "TR_goal_plan_revisions_no_truncate" BEFORE TRUNCATE ON "goal_plan_revisions"
            FOR EACH STATEMENT EXECUTE FUNCTION kartlegg_refuse_change()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TRIGGER "TR_goal_plan_revisions_no_truncate" ON "goal_plan_revisions"`,
    );
    await queryRunner.query(
      `DROP TRIGGER "TR_goal_plan_revisions_append_only" ON "goal_plan_revisions"`,
    );
    await queryRunner.query(`
            ALTER TABLE "goal_plan_revisions" DROP CONSTRAINT "FK_goal_plan_revisions_changed_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "goal_plan_revisions" DROP CONSTRAINT "FK_goal_plan_revisions_measure"
        `);
    await queryRunner.query(`
            ALTER TABLE "goal_plan_revisions" DROP CONSTRAINT "FK_goal_plan_revisions_goal"
        `);
    await queryRunner.query(`
            ALTER TABLE "goal_plan_revisions" DROP CONSTRAINT "FK_goal_plan_revisions_plan"
        `);
    await queryRunner.query(`
            ALTER TABLE "measures" DROP CONSTRAINT "FK_measures_updated_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "measures" DROP CONSTRAINT "FK_measures_created_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "measures" DROP CONSTRAINT "FK_measures_responsible_staff"
        `);
    await queryRunner.query(`
            ALTER TABLE "measures" DROP CONSTRAINT "FK_measures_goal"
        `);
    await queryRunner.query(`
            ALTER TABLE "goals" DROP CONSTRAINT "FK_goals_updated_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "goals" DROP CONSTRAINT "FK_goals_created_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "goals" DROP CONSTRAINT "FK_goals_evaluated_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "goals" DROP CONSTRAINT "FK_goals_function_variable"
        `);
    await queryRunner.query(`
            ALTER TABLE "goals" DROP CONSTRAINT "FK_goals_plan"
        `);
    await queryRunner.query(`
            ALTER TABLE "goal_plans" DROP CONSTRAINT "FK_goal_plans_updated_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "goal_plans" DROP CONSTRAINT "FK_goal_plans_agreement_recorded_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "goal_plans" DROP CONSTRAINT "FK_goal_plans_patient"
        `);
    await queryRunner.query(`
            ALTER TABLE "goal_plans" DROP CONSTRAINT "FK_goal_plans_case"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_goal_plan_revisions_plan_version"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_goal_plan_revisions_goal"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_goal_plan_revisions_measure"
        `);
    await queryRunner.query(`
            DROP TABLE "goal_plan_revisions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_measures_goal"
        `);
    await queryRunner.query(`
            DROP TABLE "measures"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_goals_plan"
        `);
    await queryRunner.query(`
            DROP TABLE "goals"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_goal_plans_case"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_goal_plans_patient"
        `);
    await queryRunner.query(`
            DROP TABLE "goal_plans"
        `);
  }
}
