import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class DecisionsAndHandover1795438933887 implements MigrationInterface {
  name = 'DecisionsAndHandover1795438933887';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "service_levels" (
                "code" text NOT NULL,
                "step" integer NOT NULL,
                "name_nb" text NOT NULL,
                "name_da" text NOT NULL,
                "name_en" text NOT NULL,
                CONSTRAINT "CHK_service_levels_code" CHECK (
                    "code" IN (
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
                CONSTRAINT "PK_service_levels" PRIMARY KEY ("code")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "service_catalogue" (
                "code" text NOT NULL,
                "level_code" text NOT NULL,
                "name_nb" text NOT NULL,
                "name_da" text NOT NULL,
                CONSTRAINT "PK_service_catalogue" PRIMARY KEY ("code")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_service_catalogue_level" ON "service_catalogue" ("level_code")
        `);
    await queryRunner.query(`
            CREATE TABLE "legal_bases" (
                "code" text NOT NULL,
                "country" text NOT NULL,
                "citation" text NOT NULL,
                "covers" text NOT NULL,
                CONSTRAINT "CHK_legal_bases_country" CHECK ("country" IN ('NO', 'DK')),
                CONSTRAINT "PK_legal_bases" PRIMARY KEY ("code")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "decisions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "outcome" text NOT NULL,
                "service_level" text,
                "requested_level" text,
                "legal_basis_code" text NOT NULL,
                "justification" text NOT NULL,
                "review_date" date,
                "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "decided_on" date NOT NULL,
                "decided_by" uuid NOT NULL,
                "is_late" boolean NOT NULL,
                "days_to_decision" integer NOT NULL,
                "letter" text NOT NULL,
                CONSTRAINT "CHK_decisions_level_given" CHECK (
                    ("outcome" = 'NO_SERVICES') = ("service_level" IS NULL)
                ),
                CONSTRAINT "CHK_decisions_level" CHECK (
                    "service_level" IS NULL
                    OR "service_level" IN (
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
                CONSTRAINT "CHK_decisions_outcome" CHECK (
                    "outcome" IN ('NO_SERVICES', 'GRANTED', 'PARTLY_GRANTED')
                ),
                CONSTRAINT "PK_decisions" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_decisions_decided_at" ON "decisions" ("decided_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_decisions_case" ON "decisions" ("case_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "decision_services" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "decision_id" uuid NOT NULL,
                "service_code" text NOT NULL,
                "hours_per_week" numeric(5, 2),
                "visits_per_week" integer,
                "from_date" date NOT NULL,
                "to_date" date,
                CONSTRAINT "CHK_decision_services_dates" CHECK (
                    "to_date" IS NULL
                    OR "to_date" >= "from_date"
                ),
                CONSTRAINT "CHK_decision_services_visits" CHECK (
                    "visits_per_week" IS NULL
                    OR (
                        "visits_per_week" > 0
                        AND "visits_per_week" <= 70
                    )
                ),
                CONSTRAINT "CHK_decision_services_hours" CHECK (
                    "hours_per_week" IS NULL
                    OR (
                        "hours_per_week" > 0
                        AND "hours_per_week" <= 168
                    )
                ),
                CONSTRAINT "CHK_decision_services_amount" CHECK (
                    ("hours_per_week" IS NULL) <> ("visits_per_week" IS NULL)
                ),
                CONSTRAINT "PK_decision_services" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_decision_services_decision" ON "decision_services" ("decision_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "handovers" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "destination" text NOT NULL,
                "receiving_unit_id" uuid,
                "status" text NOT NULL,
                "follow_up_date" date,
                "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "sent_by" uuid NOT NULL,
                "summary" jsonb NOT NULL,
                "summary_text" text NOT NULL,
                "acknowledged_at" TIMESTAMP WITH TIME ZONE,
                "acknowledged_by" uuid,
                "acknowledged_for_name" text,
                "return_reason" text,
                "returned_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "CHK_handovers_unit" CHECK (
                    ("destination" = 'CLOSED') = ("receiving_unit_id" IS NULL)
                ),
                CONSTRAINT "CHK_handovers_status" CHECK (
                    "status" IN ('SENT', 'ACKNOWLEDGED', 'RETURNED', 'CLOSED')
                ),
                CONSTRAINT "CHK_handovers_destination" CHECK (
                    "destination" IN (
                        'ORDINARY_HOME_CARE',
                        'OTHER_SERVICES',
                        'LOW_THRESHOLD',
                        'CLOSED'
                    )
                ),
                CONSTRAINT "PK_handovers" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_handovers_follow_up" ON "handovers" ("follow_up_date")
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_handovers_unit_status" ON "handovers" ("receiving_unit_id", "status")
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_handovers_case" ON "handovers" ("case_id", "sent_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "follow_ups" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "handover_id" uuid NOT NULL,
                "result" text NOT NULL,
                "note" text NOT NULL,
                "next_follow_up_date" date,
                "new_referral_id" uuid,
                "recorded_by" uuid NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "CHK_follow_ups_result" CHECK (
                    "result" IN (
                        'CONTINUE',
                        'ADJUST_WITHIN_FRAME',
                        'END',
                        'REASSESS'
                    )
                ),
                CONSTRAINT "PK_follow_ups" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_follow_ups_case" ON "follow_ups" ("case_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "service_catalogue"
            ADD CONSTRAINT "FK_service_catalogue_level" FOREIGN KEY ("level_code") REFERENCES "service_levels"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "decisions"
            ADD CONSTRAINT "FK_decisions_case" FOREIGN KEY ("case_id") REFERENCES "assessment_cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "decisions"
            ADD CONSTRAINT "FK_decisions_legal_basis" FOREIGN KEY ("legal_basis_code") REFERENCES "legal_bases"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "decisions"
            ADD CONSTRAINT "FK_decisions_decided_by" FOREIGN KEY ("decided_by") REFERENCES "staff_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "decision_services"
            ADD CONSTRAINT "FK_decision_services_decision" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "decision_services"
            ADD CONSTRAINT "FK_decision_services_service" FOREIGN KEY ("service_code") REFERENCES "service_catalogue"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "handovers"
            ADD CONSTRAINT "FK_handovers_case" FOREIGN KEY ("case_id") REFERENCES "assessment_cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "handovers"
            ADD CONSTRAINT "FK_handovers_unit" FOREIGN KEY ("receiving_unit_id") REFERENCES "service_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "handovers"
            ADD CONSTRAINT "FK_handovers_sent_by" FOREIGN KEY ("sent_by") REFERENCES "staff_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "follow_ups"
            ADD CONSTRAINT "FK_follow_ups_case" FOREIGN KEY ("case_id") REFERENCES "assessment_cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "follow_ups"
            ADD CONSTRAINT "FK_follow_ups_handover" FOREIGN KEY ("handover_id") REFERENCES "handovers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);

    // Hand-written: the code lists (data, not code; check the texts before release) and
    // append-only decisions — a decision is never changed, only followed by a new case.
    await queryRunner.query(`
            INSERT INTO "service_levels" ("code", "step", "name_nb", "name_da", "name_en") VALUES
                ('SELF_MASTERY', 1, 'Egenmestring', 'Egenmestring', 'Self-mastery'),
                ('NETWORK', 2, 'Familie og nettverk', 'Familie og netværk', 'Family and network'),
                ('VOLUNTARY', 3, 'Frivillige tilbud', 'Frivillige tilbud', 'Voluntary offers'),
                ('WELFARE_TECHNOLOGY', 4, 'Velferdsteknologi og hjelpemidler', 'Velfærdsteknologi og hjælpemidler', 'Welfare technology and aids'),
                ('LOW_THRESHOLD', 5, 'Lavterskel- og forebyggende tilbud', 'Lavtærskel- og forebyggende tilbud', 'Low-threshold and preventive services'),
                ('EVERYDAY_REHABILITATION', 6, 'Hverdagsrehabilitering', 'Hverdagsrehabilitering', 'Everyday rehabilitation'),
                ('PRACTICAL_ASSISTANCE', 7, 'Praktisk bistand', 'Praktisk hjælp', 'Practical assistance'),
                ('HOME_NURSING', 8, 'Hjemmesykepleie og personlig stell', 'Hjemmesygepleje og personlig pleje', 'Home nursing and personal care'),
                ('SHORT_TERM_STAY', 9, 'Korttids- og avlastningsopphold', 'Midlertidigt ophold og aflastning', 'Short-term or relief stay'),
                ('LONG_TERM_CARE', 10, 'Langtidsplass i sykehjem', 'Plejeboligplads', 'Long-term nursing-home place')
        `);
    await queryRunner.query(`
            INSERT INTO "service_catalogue" ("code", "level_code", "name_nb", "name_da") VALUES
                ('OPPLAERING_EGENMESTRING', 'SELF_MASTERY', 'Opplæring i egenmestring', 'Træning i egenmestring'),
                ('PAARORENDESTOTTE', 'NETWORK', 'Pårørendestøtte og avlastning i hjemmet', 'Støtte til pårørende'),
                ('BESOKSVENN', 'VOLUNTARY', 'Besøksvenn (frivillig)', 'Besøgsven (frivillig)'),
                ('TRYGGHETSALARM', 'WELFARE_TECHNOLOGY', 'Trygghetsalarm', 'Nødkald'),
                ('ELEKTRONISK_MEDISINDISPENSER', 'WELFARE_TECHNOLOGY', 'Elektronisk medisindispenser', 'Elektronisk medicindispenser'),
                ('HJELPEMIDLER', 'WELFARE_TECHNOLOGY', 'Hjelpemidler (rullator, dusjkrakk o.l.)', 'Hjælpemidler'),
                ('TRENINGSGRUPPE', 'LOW_THRESHOLD', 'Treningsgruppe / frisklivssentral', 'Træningshold'),
                ('DAGSENTER', 'LOW_THRESHOLD', 'Dagsenter', 'Dagcenter'),
                ('HVERDAGSREHABILITERING', 'EVERYDAY_REHABILITATION', 'Hverdagsrehabilitering', 'Rehabiliteringsforløb (§ 83 a)'),
                ('PRAKTISK_BISTAND', 'PRACTICAL_ASSISTANCE', 'Praktisk bistand i hjemmet', 'Praktisk hjælp'),
                ('MATOMBRINGING', 'PRACTICAL_ASSISTANCE', 'Matombringing', 'Madservice'),
                ('HJEMMESYKEPLEIE', 'HOME_NURSING', 'Hjemmesykepleie', 'Hjemmesygepleje'),
                ('PERSONLIG_STELL', 'HOME_NURSING', 'Personlig stell', 'Personlig pleje'),
                ('KORTTIDSOPPHOLD', 'SHORT_TERM_STAY', 'Korttidsopphold i institusjon', 'Midlertidigt ophold'),
                ('AVLASTNINGSOPPHOLD', 'SHORT_TERM_STAY', 'Avlastningsopphold', 'Aflastningsophold'),
                ('LANGTIDSPLASS', 'LONG_TERM_CARE', 'Langtidsplass i sykehjem', 'Plejeboligplads')
        `);
    await queryRunner.query(`
            INSERT INTO "legal_bases" ("code", "country", "citation", "covers") VALUES
                ('HOL_3_2_6A', 'NO', 'helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav a', 'helsetjenester i hjemmet'),
                ('HOL_3_2_6B', 'NO', 'helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav b', 'personlig assistanse, herunder praktisk bistand og opplæring'),
                ('HOL_3_2_6C', 'NO', 'helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav c', 'plass i institusjon, herunder sykehjem'),
                ('HOL_3_6', 'NO', 'helse- og omsorgstjenesteloven § 3-6', 'pårørendestøtte (avlastning, opplæring, omsorgsstønad)'),
                ('PBRL_2_1A', 'NO', 'pasient- og brukerrettighetsloven § 2-1 a', 'rett til nødvendige helse- og omsorgstjenester fra kommunen'),
                ('SEL_83', 'DK', 'serviceloven § 83', 'personlig og praktisk hjælp'),
                ('SEL_83A', 'DK', 'serviceloven § 83 a', 'rehabiliteringsforløb'),
                ('SEL_86', 'DK', 'serviceloven § 86', 'genoptræning'),
                ('SUL_138', 'DK', 'sundhedsloven § 138', 'hjemmesygepleje')
        `);
    for (const table of ['decisions', 'decision_services']) {
      await queryRunner.query(`
                CREATE TRIGGER "TR_${table}_append_only" BEFORE UPDATE OR DELETE ON "${table}"
                FOR EACH ROW EXECUTE FUNCTION kartlegg_refuse_change()
            `);
      await queryRunner.query(`
                CREATE TRIGGER "TR_${table}_no_truncate" BEFORE TRUNCATE ON "${table}"
                FOR EACH STATEMENT EXECUTE FUNCTION kartlegg_refuse_change()
            `);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['decisions', 'decision_services']) {
      await queryRunner.query(`DROP TRIGGER "TR_${table}_no_truncate" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "TR_${table}_append_only" ON "${table}"`);
    }
    await queryRunner.query(`
            ALTER TABLE "follow_ups" DROP CONSTRAINT "FK_follow_ups_handover"
        `);
    await queryRunner.query(`
            ALTER TABLE "follow_ups" DROP CONSTRAINT "FK_follow_ups_case"
        `);
    await queryRunner.query(`
            ALTER TABLE "handovers" DROP CONSTRAINT "FK_handovers_sent_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "handovers" DROP CONSTRAINT "FK_handovers_unit"
        `);
    await queryRunner.query(`
            ALTER TABLE "handovers" DROP CONSTRAINT "FK_handovers_case"
        `);
    await queryRunner.query(`
            ALTER TABLE "decision_services" DROP CONSTRAINT "FK_decision_services_service"
        `);
    await queryRunner.query(`
            ALTER TABLE "decision_services" DROP CONSTRAINT "FK_decision_services_decision"
        `);
    await queryRunner.query(`
            ALTER TABLE "decisions" DROP CONSTRAINT "FK_decisions_decided_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "decisions" DROP CONSTRAINT "FK_decisions_legal_basis"
        `);
    await queryRunner.query(`
            ALTER TABLE "decisions" DROP CONSTRAINT "FK_decisions_case"
        `);
    await queryRunner.query(`
            ALTER TABLE "service_catalogue" DROP CONSTRAINT "FK_service_catalogue_level"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_follow_ups_case"
        `);
    await queryRunner.query(`
            DROP TABLE "follow_ups"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_handovers_case"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_handovers_unit_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_handovers_follow_up"
        `);
    await queryRunner.query(`
            DROP TABLE "handovers"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_decision_services_decision"
        `);
    await queryRunner.query(`
            DROP TABLE "decision_services"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_decisions_case"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_decisions_decided_at"
        `);
    await queryRunner.query(`
            DROP TABLE "decisions"
        `);
    await queryRunner.query(`
            DROP TABLE "legal_bases"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_service_catalogue_level"
        `);
    await queryRunner.query(`
            DROP TABLE "service_catalogue"
        `);
    await queryRunner.query(`
            DROP TABLE "service_levels"
        `);
  }
}
