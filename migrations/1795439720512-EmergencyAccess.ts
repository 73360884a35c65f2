import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class EmergencyAccess1795439720512 implements MigrationInterface {
  name = 'EmergencyAccess1795439720512';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "emergency_access_grants" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "staff_id" uuid NOT NULL,
                "staff_profession" text NOT NULL,
                "case_id" uuid NOT NULL,
                "patient_id" uuid NOT NULL,
                "reason" text NOT NULL,
                "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "request_id" text NOT NULL,
                CONSTRAINT "CHK_emergency_access_grants_reason" CHECK (length(btrim("reason")) > 0),
                CONSTRAINT "CHK_emergency_access_grants_period" CHECK ("expires_at" > "granted_at"),
                CONSTRAINT "PK_emergency_access_grants" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_emergency_access_grants_granted_at" ON "emergency_access_grants" ("granted_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_emergency_access_grants_case" ON "emergency_access_grants" ("case_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_emergency_access_grants_staff" ON "emergency_access_grants" ("staff_id", "expires_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "emergency_access_grants"
            ADD CONSTRAINT "FK_emergency_access_grants_staff" FOREIGN KEY ("staff_id") REFERENCES "staff_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "emergency_access_grants"
            ADD CONSTRAINT "FK_emergency_access_grants_case" FOREIGN KEY ("case_id") REFERENCES "assessment_cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "emergency_access_grants"
            ADD CONSTRAINT "FK_emergency_access_grants_patient" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);

    // Hand-written: a grant is evidence for the privacy officer; it runs out, it is never
    // changed or removed (the same append-only triggers as the audit trail).
    await queryRunner.query(`
            CREATE TRIGGER "TR_emergency_access_grants_append_only" BEFORE UPDATE OR DELETE ON "emergency_access_grants"
            FOR EACH ROW EXECUTE FUNCTION kartlegg_refuse_change()
        `);
    await queryRunner.query(`
            CREATE TRIGGER "TR_emergency_access_grants_no_truncate" BEFORE TRUNCATE ON "emergency_access_grants"
            FOR EACH STATEMENT EXECUTE FUNCTION kartlegg_refuse_change()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TRIGGER "TR_emergency_access_grants_no_truncate" ON "emergency_access_grants"`,
    );
    await queryRunner.query(
      `DROP TRIGGER "TR_emergency_access_grants_append_only" ON "emergency_access_grants"`,
    );
    await queryRunner.query(`
            ALTER TABLE "emergency_access_grants" DROP CONSTRAINT "FK_emergency_access_grants_patient"
        `);
    await queryRunner.query(`
            ALTER TABLE "emergency_access_grants" DROP CONSTRAINT "FK_emergency_access_grants_case"
        `);
    await queryRunner.query(`
            ALTER TABLE "emergency_access_grants" DROP CONSTRAINT "FK_emergency_access_grants_staff"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_emergency_access_grants_staff"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_emergency_access_grants_case"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_emergency_access_grants_granted_at"
        `);
    await queryRunner.query(`
            DROP TABLE "emergency_access_grants"
        `);
  }
}
