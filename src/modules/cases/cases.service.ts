import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import { CLOCK, type Clock } from 'src/common/clock';
import { findGroupedBy } from 'src/common/graphql/loaders';
import { type Connection, pageQuery, pageSize } from 'src/common/graphql/pagination';
import { APP_CONFIG, AppConfig } from 'src/config/app-config';
import { entityColumns, takePrefixed } from 'src/database/entity-columns';
import { AccessPolicyService, type CaseRelation } from 'src/modules/access/access-policy.service';
import { type CaseOperation, mayBeAssigned, type Operation } from 'src/modules/access/access-rules';
import { viewerCanOnCase } from 'src/modules/cases/case-viewer-can';
import { AuditService } from 'src/modules/audit/audit.service';
import { AssessmentCaseEntity, CASE_COLUMNS } from 'src/modules/cases/assessment-case.entity';
import {
  type CaseAction,
  type CaseStatus,
  type TransitionContext,
  isOpen,
  nextStatus,
  OPEN_CASE_STATUSES,
  OPERATION_OF_ACTION,
} from 'src/modules/cases/case-lifecycle';
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
  daysBetween,
  type LocalDate,
  localDateOf,
} from 'src/modules/cases/clarification-period';
import type {
  AssessmentCasesArgs,
  AssignCaseMemberInput,
  CancelCaseInput,
  ExtendDeadlineInput,
  PutCaseOnHoldInput,
  RecordInterimServiceInput,
} from 'src/modules/cases/dto/case.input';
import { AssessmentTeamEntity } from 'src/modules/identity/assessment-team.entity';
import { IdentityLoaders } from 'src/modules/identity/identity.loaders';
import { findTeam, patientJoin, staffJoin } from 'src/modules/identity/identity.reads';
import { emergencyAccessUntilOf } from 'src/modules/emergency-access/emergency-access-reads';
import { PatientEntity } from 'src/modules/identity/patient.entity';
import type { JournalEvent } from 'src/modules/journal/journal-texts';
import type { JournalKind } from 'src/modules/journal/journal.enums';
import { JournalService } from 'src/modules/journal/journal.service';
import { StaffMemberEntity } from 'src/modules/identity/staff-member.entity';

/** Prefixes of a case list's person and coordinator, joined into the page (`withJoined`). */
const PATIENT = 'patient__';
const COORDINATOR = 'coordinator__';

/**
 * The clock of DESIGN.md "Precise rules: Clock" in SQL, for filtering and sorting lists
 * (clarification-period.ts is the same rule for one case; tests hold the two together).
 * `$today` is the municipality's local date.
 */
function clockSql(
  today: string,
): Record<'deadline' | 'clockDate' | 'daysRemaining' | 'atRisk' | 'overdue', string> {
  // An open hold keeps moving the deadline, day by day.
  const deadline = `(c.deadline_date + CASE WHEN c.on_hold_since IS NULL THEN 0 ELSE GREATEST(${today}::date - c.on_hold_since, 0) END)`;
  const clockDate = `COALESCE(c.decided_on, ${today}::date)`;
  const daysRemaining = `(${deadline} - ${clockDate})`;
  const atRisk = `(c.decided_on IS NULL AND NOT c.goal_plan_agreed AND c.status IN ('ACTIVE', 'ON_HOLD')
    AND (${clockDate} - c.accepted_on) * 14 >= (${deadline} - c.accepted_on) * 10)`;
  const overdue = `(c.decided_on IS NULL AND c.status IN ('ACTIVE', 'ON_HOLD') AND ${daysRemaining} < 0)`;
  return { deadline, clockDate, daysRemaining, atRisk, overdue };
}

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

