import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One entry (issue 16, part 2a; Billund): a referral can be resolved at first contact
 * (status RESOLVED_DIRECTLY, with an outcome and a note on the referral, and no case), and a
 * call back can be promised with a due time (`referral_callbacks`, one row per promise: a
 * moved callback keeps its replaced row; at most one open per referral).
 */
export class SingleEntry1796000001000 implements MigrationInterface {
  name = 'SingleEntry1796000001000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const sql of [
      `ALTER TABLE "referrals" DROP CONSTRAINT "CHK_referrals_status"`,
      `ALTER TABLE "referrals" ADD CONSTRAINT "CHK_referrals_status" CHECK ("status" IN ('RECEIVED', 'ACCEPTED', 'REJECTED', 'REDIRECTED', 'RESOLVED_DIRECTLY'))`,
      `ALTER TABLE "referrals" ADD "direct_outcome" text`,
      `ALTER TABLE "referrals" ADD "direct_note" text`,
      `ALTER TABLE "referrals" ADD CONSTRAINT "CHK_referrals_direct_outcome" CHECK ("direct_outcome" IS NULL OR "direct_outcome" IN ('INFORMATION_GIVEN', 'LOW_THRESHOLD_OFFER', 'AID_OR_TECHNOLOGY', 'OTHER'))`,
      `ALTER TABLE "referrals" ADD CONSTRAINT "CHK_referrals_resolved_directly" CHECK (("status" = 'RESOLVED_DIRECTLY') = ("direct_outcome" IS NOT NULL AND "direct_note" IS NOT NULL AND "case_id" IS NULL))`,
      `CREATE TABLE "referral_callbacks" (
         "id" uuid NOT NULL DEFAULT gen_random_uuid(),
         "referral_id" uuid NOT NULL,
         "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
         "scheduled_at" TIMESTAMP WITH TIME ZONE NOT NULL,
         "scheduled_by" uuid NOT NULL,
         "kept_at" TIMESTAMP WITH TIME ZONE,
         "kept_how" text,
         "kept_by" uuid,
         "note" text,
         "replaced_at" TIMESTAMP WITH TIME ZONE,
         CONSTRAINT "CHK_referral_callbacks_call_has_note" CHECK ("kept_how" IS DISTINCT FROM 'CALL' OR "note" IS NOT NULL),
         CONSTRAINT "CHK_referral_callbacks_kept_or_replaced" CHECK ("kept_at" IS NULL OR "replaced_at" IS NULL),
         CONSTRAINT "CHK_referral_callbacks_kept" CHECK (("kept_at" IS NULL) = ("kept_how" IS NULL) AND ("kept_at" IS NULL) = ("kept_by" IS NULL)),
         CONSTRAINT "CHK_referral_callbacks_kept_how" CHECK ("kept_how" IS NULL OR "kept_how" IN ('CALL', 'TRIAGED')),
         CONSTRAINT "PK_referral_callbacks" PRIMARY KEY ("id")
       )`,
      `CREATE INDEX "IX_referral_callbacks_due" ON "referral_callbacks" ("due_at")`,
      `CREATE UNIQUE INDEX "UQ_referral_callbacks_open" ON "referral_callbacks" ("referral_id") WHERE "kept_at" IS NULL AND "replaced_at" IS NULL`,
      `CREATE INDEX "IX_referral_callbacks_referral" ON "referral_callbacks" ("referral_id")`,
      `ALTER TABLE "referral_callbacks" ADD CONSTRAINT "FK_referral_callbacks_referral" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "referral_callbacks" ADD CONSTRAINT "FK_referral_callbacks_scheduled_by" FOREIGN KEY ("scheduled_by") REFERENCES "staff_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "referral_callbacks" ADD CONSTRAINT "FK_referral_callbacks_kept_by" FOREIGN KEY ("kept_by") REFERENCES "staff_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    ])
      await queryRunner.query(sql);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const sql of [
      `DROP TABLE "referral_callbacks"`,
      `ALTER TABLE "referrals" DROP CONSTRAINT "CHK_referrals_resolved_directly"`,
      `ALTER TABLE "referrals" DROP CONSTRAINT "CHK_referrals_direct_outcome"`,
      `ALTER TABLE "referrals" DROP COLUMN "direct_note"`,
      `ALTER TABLE "referrals" DROP COLUMN "direct_outcome"`,
      `ALTER TABLE "referrals" DROP CONSTRAINT "CHK_referrals_status"`,
      `ALTER TABLE "referrals" ADD CONSTRAINT "CHK_referrals_status" CHECK ("status" IN ('RECEIVED', 'ACCEPTED', 'REJECTED', 'REDIRECTED'))`,
    ])
      await queryRunner.query(sql);
  }
}
