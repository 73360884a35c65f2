import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class Assessments1795438156795 implements MigrationInterface {
  name = 'Assessments1795438156795';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "function_variables" (
                "code" text NOT NULL,
                "scale" text NOT NULL,
                "area" text,
                "name" text NOT NULL,
                "sort" integer NOT NULL,
                CONSTRAINT "CHK_function_variables_scale" CHECK ("scale" IN ('IPLOS', 'FSIII')),
                CONSTRAINT "PK_function_variables" PRIMARY KEY ("code")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_function_variables_scale_sort" ON "function_variables" ("scale", "sort")
        `);
    await queryRunner.query(`
            CREATE TABLE "assessments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "patient_id" uuid NOT NULL,
                "author_id" uuid NOT NULL,
                "author_profession" text NOT NULL,
                "version" integer NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "scale" text NOT NULL,
                "self_mastery" text,
                "network" text,
                "voluntary" text,
                "welfare_technology" text,
                "low_threshold" text,
                "what_matters" text,
                "suggested_level" text,
                "seq" BIGSERIAL NOT NULL,
                CONSTRAINT "CHK_assessments_text_length" CHECK (
                    char_length("self_mastery") <= 5000
                    AND char_length("network") <= 5000
                    AND char_length("voluntary") <= 5000
                    AND char_length("welfare_technology") <= 5000
                    AND char_length("low_threshold") <= 5000
                    AND char_length("what_matters") <= 5000
                ),
                CONSTRAINT "CHK_assessments_suggested_level" CHECK (
                    "suggested_level" IS NULL
                    OR "suggested_level" IN (
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
                CONSTRAINT "CHK_assessments_author_profession" CHECK (
                    "author_profession" IN (
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
                CONSTRAINT "CHK_assessments_scale" CHECK ("scale" IN ('IPLOS', 'FSIII')),
                CONSTRAINT "CHK_assessments_version" CHECK ("version" >= 1),
                CONSTRAINT "PK_assessments" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_assessments_patient" ON "assessments" ("patient_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_assessments_case_author_version" ON "assessments" ("case_id", "author_id", "version")
        `);
    await queryRunner.query(`
            CREATE TABLE "assessment_scores" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "assessment_id" uuid NOT NULL,
                "variable_code" text NOT NULL,
                "score" integer NOT NULL,
                CONSTRAINT "CHK_assessment_scores_score" CHECK ("score" IN (0, 1, 2, 3, 4, 5, 9)),
                CONSTRAINT "PK_assessment_scores" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_assessment_scores_variable" ON "assessment_scores" ("variable_code")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_assessment_scores_assessment_variable" ON "assessment_scores" ("assessment_id", "variable_code")
        `);
    await queryRunner.query(`
            ALTER TABLE "assessments"
            ADD CONSTRAINT "FK_assessments_case" FOREIGN KEY ("case_id") REFERENCES "assessment_cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "assessments"
            ADD CONSTRAINT "FK_assessments_patient" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "assessments"
            ADD CONSTRAINT "FK_assessments_author" FOREIGN KEY ("author_id") REFERENCES "staff_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "assessment_scores"
            ADD CONSTRAINT "FK_assessment_scores_assessment" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "assessment_scores"
            ADD CONSTRAINT "FK_assessment_scores_variable" FOREIGN KEY ("variable_code") REFERENCES "function_variables"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    // Hand-written: assessments and their scores are append-only, like the audit trail.
    await queryRunner.query(`
            CREATE TRIGGER "TR_assessments_append_only" BEFORE UPDATE OR DELETE ON "assessments"
            FOR EACH ROW EXECUTE FUNCTION kartlegg_refuse_change()
        `);
    await queryRunner.query(`
            CREATE TRIGGER "TR_assessments_no_truncate" BEFORE TRUNCATE ON "assessments"
            FOR EACH STATEMENT EXECUTE FUNCTION kartlegg_refuse_change()
        `);
    await queryRunner.query(`
            CREATE TRIGGER "TR_assessment_scores_append_only" BEFORE UPDATE OR DELETE ON "assessment_scores"
            FOR EACH ROW EXECUTE FUNCTION kartlegg_refuse_change()
        `);
    await queryRunner.query(`
            CREATE TRIGGER "TR_assessment_scores_no_truncate" BEFORE TRUNCATE ON "assessment_scores"
            FOR EACH STATEMENT EXECUTE FUNCTION kartlegg_refuse_change()
        `);
    // Hand-written: the code lists of CODES.md, as data. The IPLOS list and its grouping
    // are to be checked against Helsedirektoratet's current IPLOS guide before release.
    await queryRunner.query(`
            INSERT INTO "function_variables" ("code", "scale", "area", "name", "sort") VALUES
                ('IPLOS_SOSIAL_DELTAKELSE', 'IPLOS', 'Sosial fungering', 'Sosial deltakelse', 1),
                ('IPLOS_BESLUTNINGER_I_DAGLIGLIVET', 'IPLOS', 'Sosial fungering', 'Beslutninger i dagliglivet', 2),
                ('IPLOS_STYRE_ATFERD', 'IPLOS', 'Sosial fungering', 'Styre atferd', 3),
                ('IPLOS_IVARETA_EGEN_HELSE', 'IPLOS', 'Egenomsorg', 'Ivareta egen helse', 4),
                ('IPLOS_ALMINNELIG_HUSARBEID', 'IPLOS', 'Husholdning', 'Alminnelig husarbeid', 5),
                ('IPLOS_SKAFFE_SEG_VARER_OG_TJENESTER', 'IPLOS', 'Husholdning', 'Skaffe seg varer og tjenester', 6),
                ('IPLOS_LAGE_MAT', 'IPLOS', 'Husholdning', 'Lage mat', 7),
                ('IPLOS_SPISE', 'IPLOS', 'Egenomsorg', 'Spise', 8),
                ('IPLOS_PERSONLIG_HYGIENE', 'IPLOS', 'Egenomsorg', 'Personlig hygiene', 9),
                ('IPLOS_AV_OG_PAAKLEDNING', 'IPLOS', 'Egenomsorg', 'Av- og påkledning', 10),
                ('IPLOS_TOALETT', 'IPLOS', 'Egenomsorg', 'Toalett', 11),
                ('IPLOS_BEVEGE_SEG_INNENDOERS', 'IPLOS', 'Mobilitet', 'Bevege seg innendørs', 12),
                ('IPLOS_BEVEGE_SEG_UTENDOERS', 'IPLOS', 'Mobilitet', 'Bevege seg utendørs', 13),
                ('IPLOS_HUKOMMELSE', 'IPLOS', 'Kognisjon og kommunikasjon', 'Hukommelse', 14),
                ('IPLOS_KOMMUNIKASJON', 'IPLOS', 'Kognisjon og kommunikasjon', 'Kommunikasjon', 15),
                ('IPLOS_SYN', 'IPLOS', 'Sanser', 'Syn', 16),
                ('IPLOS_HOERSEL', 'IPLOS', 'Sanser', 'Hørsel', 17)
        `);
    await queryRunner.query(`
            INSERT INTO "function_variables" ("code", "scale", "area", "name", "sort") VALUES
                ('FSIII_VASKE_SIG', 'FSIII', 'Egenomsorg', 'Vaske sig', 1),
                ('FSIII_KROPSPLEJE', 'FSIII', 'Egenomsorg', 'Kropspleje', 2),
                ('FSIII_AF_OG_PAAKLAEDNING', 'FSIII', 'Egenomsorg', 'Af- og påklædning', 3),
                ('FSIII_DRIKKE', 'FSIII', 'Egenomsorg', 'Drikke', 4),
                ('FSIII_FOEDEINDTAGELSE', 'FSIII', 'Egenomsorg', 'Fødeindtagelse', 5),
                ('FSIII_SPISE', 'FSIII', 'Egenomsorg', 'Spise', 6),
                ('FSIII_VARETAGE_EGEN_SUNDHED', 'FSIII', 'Egenomsorg', 'Varetage egen sundhed', 7),
                ('FSIII_GAA_PAA_TOILET', 'FSIII', 'Egenomsorg', 'Gå på toilet', 8),
                ('FSIII_LAVE_HUSLIGT_ARBEJDE', 'FSIII', 'Praktiske opgaver', 'Lave husligt arbejde', 9),
                ('FSIII_LAVE_MAD', 'FSIII', 'Praktiske opgaver', 'Lave mad', 10),
                ('FSIII_UDFOERE_DAGLIGE_RUTINER', 'FSIII', 'Praktiske opgaver', 'Udføre daglige rutiner', 11),
                ('FSIII_INDKOEB', 'FSIII', 'Praktiske opgaver', 'Indkøb', 12),
                ('FSIII_LOEFTE_OG_BAERE', 'FSIII', 'Mobilitet', 'Løfte og bære', 13),
                ('FSIII_BEVAEGE_SIG_OMKRING', 'FSIII', 'Mobilitet', 'Bevæge sig omkring', 14),
                ('FSIII_BRUGE_TRANSPORTMIDLER', 'FSIII', 'Mobilitet', 'Bruge transportmidler', 15),
                ('FSIII_FAERDEN_I_FORSKELLIGE_OMGIVELSER', 'FSIII', 'Mobilitet', 'Færden i forskellige omgivelser', 16),
                ('FSIII_FORFLYTTE_SIG', 'FSIII', 'Mobilitet', 'Forflytte sig', 17),
                ('FSIII_AENDRE_KROPSSTILLING', 'FSIII', 'Mobilitet', 'Ændre kropsstilling', 18),
                ('FSIII_MUSKELSTYRKE', 'FSIII', 'Mobilitet', 'Muskelstyrke', 19),
                ('FSIII_GAA', 'FSIII', 'Mobilitet', 'Gå', 20),
                ('FSIII_UDHOLDENHED', 'FSIII', 'Mobilitet', 'Udholdenhed', 21),
                ('FSIII_ANVENDE_KOMMUNIKATIONSUDSTYR_OG_TEKNIKKER', 'FSIII', 'Mentale funktioner', 'Anvende kommunikationsudstyr og -teknikker', 22),
                ('FSIII_HUKOMMELSE', 'FSIII', 'Mentale funktioner', 'Hukommelse', 23),
                ('FSIII_ORIENTERINGSEVNE', 'FSIII', 'Mentale funktioner', 'Orienteringsevne', 24),
                ('FSIII_OVERORDNEDE_KOGNITIVE_FUNKTIONER', 'FSIII', 'Mentale funktioner', 'Overordnede kognitive funktioner', 25),
                ('FSIII_FOELELSESFUNKTIONER', 'FSIII', 'Mentale funktioner', 'Følelsesfunktioner', 26),
                ('FSIII_ENERGI_OG_HANDLEKRAFT', 'FSIII', 'Mentale funktioner', 'Energi og handlekraft', 27),
                ('FSIII_TILEGNE_SIG_FAERDIGHEDER', 'FSIII', 'Mentale funktioner', 'Tilegne sig færdigheder', 28),
                ('FSIII_PROBLEMLOESNING', 'FSIII', 'Mentale funktioner', 'Problemløsning', 29),
                ('FSIII_HAVE_LOENNET_BESKAEFTIGELSE', 'FSIII', 'Samfundsliv', 'Have lønnet beskæftigelse', 30)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TRIGGER "TR_assessment_scores_no_truncate" ON "assessment_scores"`,
    );
    await queryRunner.query(
      `DROP TRIGGER "TR_assessment_scores_append_only" ON "assessment_scores"`,
    );
    await queryRunner.query(`DROP TRIGGER "TR_assessments_no_truncate" ON "assessments"`);
    await queryRunner.query(`DROP TRIGGER "TR_assessments_append_only" ON "assessments"`);
    await queryRunner.query(`
            ALTER TABLE "assessment_scores" DROP CONSTRAINT "FK_assessment_scores_variable"
        `);
    await queryRunner.query(`
            ALTER TABLE "assessment_scores" DROP CONSTRAINT "FK_assessment_scores_assessment"
        `);
    await queryRunner.query(`
            ALTER TABLE "assessments" DROP CONSTRAINT "FK_assessments_author"
        `);
    await queryRunner.query(`
            ALTER TABLE "assessments" DROP CONSTRAINT "FK_assessments_patient"
        `);
    await queryRunner.query(`
            ALTER TABLE "assessments" DROP CONSTRAINT "FK_assessments_case"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_assessment_scores_assessment_variable"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_assessment_scores_variable"
        `);
    await queryRunner.query(`
            DROP TABLE "assessment_scores"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_assessments_case_author_version"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_assessments_patient"
        `);
    await queryRunner.query(`
            DROP TABLE "assessments"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_function_variables_scale_sort"
        `);
    // The code lists go with their table.
    await queryRunner.query(`
            DROP TABLE "function_variables"
        `);
  }
}
