import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import { CLOCK, type Clock } from 'src/common/clock';
import { findGroupedBy } from 'src/common/graphql/loaders';
import { type Connection, pageQuery, pageSize } from 'src/common/graphql/pagination';
import { APP_CONFIG, AppConfig } from 'src/config/app-config';
import { entityColumns, takePrefixed } from 'src/database/entity-columns';
import { AccessPolicyService } from 'src/modules/access';
import type { CaseRelation, Operation } from 'src/modules/access/model';
import { viewerCanOnCase } from 'src/modules/cases/case-viewer-can';
import { MunicipalCalendar } from 'src/modules/cases/municipal-calendar';
import { AssessmentCaseEntity } from 'src/modules/cases/assessment-case.entity';
import { type CaseStatus, isOpen } from 'src/modules/cases/case-lifecycle';
import {
  CaseHistoryEntity,
  CaseHoldEntity,
  CaseMemberEntity,
  DeadlineExtensionEntity,
  InterimServiceEntity,
} from 'src/modules/cases/case-records.entity';
import { CaseErrors } from 'src/modules/cases/cases.errors';
import {
  addDays,
  type ClockFigures,
  computeClock,
  type LocalDate,
} from 'src/modules/cases/clarification-period';
import { clockSql } from 'src/modules/cases/clarification-period.sql';
import type { AssessmentCasesArgs } from 'src/modules/cases/dto/case.input';
import { IdentityLoaders } from 'src/modules/identity';
import {
  AssessmentTeamEntity,
  findTeam,
  PatientEntity,
  patientJoin,
  staffJoin,
  StaffMemberEntity,
} from 'src/modules/identity/model';
import { emergencyAccessUntilOf } from 'src/modules/emergency-access/model';

/** Prefixes of a case list's person and coordinator, joined into the page (`withJoined`). */
const PATIENT = 'patient__';
const COORDINATOR = 'coordinator__';

export interface StatusCount {
  status: CaseStatus;
  count: number;
}

export interface CoordinatorLoad {
  coordinatorId: string;
  openCases: number;
  overdue: number;
  atRisk: number;
}

export interface TeamDashboard {
  /** The team's id: one dashboard per team, cached as one thing by the client. */
  id: string;
  team: AssessmentTeamEntity;
  today: string;
  openCaseCount: number;
  overdueCount: number;
  atRiskCount: number;
  countsByStatus: StatusCount[];
  casesPerCoordinator: CoordinatorLoad[];
  openCases: AssessmentCaseEntity[];
}

/**
 * Assessment cases as read: the clarification clock, lists, the team dashboard, the records
 * of a case. Their changes are CaseActionsService's, each through the kernel (CaseChanges).
 */
