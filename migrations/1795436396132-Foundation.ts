import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class Foundation1795436396132 implements MigrationInterface {
  name = 'Foundation1795436396132';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "audit_events" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
                "request_id" text NOT NULL,
                "actor_id" uuid,
                "actor_profession" text,
                "action" text NOT NULL,
                "access" text NOT NULL,
                "patient_ids" uuid array NOT NULL DEFAULT '{}',
                "case_ids" uuid array NOT NULL DEFAULT '{}',
                "args" jsonb NOT NULL DEFAULT '{}',
                "emergency" boolean NOT NULL DEFAULT false,
                CONSTRAINT "CHK_audit_events_access" CHECK ("access" IN ('READ', 'WRITE', 'REFUSED')),
                CONSTRAINT "PK_audit_events" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_audit_events_actor" ON "audit_events" ("actor_id", "occurred_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_audit_events_occurred_at" ON "audit_events" ("occurred_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "districts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_districts" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "assessment_teams" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" text NOT NULL,
                "service_area" text NOT NULL,
                "district_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_assessment_teams_service_area" CHECK ("service_area" IN ('SOMATIC', 'MENTAL_HEALTH')),
                CONSTRAINT "PK_assessment_teams" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_assessment_teams_district_area" ON "assessment_teams" ("district_id", "service_area")
        `);
    await queryRunner.query(`
            CREATE TABLE "service_units" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" text NOT NULL,
                "kind" text NOT NULL,
                "is_external" boolean NOT NULL DEFAULT false,
                "district_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_service_units_kind" CHECK (
                    "kind" IN ('HOME_CARE', 'LOW_THRESHOLD', 'OTHER')
                ),
                CONSTRAINT "PK_service_units" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_service_units_district" ON "service_units" ("district_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "staff_members" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "subject" text NOT NULL,
                "email" text NOT NULL,
                "name" text NOT NULL,
                "profession" text NOT NULL,
                "active" boolean NOT NULL DEFAULT true,
                "deactivated_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_staff_members_profession" CHECK (
                    "profession" IN (
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
                CONSTRAINT "PK_staff_members" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_staff_members_subject" ON "staff_members" ("subject")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_staff_members_email" ON "staff_members" ("email")
        `);
    await queryRunner.query(`
            CREATE TABLE "team_memberships" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "staff_id" uuid NOT NULL,
                "team_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_team_memberships" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_team_memberships_team" ON "team_memberships" ("team_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_team_memberships_staff_team" ON "team_memberships" ("staff_id", "team_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "unit_memberships" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "staff_id" uuid NOT NULL,
                "unit_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_unit_memberships" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_unit_memberships_unit" ON "unit_memberships" ("unit_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_unit_memberships_staff_unit" ON "unit_memberships" ("staff_id", "unit_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "patient_contacts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "patient_id" uuid NOT NULL,
                "name" text NOT NULL,
                "relation" text NOT NULL,
                "phone" text,
                "is_next_of_kin" boolean NOT NULL DEFAULT false,
                "help_given" text,
                CONSTRAINT "PK_patient_contacts" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_patient_contacts_patient" ON "patient_contacts" ("patient_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "patients" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "national_id" text NOT NULL,
                "national_id_country" text NOT NULL,
                "given_name" text NOT NULL,
                "family_name" text NOT NULL,
                "birth_date" date NOT NULL,
                "address" text NOT NULL,
                "postal_code" text,
                "city" text,
                "phone" text,
                "district_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "created_by" uuid,
                CONSTRAINT "CHK_patients_country" CHECK ("national_id_country" IN ('NO', 'DK')),
                CONSTRAINT "PK_patients" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_patients_family_name" ON "patients" ("family_name", "given_name", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_patients_district" ON "patients" ("district_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_patients_national_id" ON "patients" ("national_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "assessment_teams"
            ADD CONSTRAINT "FK_assessment_teams_district" FOREIGN KEY ("district_id") REFERENCES "districts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "service_units"
            ADD CONSTRAINT "FK_service_units_district" FOREIGN KEY ("district_id") REFERENCES "districts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "team_memberships"
            ADD CONSTRAINT "FK_team_memberships_staff" FOREIGN KEY ("staff_id") REFERENCES "staff_members"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "team_memberships"
            ADD CONSTRAINT "FK_team_memberships_team" FOREIGN KEY ("team_id") REFERENCES "assessment_teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "unit_memberships"
            ADD CONSTRAINT "FK_unit_memberships_staff" FOREIGN KEY ("staff_id") REFERENCES "staff_members"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "unit_memberships"
            ADD CONSTRAINT "FK_unit_memberships_unit" FOREIGN KEY ("unit_id") REFERENCES "service_units"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "patient_contacts"
            ADD CONSTRAINT "FK_patient_contacts_patient" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "patients"
            ADD CONSTRAINT "FK_patients_district" FOREIGN KEY ("district_id") REFERENCES "districts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);

    // Hand-written: what TypeORM's decorators cannot say.
    // "Who has looked at my journal": the audit trail is searched by person.
    await queryRunner.query(`
            CREATE INDEX "IX_audit_events_patient_ids" ON "audit_events" USING gin ("patient_ids")
        `);
    // Append-only tables (audit, later journal and revisions): the database itself
    // refuses UPDATE, DELETE and TRUNCATE, also for a direct SQL session.
    await queryRunner.query(`
            CREATE FUNCTION kartlegg_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '% on % is not allowed: the table is append-only', TG_OP, TG_TABLE_NAME
                    USING ERRCODE = 'insufficient_privilege';
            END
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER "TR_audit_events_append_only" BEFORE UPDATE OR DELETE ON "audit_events"
            FOR EACH ROW EXECUTE FUNCTION kartlegg_refuse_change()
        `);
    await queryRunner.query(`
            CREATE TRIGGER "TR_audit_events_no_truncate" BEFORE TRUNCATE ON "audit_events"
            FOR EACH STATEMENT EXECUTE FUNCTION kartlegg_refuse_change()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TR_audit_events_no_truncate" ON "audit_events"`);
    await queryRunner.query(`DROP TRIGGER "TR_audit_events_append_only" ON "audit_events"`);
    await queryRunner.query(`DROP FUNCTION kartlegg_refuse_change()`);
    await queryRunner.query(`DROP INDEX "IX_audit_events_patient_ids"`);
    await queryRunner.query(`
            ALTER TABLE "patients" DROP CONSTRAINT "FK_patients_district"
        `);
    await queryRunner.query(`
            ALTER TABLE "patient_contacts" DROP CONSTRAINT "FK_patient_contacts_patient"
        `);
    await queryRunner.query(`
            ALTER TABLE "unit_memberships" DROP CONSTRAINT "FK_unit_memberships_unit"
        `);
    await queryRunner.query(`
            ALTER TABLE "unit_memberships" DROP CONSTRAINT "FK_unit_memberships_staff"
        `);
    await queryRunner.query(`
            ALTER TABLE "team_memberships" DROP CONSTRAINT "FK_team_memberships_team"
        `);
    await queryRunner.query(`
            ALTER TABLE "team_memberships" DROP CONSTRAINT "FK_team_memberships_staff"
        `);
    await queryRunner.query(`
            ALTER TABLE "service_units" DROP CONSTRAINT "FK_service_units_district"
        `);
    await queryRunner.query(`
            ALTER TABLE "assessment_teams" DROP CONSTRAINT "FK_assessment_teams_district"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_patients_national_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_patients_district"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_patients_family_name"
        `);
    await queryRunner.query(`
            DROP TABLE "patients"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_patient_contacts_patient"
        `);
    await queryRunner.query(`
            DROP TABLE "patient_contacts"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_unit_memberships_staff_unit"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_unit_memberships_unit"
        `);
    await queryRunner.query(`
            DROP TABLE "unit_memberships"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_team_memberships_staff_team"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_team_memberships_team"
        `);
    await queryRunner.query(`
            DROP TABLE "team_memberships"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_staff_members_email"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_staff_members_subject"
        `);
    await queryRunner.query(`
            DROP TABLE "staff_members"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_service_units_district"
        `);
    await queryRunner.query(`
            DROP TABLE "service_units"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_assessment_teams_district_area"
        `);
    await queryRunner.query(`
            DROP TABLE "assessment_teams"
        `);
    await queryRunner.query(`
            DROP TABLE "districts"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_audit_events_occurred_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_audit_events_actor"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_events"
        `);
  }
}
