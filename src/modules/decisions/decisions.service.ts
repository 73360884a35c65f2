import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import { CLOCK, type Clock } from 'src/common/clock';
import { findGroupedBy, inKeyOrder, groupInKeyOrder } from 'src/common/graphql/loaders';
import { APP_CONFIG, AppConfig } from 'src/config/app-config';
import { CaseChanges, CasesService } from 'src/modules/cases';
import { type AssessmentCaseEntity, daysBetween } from 'src/modules/cases/model';
import {
  CatalogueServiceEntity,
  LegalBasisEntity,
  ServiceLevelEntity,
} from 'src/modules/decisions/catalogue.entity';
import { decisionLetter } from 'src/modules/decisions/decision-letter';
import type { DecisionLetterPreview } from 'src/modules/decisions/decision-letter-preview';
import { DecisionEntity, DecisionServiceEntity } from 'src/modules/decisions/decision.entity';
import { DecisionOutcome } from 'src/modules/decisions/decision.enums';
import { DecisionErrors } from 'src/modules/decisions/decisions.errors';
import {
  type CoordinationRequirements,
  coordinationRequirementsOf,
  missingInWords,
} from 'src/modules/decisions/coordination-requirements';
import type { RecordDecisionInput } from 'src/modules/decisions/dto/record-decision.input';
import { ServiceLevel, stepOf } from 'src/modules/decisions/service-level';
import {
  DEFAULT_NURSING_WEEKS,
  decisionWeeklyHours,
  type TariffBand,
  TariffBand as Band,
  type TariffCategory,
  TariffCategory as Category,
  tariffBandOf,
  weeklyPriceOf,
} from 'src/modules/decisions/tariff';
import { weeklyHoursOf } from 'src/modules/decisions/weekly-hours';
import { caseSettingValues, requireSetting } from 'src/modules/settings/model';
import { findPatientOrFail, staffMemberOf } from 'src/modules/identity/model';
import { helpRequestedOfCase, requestedLevelOfCase } from 'src/modules/referrals/model';
import { JournalKind } from 'src/modules/journal/model';

/** What a decision records of the tariff model (Syddjurs): all null when the case has it off. */
interface TariffFigures {
  weeklyHours: number;
  tariffCategory: TariffCategory | null;
  tariffBand: TariffBand | null;
  weeklyPrice: number | null;
  nursingWeeks: number | null;
  individualJustification: string | null;
}

/** Which legal bases a municipality may cite. */
const COUNTRY = { nb: 'NO', da: 'DK' } as const;

