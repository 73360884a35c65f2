import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class IntakeAndCases1795437490880 implements MigrationInterface {
  name = 'IntakeAndCases1795437490880';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "assessment_cases" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "patient_id" uuid NOT NULL,
                "team_id" uuid NOT NULL,
                "service_area" text NOT NULL,
                "status" text NOT NULL,
                "coordinator_id" uuid NOT NULL,
                "accepted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "accepted_on" date NOT NULL,
                "clarification_days" integer NOT NULL,
                "extension_days" integer NOT NULL DEFAULT '0',
                "hold_days" integer NOT NULL DEFAULT '0',
                "deadline_date" date NOT NULL,
                "on_hold_since" date,
                "decided_on" date,
                "goal_plan_agreed" boolean NOT NULL DEFAULT false,
                "cancel_reason" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_assessment_cases_on_hold" CHECK (
                    ("status" = 'ON_HOLD') = ("on_hold_since" IS NOT NULL)
                ),
                CONSTRAINT "CHK_assessment_cases_days" CHECK (
                    "clarification_days" > 0
                    AND "extension_days" >= 0
                    AND "hold_days" >= 0
                ),
                CONSTRAINT "CHK_assessment_cases_service_area" CHECK ("service_area" IN ('SOMATIC', 'MENTAL_HEALTH')),
                CONSTRAINT "CHK_assessment_cases_status" CHECK (
                    "status" IN (
                        'ACTIVE',
                        'ON_HOLD',
                        'DECIDED',
                        'HANDED_OVER',
                        'CLOSED',
                        'CANCELLED'
                    )
                ),
                CONSTRAINT "PK_assessment_cases" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_assessment_cases_patient" ON "assessment_cases" ("patient_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_assessment_cases_one_open_per_patient" ON "assessment_cases" ("patient_id")
            WHERE "status" NOT IN ('CLOSED', 'CANCELLED')
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_assessment_cases_coordinator" ON "assessment_cases" ("coordinator_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_assessment_cases_team_status_deadline" ON "assessment_cases" ("team_id", "status", "deadline_date")
        `);
    await queryRunner.query(`
            CREATE TABLE "case_history" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "action" text NOT NULL,
                "from_status" text,
                "to_status" text NOT NULL,
                "reason" text,
                "actor_id" uuid NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "seq" BIGSERIAL NOT NULL,
                CONSTRAINT "CHK_case_history_from" CHECK (
                    "from_status" IS NULL
                    OR "from_status" IN (
                        'ACTIVE',
                        'ON_HOLD',
                        'DECIDED',
                        'HANDED_OVER',
                        'CLOSED',
                        'CANCELLED'
                    )
                ),
                CONSTRAINT "CHK_case_history_to" CHECK (
                    "to_status" IN (
                        'ACTIVE',
                        'ON_HOLD',
                        'DECIDED',
                        'HANDED_OVER',
                        'CLOSED',
                        'CANCELLED'
                    )
                ),
                CONSTRAINT "PK_case_history" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_case_history_case" ON "case_history" ("case_id", "seq")
        `);
    await queryRunner.query(`
            CREATE TABLE "case_holds" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "from_date" date NOT NULL,
                "until_date" date,
                "reason" text NOT NULL,
                "started_by" uuid NOT NULL,
                CONSTRAINT "CHK_case_holds_dates" CHECK (
                    "until_date" IS NULL
                    OR "until_date" >= "from_date"
                ),
                CONSTRAINT "PK_case_holds" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_case_holds_case" ON "case_holds" ("case_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "deadline_extensions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "days" integer NOT NULL,
                "reason" text NOT NULL,
                "extended_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_deadline_extensions_days" CHECK (
                    "days" BETWEEN 1 AND 60
                ),
                CONSTRAINT "PK_deadline_extensions" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_deadline_extensions_case" ON "deadline_extensions" ("case_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "case_members" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "staff_id" uuid NOT NULL,
                "role" text NOT NULL,
                "assigned_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_case_members_role" CHECK (
                    "role" IN ('PRIMARY_CONTACT', 'ASSESSOR', 'CONSULTANT')
                ),
                CONSTRAINT "PK_case_members" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_case_members_staff" ON "case_members" ("staff_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_case_members_case_staff" ON "case_members" ("case_id", "staff_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "interim_services" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "description" text NOT NULL,
                "frequency" text NOT NULL,
                "from_date" date NOT NULL,
                "to_date" date,
                "responsible" text NOT NULL,
                "recorded_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_interim_services_dates" CHECK (
                    "to_date" IS NULL
                    OR "to_date" >= "from_date"
                ),
                CONSTRAINT "CHK_interim_services_kind" CHECK (
                    "kind" IN (
                        'HOME_NURSING',
                        'PERSONAL_CARE',
                        'PRACTICAL_ASSISTANCE',
                        'SAFETY_ALARM',
                        'MEALS',
                        'AIDS',
                        'SHORT_TERM_STAY',
                        'OTHER'
                    )
                ),
                CONSTRAINT "PK_interim_services" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_interim_services_case" ON "interim_services" ("case_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "referrals" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "patient_id" uuid NOT NULL,
                "team_id" uuid NOT NULL,
                "source" text NOT NULL,
                "channel" text NOT NULL,
                "received_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "description" text NOT NULL,
                "help_requested" text NOT NULL,
                "urgency" text NOT NULL,
                "requested_level" text,
                "referrer_name" text,
                "referrer_contact" text,
                "status" text NOT NULL DEFAULT 'RECEIVED',
                "case_id" uuid,
                "rejection_reason" text,
                "redirected_to" text,
                "redirect_reason" text,
                "triaged_at" TIMESTAMP WITH TIME ZONE,
                "triaged_by" uuid,
                "registered_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_referrals_accepted_has_case" CHECK (
                    "status" <> 'ACCEPTED'
                    OR "case_id" IS NOT NULL
                ),
                CONSTRAINT "CHK_referrals_requested_level" CHECK (
                    "requested_level" IS NULL
                    OR "requested_level" IN (
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
                CONSTRAINT "CHK_referrals_status" CHECK (
                    "status" IN ('RECEIVED', 'ACCEPTED', 'REJECTED', 'REDIRECTED')
                ),
                CONSTRAINT "CHK_referrals_urgency" CHECK ("urgency" IN ('NORMAL', 'URGENT')),
                CONSTRAINT "CHK_referrals_channel" CHECK (
                    "channel" IN ('PHONE', 'LETTER', 'DIGITAL', 'MEETING')
                ),
                CONSTRAINT "CHK_referrals_source" CHECK (
                    "source" IN (
                        'SELF',
                        'RELATIVE',
                        'GP',
                        'HOSPITAL_DISCHARGE',
                        'HOME_CARE',
                        'OTHER'
                    )
                ),
                CONSTRAINT "PK_referrals" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_referrals_case" ON "referrals" ("case_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_referrals_patient" ON "referrals" ("patient_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_referrals_team_status" ON "referrals" ("team_id", "status")
        `);
    await queryRunner.query(`
            ALTER TABLE "assessment_cases"
            ADD CONSTRAINT "FK_assessment_cases_patient" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "assessment_cases"
            ADD CONSTRAINT "FK_assessment_cases_team" FOREIGN KEY ("team_id") REFERENCES "assessment_teams"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "assessment_cases"
            ADD CONSTRAINT "FK_assessment_cases_coordinator" FOREIGN KEY ("coordinator_id") REFERENCES "staff_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_history"
            ADD CONSTRAINT "FK_case_history_case" FOREIGN KEY ("case_id") REFERENCES "assessment_cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_history"
            ADD CONSTRAINT "FK_case_history_actor" FOREIGN KEY ("actor_id") REFERENCES "staff_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_holds"
            ADD CONSTRAINT "FK_case_holds_case" FOREIGN KEY ("case_id") REFERENCES "assessment_cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "deadline_extensions"
            ADD CONSTRAINT "FK_deadline_extensions_case" FOREIGN KEY ("case_id") REFERENCES "assessment_cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_members"
            ADD CONSTRAINT "FK_case_members_case" FOREIGN KEY ("case_id") REFERENCES "assessment_cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_members"
            ADD CONSTRAINT "FK_case_members_staff" FOREIGN KEY ("staff_id") REFERENCES "staff_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interim_services"
            ADD CONSTRAINT "FK_interim_services_case" FOREIGN KEY ("case_id") REFERENCES "assessment_cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "referrals"
            ADD CONSTRAINT "FK_referrals_patient" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "referrals"
            ADD CONSTRAINT "FK_referrals_team" FOREIGN KEY ("team_id") REFERENCES "assessment_teams"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "referrals"
            ADD CONSTRAINT "FK_referrals_case" FOREIGN KEY ("case_id") REFERENCES "assessment_cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    // Hand-written: case history is append-only, like the audit trail.
    await queryRunner.query(`
            CREATE TRIGGER "TR_case_history_append_only" BEFORE UPDATE OR DELETE ON "case_history"
            FOR EACH ROW EXECUTE FUNCTION kartlegg_refuse_change()
        `);
    await queryRunner.query(`
            CREATE TRIGGER "TR_case_history_no_truncate" BEFORE TRUNCATE ON "case_history"
            FOR EACH STATEMENT EXECUTE FUNCTION kartlegg_refuse_change()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TR_case_history_no_truncate" ON "case_history"`);
    await queryRunner.query(`DROP TRIGGER "TR_case_history_append_only" ON "case_history"`);
    await queryRunner.query(`
            ALTER TABLE "referrals" DROP CONSTRAINT "FK_referrals_case"
        `);
    await queryRunner.query(`
            ALTER TABLE "referrals" DROP CONSTRAINT "FK_referrals_team"
        `);
    await queryRunner.query(`
            ALTER TABLE "referrals" DROP CONSTRAINT "FK_referrals_patient"
        `);
    await queryRunner.query(`
            ALTER TABLE "interim_services" DROP CONSTRAINT "FK_interim_services_case"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_members" DROP CONSTRAINT "FK_case_members_staff"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_members" DROP CONSTRAINT "FK_case_members_case"
        `);
    await queryRunner.query(`
            ALTER TABLE "deadline_extensions" DROP CONSTRAINT "FK_deadline_extensions_case"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_holds" DROP CONSTRAINT "FK_case_holds_case"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_history" DROP CONSTRAINT "FK_case_history_actor"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_history" DROP CONSTRAINT "FK_case_history_case"
        `);
    await queryRunner.query(`
            ALTER TABLE "assessment_cases" DROP CONSTRAINT "FK_assessment_cases_coordinator"
        `);
    await queryRunner.query(`
            ALTER TABLE "assessment_cases" DROP CONSTRAINT "FK_assessment_cases_team"
        `);
    await queryRunner.query(`
            ALTER TABLE "assessment_cases" DROP CONSTRAINT "FK_assessment_cases_patient"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_referrals_team_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_referrals_patient"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_referrals_case"
        `);
    await queryRunner.query(`
            DROP TABLE "referrals"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_interim_services_case"
        `);
    await queryRunner.query(`
            DROP TABLE "interim_services"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_case_members_case_staff"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_case_members_staff"
        `);
    await queryRunner.query(`
            DROP TABLE "case_members"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_deadline_extensions_case"
        `);
    await queryRunner.query(`
            DROP TABLE "deadline_extensions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_case_holds_case"
        `);
    await queryRunner.query(`
            DROP TABLE "case_holds"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_case_history_case"
        `);
    await queryRunner.query(`
            DROP TABLE "case_history"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_assessment_cases_team_status_deadline"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_assessment_cases_coordinator"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_assessment_cases_one_open_per_patient"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_assessment_cases_patient"
        `);
    await queryRunner.query(`
            DROP TABLE "assessment_cases"
        `);
  }
}