/** Assessment cases: the clarification clock, holds, extensions, members, interim services. */
@Injectable()
export class CasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicyService,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly journal: JournalService,
    private readonly identity: IdentityLoaders,
  ) {}

  // The time-zone arithmetic of the clock (Intl) was most of a list's CPU time
  // (docs/performance.md): figures are kept by their inputs, which a team's cases share.
  private readonly figuresByInputs = new Map<string, ClockFigures>();
  private todayOf: { second: number; date: LocalDate } = { second: NaN, date: '' };

  /** Today's local date in the municipality. */
  today(): LocalDate {
    const now = this.clock.now();
    const second = Math.floor(now.getTime() / 1000);
    if (this.todayOf.second !== second)
      this.todayOf = { second, date: localDateOf(now, this.config.TZ_MUNICIPALITY) };
    return this.todayOf.date;
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
          `SELECT ${CASE_COLUMNS}, ${clock.deadline} AS "sortDeadline" FROM assessment_cases c
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
    // leader outside the team watches the figures, not the persons: DESIGN "Who may do what").
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
          `SELECT ${CASE_COLUMNS}, ${clock.deadline} AS "sortDeadline" FROM assessment_cases c
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

  /**
   * Opens a case for an accepted referral (inside the referral's transaction).
   * The CLARIFICATION_DAYS in force now is stored on the case, so changing the
   * setting never moves open cases.
   */
  async openCase(
    manager: EntityManager,
    caller: Caller,
    patientId: string,
    team: AssessmentTeamEntity,
    coordinatorId: string,
  ): Promise<AssessmentCaseEntity> {
    const now = this.clock.now();
    const acceptedOn = localDateOf(now, this.config.TZ_MUNICIPALITY);
    const kase = manager.create(AssessmentCaseEntity, {
      patientId,
      teamId: team.id,
      serviceArea: team.serviceArea,
      status: 'ACTIVE',
      coordinatorId,
      acceptedAt: now,
      acceptedOn,
      clarificationDays: this.config.CLARIFICATION_DAYS,
      extensionDays: 0,
      holdDays: 0,
      deadlineDate: addDays(acceptedOn, this.config.CLARIFICATION_DAYS),
      onHoldSince: null,
      decidedOn: null,
      goalPlanAgreed: false,
      cancelReason: null,
      updatedAt: now,
    });
    await manager.insert(AssessmentCaseEntity, kase);
    await this.history(manager, caller, kase.id, 'ACCEPTED', null, 'ACTIVE', null);
    await this.journal.recordEvent(manager, caller, kase, {
      type: 'ACCEPTED',
      deadlineDate: kase.deadlineDate,
    });
    return kase;
  }

  async putOnHold(
    caller: Caller,
    caseId: string,
    input: PutCaseOnHoldInput,
  ): Promise<AssessmentCaseEntity> {
    return this.change(caller, caseId, 'HOLD', async (manager, kase, today) => {
      await manager.insert(CaseHoldEntity, {
        caseId,
        fromDate: today,
        untilDate: null,
        reason: input.reason,
        startedBy: caller.actor.staffId,
      });
      return {
        changes: { onHoldSince: today },
        reason: input.reason,
        event: { type: 'HOLD', reason: input.reason },
      };
    });
  }

  async resume(caller: Caller, caseId: string): Promise<AssessmentCaseEntity> {
    return this.change(caller, caseId, 'RESUME', async (manager, kase, today) => {
      // A hold from A to resumption on B adds B − A days (a same-day hold adds none).
      const paused = await this.endHold(manager, kase, today);
      return {
        changes: {
          onHoldSince: null,
          holdDays: kase.holdDays + paused,
          deadlineDate: addDays(kase.deadlineDate, paused),
        },
        reason: null,
        args: { pausedDays: paused },
        event: {
          type: 'RESUME',
          pausedDays: paused,
          deadlineDate: addDays(kase.deadlineDate, paused),
        },
      };
    });
  }

  async extendDeadline(
    caller: Caller,
    caseId: string,
    input: ExtendDeadlineInput,
  ): Promise<AssessmentCaseEntity> {
    return this.change(caller, caseId, 'EXTEND', async (manager, kase) => {
      await manager.insert(DeadlineExtensionEntity, {
        caseId,
        days: input.days,
        reason: input.reason,
        extendedBy: caller.actor.staffId,
      });
      return {
        changes: {
          extensionDays: kase.extensionDays + input.days,
          deadlineDate: addDays(kase.deadlineDate, input.days),
        },
        reason: input.reason,
        args: { days: input.days },
        event: {
          type: 'EXTEND',
          days: input.days,
          reason: input.reason,
          deadlineDate: addDays(kase.deadlineDate, input.days),
        },
      };
    });
  }

  async cancel(
    caller: Caller,
    caseId: string,
    input: CancelCaseInput,
  ): Promise<AssessmentCaseEntity> {
    return this.change(caller, caseId, 'CANCEL', async (manager, kase, today) => {
      // A hold still open ends with the case; its days count as for a resumption.
      const paused = await this.endHold(manager, kase, today);
      return {
        changes: {
          cancelReason: input.reason,
          onHoldSince: null,
          holdDays: kase.holdDays + paused,
          deadlineDate: addDays(kase.deadlineDate, paused),
        },
        reason: input.reason,
        event: { type: 'CANCEL', reason: input.reason },
      };
    });
  }

  /** Ends an open hold today; answers the days it paused the clock (B − A). */
  private async endHold(
    manager: EntityManager,
    kase: AssessmentCaseEntity,
    today: LocalDate,
  ): Promise<number> {
    if (!kase.onHoldSince) return 0;
    await manager.update(
      CaseHoldEntity,
      { caseId: kase.id, untilDate: IsNull() },
      { untilDate: today },
    );
    return Math.max(daysBetween(kase.onHoldSince, today), 0);
  }

  /** Only for a NO_SERVICES decision (DESIGN.md "Lifecycles"); anything else is INVALID_TRANSITION. */
  async close(caller: Caller, caseId: string): Promise<AssessmentCaseEntity> {
    return this.change(
      caller,
      caseId,
      'CLOSE',
      () => Promise.resolve({ changes: {}, reason: null, event: { type: 'CLOSED_NO_SERVICES' } }),
      async (manager, kase) => {
        const [decision] = (await manager.query(
          'SELECT outcome FROM decisions WHERE case_id = $1',
          [kase.id],
        )) as { outcome: 'NO_SERVICES' | 'GRANTED' | 'PARTLY_GRANTED' }[];
        return { decisionOutcome: decision?.outcome };
      },
    );
  }

  async assignMember(
    caller: Caller,
    caseId: string,
    input: AssignCaseMemberInput,
  ): Promise<AssessmentCaseEntity> {
    return this.change(caller, caseId, 'ASSIGN_MEMBER', async (manager) => {
      const staff = await this.insertMember(manager, caller, caseId, input);
      return {
        changes: {},
        reason: null,
        args: { staffId: input.staffId, role: input.role },
        event: { type: 'ASSIGN_MEMBER', name: staff.name, role: input.role },
      };
    });
  }

  /**
   * The first members of a case, named when its referral is accepted (in the acceptance's
   * transaction, by whoever may accept): each with the history row and journal event that
   * `assignCaseMember` writes.
   */
  async addFirstMembers(
    manager: EntityManager,
    caller: Caller,
    kase: AssessmentCaseEntity,
    members: readonly AssignCaseMemberInput[],
  ): Promise<void> {
    for (const member of members) {
      const staff = await this.insertMember(manager, caller, kase.id, member);
      await this.history(manager, caller, kase.id, 'ASSIGN_MEMBER', kase.status, kase.status, null);
      await this.journal.recordEvent(manager, caller, kase, {
        type: 'ASSIGN_MEMBER',
        name: staff.name,
        role: member.role,
      });
    }
  }

  /** Of `members`, those not yet assigned to the case. */
  async notYetMembers<M extends { staffId: string }>(
    manager: EntityManager,
    caseId: string,
    members: readonly M[],
  ): Promise<M[]> {
    if (members.length === 0) return [];
    const assigned = await manager.findBy(CaseMemberEntity, {
      caseId,
      staffId: In(members.map((m) => m.staffId)),
    });
    return members.filter((m) => !assigned.some((a) => a.staffId === m.staffId));
  }

  /** One assignment: an active staff member who works in cases, not yet assigned. */
  private async insertMember(
    manager: EntityManager,
    caller: Caller,
    caseId: string,
    input: AssignCaseMemberInput,
  ): Promise<StaffMemberEntity> {
    const staff = await manager.findOneBy(StaffMemberEntity, { id: input.staffId, active: true });
    if (!staff) throw CaseErrors.staffNotFound();
    if (!mayBeAssigned(staff.profession)) throw CaseErrors.cannotBeAssigned();
    if (await manager.existsBy(CaseMemberEntity, { caseId, staffId: input.staffId }))
      throw CaseErrors.alreadyAssigned();
    await manager.insert(CaseMemberEntity, {
      caseId,
      staffId: input.staffId,
      role: input.role,
      assignedBy: caller.actor.staffId,
    });
    return staff;
  }

  /**
   * Takes a staff member off the case (the coordinator), ending the access the assignment
   * gave them; their open subscriptions to the journal end at the next entry.
   */
  async removeMember(
    caller: Caller,
    caseId: string,
    staffId: string,
    reason: string,
  ): Promise<AssessmentCaseEntity> {
    return this.change(caller, caseId, 'REMOVE_MEMBER', async (manager) => {
      const member = await manager.findOneBy(CaseMemberEntity, { caseId, staffId });
      if (!member) throw CaseErrors.notACaseMember();
      const staff = await manager.findOneByOrFail(StaffMemberEntity, { id: staffId });
      await manager.delete(CaseMemberEntity, { id: member.id });
      return {
        changes: {},
        reason,
        // The reason is free text: it stays in the case history, not in the audit arguments.
        args: { staffId, role: member.role },
        event: { type: 'REMOVE_MEMBER', name: staff.name, role: member.role, reason },
      };
    });
  }

  async changeCoordinator(
    caller: Caller,
    caseId: string,
    coordinatorId: string,
  ): Promise<AssessmentCaseEntity> {
    return this.change(caller, caseId, 'CHANGE_COORDINATOR', async (manager, kase) => {
      const coordinators = await this.activeCoordinators(manager, kase.teamId);
      if (!coordinators.includes(coordinatorId)) throw CaseErrors.notACoordinator();
      const coordinator = await manager.findOneByOrFail(StaffMemberEntity, { id: coordinatorId });
      return {
        changes: { coordinatorId },
        reason: null,
        args: { coordinatorId },
        event: { type: 'CHANGE_COORDINATOR', name: coordinator.name },
      };
    });
  }

  async recordInterimService(
    caller: Caller,
    caseId: string,
    input: RecordInterimServiceInput,
  ): Promise<InterimServiceEntity> {
    if (input.toDate && input.toDate < input.fromDate) throw CaseErrors.datesOutOfOrder();
    let service: InterimServiceEntity | undefined;
    await this.change(caller, caseId, 'RECORD_INTERIM_SERVICE', async (manager) => {
      service = manager.create(InterimServiceEntity, {
        caseId,
        kind: input.kind,
        description: input.description,
        frequency: input.frequency,
        fromDate: input.fromDate,
        toDate: input.toDate ?? null,
        responsible: input.responsible,
        recordedBy: caller.actor.staffId,
      });
      await manager.insert(InterimServiceEntity, service);
      return {
        changes: {},
        reason: null,
        args: { kind: input.kind, fromDate: input.fromDate },
        noHistory: true,
        event: { type: 'RECORD_INTERIM_SERVICE', kind: input.kind, description: input.description },
      };
    });
    return service as InterimServiceEntity;
  }

  /**
   * One change of a case, in one transaction: lock the row, check who may, check the
   * lifecycle, apply, keep a history row and the audit event. A refusal changes nothing.
   */
  async change(
    caller: Caller,
    caseId: string,
    action: CaseAction,
    apply: (
      manager: EntityManager,
      kase: AssessmentCaseEntity,
      today: LocalDate,
    ) => Promise<{
      changes: Partial<AssessmentCaseEntity>;
      reason: string | null;
      args?: Record<string, unknown>;
      noHistory?: boolean;
      /** What the journal says about the change (a system entry, EVENT unless named). */
      event?: JournalEvent;
      eventKind?: JournalKind;
    }>,
    context:
      | TransitionContext
      | ((manager: EntityManager, kase: AssessmentCaseEntity) => Promise<TransitionContext>) = {},
    /** The operation decided and audited, where an action has more than one (on behalf of). */
    mutation: CaseOperation = OPERATION_OF_ACTION[action],
  ): Promise<AssessmentCaseEntity> {
    return this.dataSource.transaction(async (manager) => {
      const kase = await manager.findOne(AssessmentCaseEntity, {
        where: { id: caseId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!kase) throw CaseErrors.caseNotFound();
      const touched = { patientIds: [kase.patientId], caseIds: [kase.id] };
      const relation = await this.relationOf(caller, kase, manager);
      this.policy.require(caller, mutation, relation, touched);
      const resolved = typeof context === 'function' ? await context(manager, kase) : context;
      const next = nextStatus(kase.status, action, resolved);
      if (!next.ok) {
        caller.audit.read(mutation, touched);
        throw CaseErrors.invalidTransition(next.reason, next.message, kase.status);
      }
      const today = this.today();
      const { changes, reason, args, noHistory, event, eventKind } = await apply(
        manager,
        kase,
        today,
      );
      const updated = { ...changes, status: next.to, updatedAt: this.clock.now() };
      await manager.update(AssessmentCaseEntity, { id: caseId }, updated);
      if (!noHistory)
        await this.history(manager, caller, caseId, action, kase.status, next.to, reason);
      if (event) await this.journal.recordEvent(manager, caller, kase, event, eventKind);
      await this.audit.recordWrite(manager, caller, mutation, touched, { caseId, ...args });
      return this.present(Object.assign(kase, updated));
    });
  }

  /**
   * What a change would produce, without making it (a letter or summary to read first): the
   * same relation, policy and lifecycle checks as `change`, then `look` reads in a read-only
   * transaction. Audited as a read of `operation`; nothing else is written.
   */
  async preview<T>(
    caller: Caller,
    caseId: string,
    action: CaseAction,
    operation: CaseOperation,
    look: (manager: EntityManager, kase: AssessmentCaseEntity, today: LocalDate) => Promise<T>,
    context: TransitionContext = {},
    args: Record<string, unknown> = {},
  ): Promise<T> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      const kase = await manager.findOneBy(AssessmentCaseEntity, { id: caseId });
      if (!kase) throw CaseErrors.caseNotFound();
      const touched = { patientIds: [kase.patientId], caseIds: [kase.id] };
      const relation = await this.relationOf(caller, kase, manager);
      this.policy.require(caller, operation, relation, touched);
      caller.audit.read(operation, touched, { caseId, ...args });
      const next = nextStatus(kase.status, action, context);
      if (!next.ok) throw CaseErrors.invalidTransition(next.reason, next.message, kase.status);
      return look(manager, kase, this.today());
    });
  }

  private async history(
    manager: EntityManager,
    caller: Caller,
    caseId: string,
    action: string,
    from: CaseStatus | null,
    to: CaseStatus,
    reason: string | null,
  ): Promise<void> {
    await manager.insert(CaseHistoryEntity, {
      caseId,
      action,
      fromStatus: from,
      toStatus: to,
      reason,
      actorId: caller.actor.staffId,
      occurredAt: this.clock.now(),
    });
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

  /** Active COORDINATORs of a team, by name: who may coordinate its cases. */
  async activeCoordinators(manager: EntityManager, teamId: string): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT s.id FROM staff_members s JOIN team_memberships m ON m.staff_id = s.id
        WHERE m.team_id = $1 AND s.active AND s.profession = 'COORDINATOR' ORDER BY s.name, s.id`,
      [teamId],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  async openCaseOf(
    manager: EntityManager,
    patientId: string,
  ): Promise<AssessmentCaseEntity | null> {
    return manager.findOne(AssessmentCaseEntity, {
      where: { patientId, status: In([...OPEN_CASE_STATUSES]) },
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