/** Decisions (vedtak): recorded by a CASEWORKER of the case; the case becomes DECIDED. */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly changes: CaseChanges,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  serviceLevels(): Promise<ServiceLevelEntity[]> {
    return this.dataSource.getRepository(ServiceLevelEntity).find({ order: { step: 'ASC' } });
  }

  legalBases(): Promise<LegalBasisEntity[]> {
    return this.dataSource.getRepository(LegalBasisEntity).find({
      where: { country: COUNTRY[this.config.MUNICIPALITY_LANGUAGE] },
      order: { code: 'ASC' },
    });
  }

  async servicesOfLevels(levels: readonly ServiceLevel[]): Promise<CatalogueServiceEntity[][]> {
    return findGroupedBy(
      this.dataSource.getRepository(CatalogueServiceEntity),
      'levelCode',
      levels,
      {
        code: 'ASC',
      },
    );
  }

  async decisionsOfCases(caseIds: readonly string[]): Promise<(DecisionEntity | null)[]> {
    const rows = await this.dataSource
      .getRepository(DecisionEntity)
      .findBy({ caseId: In([...caseIds]) });
    return inKeyOrder(caseIds, rows, (d) => d.caseId);
  }

  async servicesOfDecisions(decisionIds: readonly string[]): Promise<DecisionServiceEntity[][]> {
    const rows = await this.dataSource.getRepository(DecisionServiceEntity).find({
      where: { decisionId: In([...decisionIds]) },
      relations: { service: true },
      order: { fromDate: 'ASC', id: 'ASC' },
    });
    return groupInKeyOrder(decisionIds, rows, (r) => r.decisionId);
  }

  async record(
    caller: Caller,
    caseId: string,
    input: RecordDecisionInput,
  ): Promise<AssessmentCaseEntity> {
    const { catalogue, legalBasis, level } = await this.validate(input);
    return this.changes.run(
      caller,
      { operation: 'recordDecision', caseId, state: { lifecycle: 'DECIDE' } },
      async ({ manager, kase, today, touched }) => {
        try {
          await this.requireCoordination(manager, kase);
        } catch (error) {
          caller.audit.read('recordDecision', touched);
          throw error;
        }
        this.requireOwnFramesAllowed('recordDecision', input, kase);
        const tariff = this.tariff('recordDecision', input, kase, catalogue);
        const figures = this.cases.figures(kase);
        // A decision after the deadline is allowed, but flagged.
        const isLate = today > figures.deadlineDate;
        const requestedLevel = await requestedLevelOfCase(manager, kase.id);
        const letter = await this.letter(
          manager,
          caller,
          kase,
          input,
          catalogue,
          legalBasis,
          level,
          today,
        );
        const decision = manager.create(DecisionEntity, {
          caseId: kase.id,
          outcome: input.outcome,
          serviceLevel: level,
          requestedLevel,
          legalBasisCode: legalBasis.code,
          justification: input.justification,
          reviewDate: input.reviewDate ?? null,
          decidedAt: this.clock.now(),
          decidedOn: today,
          decidedBy: caller.actor.staffId,
          isLate,
          daysToDecision: daysBetween(kase.acceptedOn, today),
          letter,
          ...tariff,
        });
        await manager.insert(DecisionEntity, decision);
        if (input.services.length) {
          await manager.insert(
            DecisionServiceEntity,
            input.services.map((s) => ({
              decisionId: decision.id,
              serviceCode: s.serviceCode,
              hoursPerWeek: s.hoursPerWeek ?? null,
              visitsPerWeek: s.visitsPerWeek ?? null,
              minutesPerVisit: s.minutesPerVisit ?? null,
              delegatedFrameHours: s.delegatedFrameHours ?? null,
              fromDate: s.fromDate,
              toDate: s.toDate ?? null,
            })),
          );
        }
        return {
          result: kase,
          // Freeze the deadline as it stood: an open hold cannot exist here (decide needs ACTIVE).
          changes: { decidedOn: today },
          reason: null,
          args: {
            decisionId: decision.id,
            outcome: input.outcome,
            serviceLevel: level,
            isLate,
            tariffCategory: tariff.tariffCategory,
            tariffBand: tariff.tariffBand,
          },
          event: { type: 'DECISION', text: letter },
          eventKind: JournalKind.DECISION,
        };
      },
    );
  }

  /**
   * The letter `record` would write today for this input, before anything is recorded: the
   * same access, lifecycle and input checks, read only, audited as a read.
   */
  async previewLetter(
    caller: Caller,
    caseId: string,
    input: RecordDecisionInput,
  ): Promise<DecisionLetterPreview> {
    return this.changes.preview(
      caller,
      {
        operation: 'decisionLetterPreview',
        caseId,
        lifecycle: 'DECIDE',
        args: {
          outcome: input.outcome,
          serviceLevel: input.serviceLevel ?? null,
          tariffCategory: input.tariffCategory ?? null,
        },
      },
      async (manager, kase, today) => {
        const { catalogue, legalBasis, level } = await this.validate(input);
        await this.requireCoordination(manager, kase);
        this.requireOwnFramesAllowed('decisionLetterPreview', input, kase);
        const tariff = this.tariff('decisionLetterPreview', input, kase, catalogue);
        const { deadlineDate } = this.cases.figures(kase);
        const letter = await this.letter(
          manager,
          caller,
          kase,
          input,
          catalogue,
          legalBasis,
          level,
          today,
        );
        return {
          letter,
          language: this.config.MUNICIPALITY_LANGUAGE,
          decidedOn: today,
          deadlineDate,
          isLate: today > deadlineDate,
          serviceLevel: level,
          weeklyHours: tariff.weeklyHours,
          tariffCategory: tariff.tariffCategory,
          tariffBand: tariff.tariffBand,
          weeklyPrice: tariff.weeklyPrice,
          nursingWeeks: tariff.nursingWeeks,
        };
      },
    );
  }

  /** The case's coordination requirements now (null: the case has no coordination level). */
  coordinationRequirements(kase: AssessmentCaseEntity): Promise<CoordinationRequirements | null> {
    return coordinationRequirementsOf(this.dataSource.manager, kase);
  }

  /**
   * Refuses a decision (and its letter's preview) while the coordination level's
   * requirements are missing: INVALID_TRANSITION, naming them (`extensions.missing`).
   */
  private async requireCoordination(
    manager: EntityManager,
    kase: AssessmentCaseEntity,
  ): Promise<void> {
    const requirements = await coordinationRequirementsOf(manager, kase);
    if (requirements && !requirements.met)
      throw DecisionErrors.coordinationRequirementsMissing(
        missingInWords(requirements),
        requirements.missing,
        kase.status,
      );
  }

  private async validate(input: RecordDecisionInput): Promise<{
    catalogue: Map<string, CatalogueServiceEntity>;
    legalBasis: LegalBasisEntity;
    level: ServiceLevel | null;
  }> {
    const noServices = input.outcome === DecisionOutcome.NO_SERVICES;
    if (noServices && input.services.length) throw DecisionErrors.noServicesExpected();
    if (!noServices && !input.services.length) throw DecisionErrors.servicesRequired();
    const legalBasis = await this.dataSource.getRepository(LegalBasisEntity).findOneBy({
      code: input.legalBasisCode,
      country: COUNTRY[this.config.MUNICIPALITY_LANGUAGE],
    });
    if (!legalBasis) throw DecisionErrors.unknownLegalBasis();
    const rows = await this.dataSource
      .getRepository(CatalogueServiceEntity)
      .findBy({ code: In(input.services.map((s) => s.serviceCode)) });
    const catalogue = new Map(rows.map((r) => [r.code, r]));
    input.services.forEach((s, i) => {
      if (!catalogue.has(s.serviceCode)) throw DecisionErrors.unknownService(i);
      // An explicit null is no amount, as a missing one is.
      if (((s.hoursPerWeek ?? null) === null) === ((s.visitsPerWeek ?? null) === null))
        throw DecisionErrors.amountRequired(i);
      if ((s.minutesPerVisit ?? null) !== null && (s.visitsPerWeek ?? null) === null)
        throw DecisionErrors.minutesWithoutVisits(i);
      if (s.toDate && s.toDate < s.fromDate) throw DecisionErrors.datesOutOfOrder(i);
    });
    if (noServices) {
      if (input.serviceLevel) throw DecisionErrors.levelMismatch('none');
      return { catalogue, legalBasis, level: null };
    }
    // The decided step is the highest step any granted service sits on.
    const highest = [...catalogue.values()]
      .map((s) => s.levelCode)
      .reduce((a, b) => (stepOf(a) >= stepOf(b) ? a : b));
    if (input.serviceLevel && input.serviceLevel !== highest)
      throw DecisionErrors.levelMismatch(highest);
    return { catalogue, legalBasis, level: highest };
  }

  /**
   * A decision narrows the frame of delegated adjustment for a service only in a case that
   * opened with delegated adjustment on (FORBIDDEN / FEATURE_DISABLED otherwise).
   */
  private requireOwnFramesAllowed(
    operation: 'recordDecision' | 'decisionLetterPreview',
    input: RecordDecisionInput,
    kase: AssessmentCaseEntity,
  ): void {
    if (input.services.some((s) => (s.delegatedFrameHours ?? null) !== null))
      requireSetting(caseSettingValues(kase), 'delegatedAdjustment', operation);
  }

  /**
   * The tariff of a decision by the settings the case opened with: with tariffCategories off
   * no category may be given (FEATURE_DISABLED); on, a granting decision names its category,
   * its band and weekly price follow from its weekly hours, and above band 3 it says why.
   */
  private tariff(
    operation: 'recordDecision' | 'decisionLetterPreview',
    input: RecordDecisionInput,
    kase: AssessmentCaseEntity,
    catalogue: Map<string, CatalogueServiceEntity>,
  ): TariffFigures {
    const values = caseSettingValues(kase);
    const weeklyHours = decisionWeeklyHours(
      input.services.map((s) =>
        weeklyHoursOf(
          {
            hoursPerWeek: s.hoursPerWeek ?? null,
            visitsPerWeek: s.visitsPerWeek ?? null,
            minutesPerVisit: s.minutesPerVisit ?? null,
          },
          catalogue.get(s.serviceCode)?.minutesPerVisit ?? null,
        ),
      ),
    );
    const none: TariffFigures = {
      weeklyHours,
      tariffCategory: null,
      tariffBand: null,
      weeklyPrice: null,
      nursingWeeks: null,
      individualJustification: null,
    };
    const category = input.tariffCategory ?? null;
    const nursingWeeks = input.nursingWeeks ?? null;
    const given = category !== null || nursingWeeks !== null;
    if (!values.tariffCategories) {
      if (given || (input.individualJustification ?? null) !== null)
        requireSetting(values, 'tariffCategories', operation);
      return none;
    }
    if (input.outcome === DecisionOutcome.NO_SERVICES) {
      if (category !== null) throw DecisionErrors.tariffCategoryNotExpected();
      if (nursingWeeks !== null) throw DecisionErrors.nursingWeeksNotExpected();
      return none;
    }
    if (category === null) throw DecisionErrors.tariffCategoryRequired();
    if (nursingWeeks !== null && category !== Category.SHORT_NURSING)
      throw DecisionErrors.nursingWeeksNotExpected();
    const band = tariffBandOf(weeklyHours, values);
    const justification = input.individualJustification ?? null;
    if (band === Band.INDIVIDUAL && justification === null)
      throw DecisionErrors.individualJustificationRequired(weeklyHours, values.tariffBand3UpTo);
    return {
      weeklyHours,
      tariffCategory: category,
      tariffBand: band,
      weeklyPrice: weeklyPriceOf(band, weeklyHours, values),
      nursingWeeks:
        category === Category.SHORT_NURSING ? (nursingWeeks ?? DEFAULT_NURSING_WEEKS) : null,
      // Kept only where it is asked for: a band within the limits needs no reason.
      individualJustification: band === Band.INDIVIDUAL ? justification : null,
    };
  }

  private async letter(
    manager: EntityManager,
    caller: Caller,
    kase: AssessmentCaseEntity,
    input: RecordDecisionInput,
    catalogue: Map<string, CatalogueServiceEntity>,
    legalBasis: LegalBasisEntity,
    level: ServiceLevel | null,
    today: string,
  ): Promise<string> {
    const nb = this.config.MUNICIPALITY_LANGUAGE === 'nb';
    const patient = await findPatientOrFail(manager, { id: kase.patientId });
    const caseworker = await staffMemberOf(manager, caller.actor.staffId);
    const asked = await helpRequestedOfCase(manager, kase.id);
    const levelRow = level ? await manager.findOneBy(ServiceLevelEntity, { code: level }) : null;
    return decisionLetter({
      language: this.config.MUNICIPALITY_LANGUAGE,
      person: {
        name: `${patient.givenName} ${patient.familyName}`,
        nationalId: patient.nationalId,
        address: [patient.address, [patient.postalCode, patient.city].filter(Boolean).join(' ')]
          .filter(Boolean)
          .join(', '),
      },
      asked: asked.join('; '),
      outcome: input.outcome,
      levelName: levelRow ? (nb ? levelRow.nameNb : levelRow.nameDa) : null,
      services: input.services.map((s) => {
        const entry = catalogue.get(s.serviceCode) as CatalogueServiceEntity;
        return {
          name: nb ? entry.nameNb : entry.nameDa,
          hoursPerWeek: s.hoursPerWeek ?? null,
          visitsPerWeek: s.visitsPerWeek ?? null,
          fromDate: s.fromDate,
          toDate: s.toDate ?? null,
        };
      }),
      legalBasis: legalBasis.citation,
      justification: input.justification,
      decidedOn: today,
      reviewDate: input.reviewDate ?? null,
      caseworker: caseworker.name,
    });
  }

  /** The case's decision, just recorded (recordDecision answers it). */
  recordedDecision(caseId: string): Promise<DecisionEntity> {
    return this.dataSource.getRepository(DecisionEntity).findOneByOrFail({ caseId });
  }
}