@Injectable()
export class CasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicyService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly identity: IdentityLoaders,
    private readonly calendar: MunicipalCalendar,
  ) {}

  // The time-zone arithmetic of the clock (Intl) was most of a list's CPU time
  // (docs/performance.md): figures are kept by their inputs, which a team's cases share.
  private readonly figuresByInputs = new Map<string, ClockFigures>();

  /** Today's local date in the municipality. */
  today(): LocalDate {
    return this.calendar.today();
  }

  /** Sets the clock fields a case shows (see AssessmentCaseEntity); answers the same object. */
  present<T extends AssessmentCaseEntity | null | undefined>(kase: T): T {
    if (!kase) return kase;
    const f = this.figures(kase);
    return Object.assign(kase, {
      clockDeadlineDate: f.deadlineDate,
      clockDeadline: f.deadline,
      clockDaysElapsed: f.daysElapsed,
      clockDaysRemaining: f.daysRemaining,
      clockIsOverdue: f.isOverdue,
      clockAtRisk: f.atRisk,
      clockHoldDays: f.holdDays,
    });
  }

  figures(kase: AssessmentCaseEntity): ClockFigures {
    const open = isOpen(kase.status);
    const key = `${this.today()}|${kase.acceptedOn}|${kase.clarificationDays}|${kase.extensionDays}|${kase.holdDays}|${kase.onHoldSince}|${kase.decidedOn}|${kase.goalPlanAgreed}|${open}`;
    let figures = this.figuresByInputs.get(key);
    if (!figures) {
      figures = this.clockOf(kase);
      // A cancelled or closed case is never overdue or at risk (as in the list filters).
      if (!open) figures = { ...figures, isOverdue: false, atRisk: false };
      if (this.figuresByInputs.size >= 10_000) this.figuresByInputs.clear();
      this.figuresByInputs.set(key, figures);
    }
    return figures;
  }

  private clockOf(kase: AssessmentCaseEntity): ClockFigures {
    return computeClock({
      acceptedOn: kase.acceptedOn,
      clarificationDays: kase.clarificationDays,
      extensionDays: kase.extensionDays,
      // Finished holds are kept as a day count: the clock needs only their sum.
      holds: [
        { from: kase.acceptedOn, until: addDays(kase.acceptedOn, kase.holdDays) },
        ...(kase.onHoldSince ? [{ from: kase.onHoldSince, until: null }] : []),
      ],
      decidedOn: kase.decidedOn,
      goalPlanAgreed: kase.goalPlanAgreed,
      today: this.today(),
      timeZone: this.config.TZ_MUNICIPALITY,
    });
  }

  async relationOf(
    caller: Caller,
    kase: AssessmentCaseEntity,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CaseRelation> {
    return this.policy.relationTo(manager, caller, kase);
  }

  /**
   * `viewerCan` of a page of cases, by id (one query for all their relations and states); a
   * case the caller cannot see offers nothing.
   */
  async viewerCan(caller: Caller, caseIds: readonly string[]): Promise<Operation[][]> {
    const standings = await this.policy.caseStandings(this.dataSource, caller, caseIds);
    return standings.map((standing) =>
      standing ? viewerCanOnCase(caller.actor, standing.relation, standing) : [],
    );
  }

  /** `viewerCan` of one case, batched with every other case of the request. */
  viewerCanOf(caller: Caller, caseId: string): Promise<Operation[]> {
    return caller.loaders
      .get<string, Operation[]>('caseViewerCan', (ids) => this.viewerCan(caller, ids))
      .load(caseId);
  }

  /** For each case: when the caller's running emergency access grant on it ends, else null. */
  async emergencyAccessUntil(caller: Caller, caseIds: readonly string[]): Promise<(Date | null)[]> {
    return emergencyAccessUntilOf(
      this.dataSource.manager,
      caller.actor.staffId,
      caseIds,
      this.clock.now(),
    );
  }

  async getCase(caller: Caller, id: string): Promise<AssessmentCaseEntity> {
    const kase = await this.policy.visibleCase(
      this.dataSource,
      caller,
      id,
      'assessmentCase',
      CaseErrors.caseNotFound,
    );
    const touched = { patientIds: [kase.patientId], caseIds: [kase.id] };
    caller.audit.read('assessmentCase', touched);
    return this.present(kase);
  }

  async listCases(
    caller: Caller,
    args: AssessmentCasesArgs,
  ): Promise<Connection<AssessmentCaseEntity>> {
    const limit = pageSize(args.first);
    const params: unknown[] = [this.today()];
    const clock = clockSql('$1');
    // `$1` (today) must be typed even where no clock filter uses it.
    const where = ['$1::date IS NOT NULL', this.policy.caseVisibleSql(caller, params)];
    const filter = args.filter ?? {};
    if (filter.teamId) {
      params.push(filter.teamId);
      where.push(`c.team_id = $${params.length}`);
    }
    if (filter.serviceArea) {
      params.push(filter.serviceArea);
      where.push(`c.service_area = $${params.length}`);
    }
    if (filter.status?.length) {
      params.push(filter.status);
      where.push(`c.status = ANY($${params.length}::text[])`);
    }
    if (filter.coordinatorId) {
      params.push(filter.coordinatorId);
      where.push(`c.coordinator_id = $${params.length}`);
    }
    if ((filter.mine ?? null) !== null) {
      params.push(caller.actor.staffId);
      const staff = `$${params.length}::uuid`;
      const mine = `(c.coordinator_id = ${staff} OR EXISTS (SELECT 1 FROM case_members mc WHERE mc.case_id = c.id AND mc.staff_id = ${staff}))`;
      where.push(filter.mine ? mine : `NOT ${mine}`);
    }
    // null, as often sent for "no filter", filters nothing (not `NOT overdue`).
    if ((filter.overdue ?? null) !== null)
      where.push(filter.overdue ? clock.overdue : `NOT ${clock.overdue}`);
    if ((filter.atRisk ?? null) !== null)
      where.push(filter.atRisk ? clock.atRisk : `NOT ${clock.atRisk}`);
    const whereSql = where.join(' AND ');
    const { connection, rows } = await pageQuery<AssessmentCaseEntity & { sortDeadline: string }>({
      db: this.dataSource,
      params,
      first: args.first,
      after: args.after,
      order: {
        keys: [
          { sql: clock.deadline, part: 'date' },
          { sql: 'c.id', part: 'uuid' },
        ],
        direction: 'ASC',
      },
      rows: (at) =>
        this.withJoined(
          `SELECT ${entityColumns(this.dataSource, AssessmentCaseEntity, 'c')}, ${clock.deadline} AS "sortDeadline" FROM assessment_cases c
            WHERE ${whereSql} ${at.keyset} ORDER BY ${clock.deadline}, c.id LIMIT ${at.limit}`,
          'page."sortDeadline", page.id',
        ),
      count: `SELECT count(*)::int AS n FROM assessment_cases c WHERE ${whereSql}`,
      cursorOf: (r) => [r.sortDeadline, r.id],
    });
    this.primeJoined(caller, rows);
    rows.forEach((row) => this.present(row));
    caller.audit.read(
      'assessmentCases',
      {
        patientIds: connection.edges.map((e) => e.node.patientId),
        caseIds: connection.edges.map((e) => e.node.id),
      },
      { filter: { ...filter }, first: limit },
    );
    return connection;
  }

  /**
   * A page of cases with each case's person and coordinator joined, after the page's sort and
   * limit (joined before them, a 5-year list would join all 15 000 candidates).
   */
  private withJoined(page: string, order: string): string {
    return `SELECT page.*, ${entityColumns(this.dataSource, PatientEntity, 'jp', PATIENT)},
                   ${entityColumns(this.dataSource, StaffMemberEntity, 'js', COORDINATOR)}
              FROM (${page}) page
              ${patientJoin('jp', 'page."patientId"')}
              ${staffJoin('js', 'page."coordinatorId"')}
             ORDER BY ${order}`;
  }

  /** The joined persons and coordinators go to this request's loaders (no query per field). */
  private primeJoined(caller: Caller, rows: object[]): void {
    const raw = rows as Record<string, unknown>[];
    this.identity.prime(caller, {
      patients: raw.map((row) => takePrefixed<PatientEntity>(row, PATIENT)),
      staff: raw.map((row) => takePrefixed<StaffMemberEntity>(row, COORDINATOR)),
    });
  }

  async teamDashboard(caller: Caller, teamId: string): Promise<TeamDashboard> {
    const team = await findTeam(this.dataSource.manager, teamId);
    if (!team) throw CaseErrors.teamNotFound();
    this.policy.require(caller, 'teamDashboard', { teamId: team.id, districtId: team.districtId });
    const today = this.today();
    const clock = clockSql('$1');
    // The figures are the team's; the cases listed are those the caller may see (a district
    // leader outside the team watches the figures, not the persons: docs/design.md "Who may do what").
    const listParams: unknown[] = [today, teamId];
    const visible = this.policy.caseVisibleSql(caller, listParams);
    const [counts, perCoordinator, openCases] = await Promise.all([
      this.dataSource.query(
        `SELECT c.status, count(*)::int AS count FROM assessment_cases c WHERE c.team_id = $1 GROUP BY c.status ORDER BY c.status`,
        [teamId],
      ) as Promise<StatusCount[]>,
      this.dataSource.query(
        `SELECT c.coordinator_id AS "coordinatorId", count(*)::int AS "openCases",
                count(*) FILTER (WHERE ${clock.overdue})::int AS overdue,
                count(*) FILTER (WHERE ${clock.atRisk})::int AS "atRisk"
           FROM assessment_cases c WHERE c.team_id = $2 AND c.status IN ('ACTIVE', 'ON_HOLD')
          GROUP BY c.coordinator_id ORDER BY count(*) DESC, c.coordinator_id`,
        [today, teamId],
      ) as Promise<CoordinatorLoad[]>,
      this.dataSource.query(
        this.withJoined(
          `SELECT ${entityColumns(this.dataSource, AssessmentCaseEntity, 'c')}, ${clock.deadline} AS "sortDeadline" FROM assessment_cases c
            WHERE c.team_id = $2 AND c.status IN ('ACTIVE', 'ON_HOLD') AND ${visible}
            ORDER BY ${clock.deadline}, c.id LIMIT 500`,
          'page."sortDeadline", page.id',
        ),
        listParams,
      ) as Promise<AssessmentCaseEntity[]>,
    ]);
    this.primeJoined(caller, openCases);
    this.identity.prime(caller, { teams: [team] });
    caller.audit.read(
      'teamDashboard',
      { patientIds: openCases.map((c) => c.patientId), caseIds: openCases.map((c) => c.id) },
      { teamId },
    );
    const sum = (key: 'openCases' | 'overdue' | 'atRisk') =>
      perCoordinator.reduce((total, row) => total + row[key], 0);
    return {
      id: team.id,
      team,
      today,
      openCaseCount: sum('openCases'),
      overdueCount: sum('overdue'),
      atRiskCount: sum('atRisk'),
      countsByStatus: counts,
      casesPerCoordinator: perCoordinator,
      openCases: openCases.map((kase) => this.present(kase)),
    };
  }

  // DataLoader batches: one query per field per request.
  async historyOf(caseIds: readonly string[]): Promise<CaseHistoryEntity[][]> {
    return findGroupedBy(this.dataSource.getRepository(CaseHistoryEntity), 'caseId', caseIds, {
      seq: 'ASC',
    });
  }

  async holdsOf(caseIds: readonly string[]): Promise<CaseHoldEntity[][]> {
    return findGroupedBy(this.dataSource.getRepository(CaseHoldEntity), 'caseId', caseIds, {
      fromDate: 'ASC',
      id: 'ASC',
    });
  }

  async extensionsOf(caseIds: readonly string[]): Promise<DeadlineExtensionEntity[][]> {
    return findGroupedBy(
      this.dataSource.getRepository(DeadlineExtensionEntity),
      'caseId',
      caseIds,
      { createdAt: 'ASC', id: 'ASC' },
    );
  }

  async membersOf(caseIds: readonly string[]): Promise<CaseMemberEntity[][]> {
    return findGroupedBy(this.dataSource.getRepository(CaseMemberEntity), 'caseId', caseIds, {
      createdAt: 'ASC',
      id: 'ASC',
    });
  }

  async interimServicesOf(caseIds: readonly string[]): Promise<InterimServiceEntity[][]> {
    return findGroupedBy(this.dataSource.getRepository(InterimServiceEntity), 'caseId', caseIds, {
      fromDate: 'ASC',
      id: 'ASC',
    });
  }

  /**
   * Cases by id, presented, in no particular order (a DataLoader batch orders them). The
   * parent object's read has checked access to them.
   */
  async casesByIds(ids: readonly string[]): Promise<AssessmentCaseEntity[]> {
    const rows = await this.dataSource
      .getRepository(AssessmentCaseEntity)
      .findBy({ id: In([...ids]) });
    return rows.map((c) => this.present(c));
  }
}
