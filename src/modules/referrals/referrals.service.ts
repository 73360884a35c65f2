import { Inject, Injectable } from '@nestjs/common';
import { entityColumns } from 'src/database/entity-columns';
import { DataSource, EntityManager } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import { CLOCK, type Clock } from 'src/common/clock';
import { findGroupedBy } from 'src/common/graphql/loaders';
import { type Connection, pageQuery, pageSize } from 'src/common/graphql/pagination';
import { APP_CONFIG, AppConfig } from 'src/config/app-config';
import { AccessPolicyService } from 'src/modules/access';
import type { Operation } from 'src/modules/access/model';
import { AuditService } from 'src/modules/audit';
import { CaseActionsService, CasesService } from 'src/modules/cases';
import {
  addDays,
  AssessmentCaseEntity,
  CaseErrors,
  endOfLocalDay,
  localDateOf,
} from 'src/modules/cases/model';
import { PatientsService } from 'src/modules/identity';
import {
  AssessmentTeamEntity,
  findDistrict,
  findPatientBy,
  findPatientOrFail,
  findTeamBy,
  findTeamOrFail,
  IdentityErrors,
  lockPatientRow,
  PatientEntity,
  patientJoin,
  Profession,
  type RegisterPatientInput,
  ServiceArea,
} from 'src/modules/identity/model';
import type {
  AcceptReferralInput,
  RedirectReferralInput,
  ReferralsArgs,
  RegisterReferralInput,
  RejectReferralInput,
} from 'src/modules/referrals/dto/referral.input';
import { JournalService } from 'src/modules/journal';
import { ReferralEntity } from 'src/modules/referrals/referral.entity';
import { keepCallbackByTriage, OPEN_CALLBACK } from 'src/modules/referrals/referral-callbacks';
import { CallbackFilter, ReferralStatus, Urgency } from 'src/modules/referrals/referral.enums';
import { ReferralErrors } from 'src/modules/referrals/referrals.errors';

// A referral may be registered a little after it arrived, never before: allow clock skew.
const RECEIVED_AT_SKEW_MS = 5 * 60_000;

/** URGENT first in every referral list, then oldest first. */
const URGENCY_RANK = `(CASE WHEN r.urgency = 'URGENT' THEN 0 ELSE 1 END)`;

/** The triage of a referral (its `viewerCan`). */
const TRIAGE_OPERATIONS = ['acceptReferral', 'rejectReferral', 'redirectReferral'] as const;

/** Intake: referrals arrive, are triaged, and accepted ones open (or join) a case. */
@Injectable()
export class ReferralsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicyService,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly journal: JournalService,
    private readonly patients: PatientsService,
    private readonly caseActions: CaseActionsService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** URGENT referrals are overdue for triage at the end of the next local day. */
  triageDeadline(referral: ReferralEntity): Date | null {
    if (referral.urgency !== Urgency.URGENT) return null;
    const zone = this.config.TZ_MUNICIPALITY;
    return endOfLocalDay(addDays(localDateOf(new Date(referral.receivedAt), zone), 1), zone);
  }

  triageOverdue(referral: ReferralEntity): boolean {
    const deadline = this.triageDeadline(referral);
    return (
      referral.status === ReferralStatus.RECEIVED &&
      deadline !== null &&
      this.clock.now() > deadline
    );
  }

  async register(caller: Caller, input: RegisterReferralInput): Promise<ReferralEntity> {
    if (input.person && !input.patientId)
      return this.registerByNationalId(caller, input, input.person);
    if (!input.patientId || input.person) throw ReferralErrors.personOrPatientId();
    const patient = await findPatientBy(this.dataSource.manager, { id: input.patientId });
    if (!patient) throw ReferralErrors.patientNotFound();
    const touched = { patientIds: [patient.id] };
    this.policy.require(caller, 'registerReferral', { districtId: patient.districtId }, touched);
    if (input.receivedAt.getTime() > this.clock.now().getTime() + RECEIVED_AT_SKEW_MS) {
      throw ReferralErrors.receivedInFuture();
    }
    const team = await this.receivingTeam(patient, input.teamId);
    return this.dataSource.transaction(async (manager) => {
      await this.lockPatient(manager, patient.id);
      const open = await this.caseActions.openCaseOf(manager, patient.id);
      return this.insertReferral(manager, caller, input, patient.id, team, open, {});
    });
  }

  /**
   * Intake by national identity number, for a person who may be registered in another
   * district (they moved here). The referral is for the caller's district (`person.districtId`).
   * A registered person is linked, never disclosed and never changed; an unknown number is
   * registered from `person`. The answer is the same either way: the referral, whose
   * `patient` resolves only what the caller may see. The audit row names the person.
   */
  private async registerByNationalId(
    caller: Caller,
    input: RegisterReferralInput,
    person: RegisterPatientInput,
  ): Promise<ReferralEntity> {
    const parsed = this.patients.parseForRegistration(person, 'person.');
    const district = await findDistrict(this.dataSource.manager, person.districtId);
    if (!district) throw IdentityErrors.districtNotFound('person.districtId');
    // Refused before the number is looked up: the refusal says nothing about the person.
    this.policy.require(caller, 'registerReferral', { districtId: person.districtId });
    if (input.receivedAt.getTime() > this.clock.now().getTime() + RECEIVED_AT_SKEW_MS) {
      throw ReferralErrors.receivedInFuture();
    }
    const team = await this.receivingTeam(person, input.teamId);
    return this.dataSource.transaction(async (manager) => {
      const created = await this.patients.insertPatient(manager, caller, person, parsed);
      const patientId =
        created?.id ?? (await findPatientOrFail(manager, { nationalId: parsed.normalized })).id;
      await this.lockPatient(manager, patientId);
      // Only an open case of this district's teams takes the referral in; a case elsewhere
      // is not disclosed, and acceptance waits until it is ended there.
      const open = await this.caseActions.openCaseOf(manager, patientId);
      const joinable =
        open && (await this.teamDistrictOf(manager, open.teamId)) === person.districtId
          ? open
          : null;
      return this.insertReferral(manager, caller, input, patientId, team, joinable, {
        byNationalId: true,
        personRegistered: created !== null,
      });
    });
  }

  /** The referral row, its journal event when it joins an open case, and its audit row. */
  private async insertReferral(
    manager: EntityManager,
    caller: Caller,
    input: RegisterReferralInput,
    patientId: string,
    team: AssessmentTeamEntity,
    open: AssessmentCaseEntity | null,
    auditArgs: Record<string, unknown>,
  ): Promise<ReferralEntity> {
    const now = this.clock.now();
    const referral = manager.create(ReferralEntity, {
      patientId,
      // A person with an open case: the referral joins that case, not a second one.
      teamId: open ? open.teamId : team.id,
      source: input.source,
      channel: input.channel,
      receivedAt: input.receivedAt,
      description: input.description,
      helpRequested: input.helpRequested,
      urgency: input.urgency ?? Urgency.NORMAL,
      requestedLevel: input.requestedLevel ?? null,
      referrerName: input.referrerName ?? null,
      referrerContact: input.referrerContact ?? null,
      status: open ? ReferralStatus.ACCEPTED : ReferralStatus.RECEIVED,
      caseId: open?.id ?? null,
      triagedAt: open ? now : null,
      triagedBy: open ? caller.actor.staffId : null,
      registeredBy: caller.actor.staffId,
    });
    await manager.insert(ReferralEntity, referral);
    if (open)
      await this.journal.recordEvent(manager, caller, open, {
        type: 'REFERRAL_JOINED',
        source: input.source,
      });
    await this.audit.recordWrite(
      manager,
      caller,
      'registerReferral',
      { patientIds: [patientId], caseIds: open ? [open.id] : [] },
      {
        referralId: referral.id,
        teamId: referral.teamId,
        urgency: referral.urgency,
        attachedToCase: Boolean(open),
        ...auditArgs,
      },
    );
    return referral;
  }

  private async teamDistrictOf(manager: EntityManager, teamId: string): Promise<string> {
    return (await findTeamOrFail(manager, teamId)).districtId;
  }

  async accept(
    caller: Caller,
    referralId: string,
    input: AcceptReferralInput,
  ): Promise<AssessmentCaseEntity> {
    return this.dataSource.transaction(async (manager) => {
      const referral = await this.lockForTriage(manager, caller, referralId, 'acceptReferral');
      await this.lockPatient(manager, referral.patientId);
      const now = this.clock.now();
      const team = await findTeamOrFail(manager, referral.teamId);
      let kase = await this.caseActions.openCaseOf(manager, referral.patientId);
      const joined = kase !== null;
      if (kase) {
        // A referral taken in by number for a person who moved: their old district's open
        // case is not this team's to join (nor to show); it must end there first.
        if ((await this.teamDistrictOf(manager, kase.teamId)) !== team.districtId)
          throw ReferralErrors.openCaseInOtherDistrict();
        await this.journal.recordEvent(manager, caller, kase, {
          type: 'REFERRAL_JOINED',
          source: referral.source,
        });
      } else {
        const coordinatorId = await this.coordinatorFor(
          manager,
          caller,
          team.id,
          input.coordinatorId,
        );
        kase = await this.caseActions.openCase(
          manager,
          caller,
          referral.patientId,
          team,
          coordinatorId,
          input.coordinationLevel,
        );
      }
      const members = (input.members ?? []).filter(
        (m, i, all) =>
          // Named twice in one input counts once.
          all.findIndex((other) => other.staffId === m.staffId) === i,
      );
      const newMembers = joined
        ? await this.caseActions.notYetMembers(manager, kase.id, members)
        : members;
      await this.caseActions.addFirstMembers(manager, caller, kase, newMembers);
      await manager.update(
        ReferralEntity,
        { id: referral.id },
        {
          status: ReferralStatus.ACCEPTED,
          caseId: kase.id,
          triagedAt: now,
          triagedBy: caller.actor.staffId,
        },
      );
      const callbackKept = await keepCallbackByTriage(manager, caller, referral.id, now);
      // The person moved: accepting a referral of another district's team moves them there.
      const movedFrom = await this.patients.moveToDistrict(
        manager,
        referral.patientId,
        team.districtId,
      );
      await this.audit.recordWrite(
        manager,
        caller,
        'acceptReferral',
        { patientIds: [referral.patientId], caseIds: [kase.id] },
        {
          referralId,
          caseId: kase.id,
          memberIds: newMembers.map((m) => m.staffId),
          ...(callbackKept ? { callbackKept } : {}),
          ...(joined ? {} : { coordinationLevel: kase.coordinationLevel }),
          ...(movedFrom
            ? { movedFromDistrictId: movedFrom, movedToDistrictId: team.districtId }
            : {}),
        },
      );
      return this.cases.present(kase);
    });
  }

  async reject(
    caller: Caller,
    referralId: string,
    input: RejectReferralInput,
  ): Promise<ReferralEntity> {
    return this.closeTriage(caller, referralId, 'rejectReferral', {
      status: ReferralStatus.REJECTED,
      rejectionReason: input.reason,
    });
  }

  async redirect(
    caller: Caller,
    referralId: string,
    input: RedirectReferralInput,
  ): Promise<ReferralEntity> {
    return this.closeTriage(caller, referralId, 'redirectReferral', {
      status: ReferralStatus.REDIRECTED,
      redirectedTo: input.redirectedTo,
      redirectReason: input.reason,
    });
  }

  /** Rejecting or redirecting: a RECEIVED referral of the caller's team ends its triage. */
  private async closeTriage(
    caller: Caller,
    referralId: string,
    action: 'rejectReferral' | 'redirectReferral',
    outcome: Pick<ReferralEntity, 'status'> & Partial<ReferralEntity>,
  ): Promise<ReferralEntity> {
    return this.dataSource.transaction(async (manager) => {
      const referral = await this.lockForTriage(manager, caller, referralId, action);
      const now = this.clock.now();
      const changes = { ...outcome, triagedAt: now, triagedBy: caller.actor.staffId };
      await manager.update(ReferralEntity, { id: referralId }, changes);
      const callbackKept = await keepCallbackByTriage(manager, caller, referralId, now);
      await this.audit.recordWrite(
        manager,
        caller,
        action,
        { patientIds: [referral.patientId] },
        { referralId, ...(callbackKept ? { callbackKept } : {}) },
      );
      return Object.assign(referral, changes);
    });
  }

  /** What the caller may do with a referral now (`viewerCan`): triage it while it is RECEIVED. */
  viewerCan(caller: Caller, referral: ReferralEntity): Operation[] {
    if (referral.status !== ReferralStatus.RECEIVED) return [];
    return TRIAGE_OPERATIONS.filter((operation) =>
      this.policy.allows(caller, operation, { teamId: referral.teamId }),
    );
  }

  async getReferral(caller: Caller, id: string): Promise<ReferralEntity> {
    const params: unknown[] = [id];
    const visible = this.policy.referralVisibleSql(caller, params);
    const rows = (await this.dataSource.query(
      `SELECT ${entityColumns(this.dataSource, ReferralEntity, 'r')}, ${visible} AS visible FROM referrals r ${patientJoin('p', 'r.patient_id')} WHERE r.id = $1`,
      params,
    )) as (ReferralEntity & { visible: boolean })[];
    const row = rows[0];
    if (!row) throw ReferralErrors.referralNotFound();
    const touched = { patientIds: [row.patientId], caseIds: row.caseId ? [row.caseId] : [] };
    this.policy.require(caller, 'referral', { visible: row.visible }, touched);
    caller.audit.read('referral', touched);
    const { visible: _visible, ...referral } = row;
    return referral as ReferralEntity;
  }

  async listReferrals(caller: Caller, args: ReferralsArgs): Promise<Connection<ReferralEntity>> {
    const limit = pageSize(args.first);
    const params: unknown[] = [];
    const where = [this.policy.referralVisibleSql(caller, params)];
    const filter = args.filter ?? {};
    if (filter.status?.length) {
      params.push(filter.status);
      where.push(`r.status = ANY($${params.length}::text[])`);
    }
    if (filter.teamId) {
      params.push(filter.teamId);
      where.push(`r.team_id = $${params.length}`);
    }
    if (filter.urgency) {
      params.push(filter.urgency);
      where.push(`r.urgency = $${params.length}`);
    }
    // null, as often sent for "no filter", filters nothing.
    if ((filter.triageOverdue ?? null) !== null) {
      // As triageOverdue(): URGENT, RECEIVED, and past the end of the local day after arrival.
      params.push(this.config.TZ_MUNICIPALITY, this.clock.now());
      const zone = `$${params.length - 1}::text`;
      const overdue = `(r.urgency = 'URGENT' AND r.status = 'RECEIVED' AND $${params.length}::timestamptz >= (((r.received_at AT TIME ZONE ${zone})::date + 2)::timestamp AT TIME ZONE ${zone}))`;
      where.push(filter.triageOverdue ? overdue : `NOT ${overdue}`);
    }
    if (filter.callback) {
      // One entry: a callback not kept yet; DUE by the end of the municipal day, OVERDUE now.
      let due = '';
      if (filter.callback !== CallbackFilter.OPEN) {
        params.push(this.clock.now());
        const now = `$${params.length}::timestamptz`;
        if (filter.callback === CallbackFilter.OVERDUE) due = ` AND cb.due_at < ${now}`;
        else {
          params.push(this.config.TZ_MUNICIPALITY);
          const zone = `$${params.length}::text`;
          due = ` AND cb.due_at < ((((${now} AT TIME ZONE ${zone})::date + 1)::timestamp) AT TIME ZONE ${zone})`;
        }
      }
      where.push(
        `EXISTS (SELECT 1 FROM referral_callbacks cb WHERE cb.referral_id = r.id AND ${OPEN_CALLBACK}${due})`,
      );
    }
    if (filter.receivedFrom) {
      params.push(filter.receivedFrom);
      where.push(`r.received_at >= $${params.length}`);
    }
    if (filter.receivedTo) {
      params.push(filter.receivedTo);
      where.push(`r.received_at < $${params.length}`);
    }
    const whereSql = where.join(' AND ');
    const from = `FROM referrals r ${patientJoin('p', 'r.patient_id')}`;
    const { connection } = await pageQuery<ReferralEntity & { rank: number }>({
      db: this.dataSource,
      params,
      first: args.first,
      after: args.after,
      order: {
        keys: [
          { sql: URGENCY_RANK, part: 'int' },
          { sql: 'r.received_at', part: 'timestamp' },
          { sql: 'r.id', part: 'uuid' },
        ],
        direction: 'ASC',
      },
      rows: (
        at,
      ) => `SELECT ${entityColumns(this.dataSource, ReferralEntity, 'r')}, ${URGENCY_RANK} AS "rank" ${from} WHERE ${whereSql} ${at.keyset}
          ORDER BY ${URGENCY_RANK}, r.received_at, r.id LIMIT ${at.limit}`,
      count: `SELECT count(*)::int AS n ${from} WHERE ${whereSql}`,
      cursorOf: (r) => [r.rank, new Date(r.receivedAt).toISOString(), r.id],
    });
    caller.audit.read(
      'referrals',
      {
        patientIds: connection.edges.map((e) => e.node.patientId),
        caseIds: connection.edges.flatMap((e) => (e.node.caseId ? [e.node.caseId] : [])),
      },
      { filter: { ...filter }, first: limit },
    );
    return connection;
  }

  async referralsOfCases(caseIds: readonly string[]): Promise<ReferralEntity[][]> {
    return findGroupedBy(
      this.dataSource.getRepository(ReferralEntity),
      'caseId',
      caseIds as (string | null)[],
      { receivedAt: 'ASC', id: 'ASC' },
    );
  }

  private async receivingTeam(
    patient: Pick<PatientEntity, 'districtId'>,
    teamId?: string,
  ): Promise<AssessmentTeamEntity> {
    const manager = this.dataSource.manager;
    if (teamId) {
      const team = await findTeamBy(manager, { id: teamId });
      if (!team) throw ReferralErrors.teamNotFound();
      if (team.districtId !== patient.districtId) throw ReferralErrors.teamOutsideDistrict();
      return team;
    }
    const team = await findTeamBy(manager, {
      districtId: patient.districtId,
      serviceArea: ServiceArea.SOMATIC,
    });
    if (!team) throw ReferralErrors.noTeamInDistrict();
    return team;
  }

  /** Serialises intake per person, so two acceptances never open two cases. */
  private async lockPatient(manager: EntityManager, patientId: string): Promise<void> {
    await lockPatientRow(manager, patientId);
  }

  private async lockForTriage(
    manager: EntityManager,
    caller: Caller,
    referralId: string,
    action: 'acceptReferral' | 'rejectReferral' | 'redirectReferral',
  ): Promise<ReferralEntity> {
    const referral = await manager.findOne(ReferralEntity, {
      where: { id: referralId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!referral) throw ReferralErrors.referralNotFound();
    const touched = { patientIds: [referral.patientId] };
    this.policy.require(caller, action, { teamId: referral.teamId }, touched);
    if (referral.status !== ReferralStatus.RECEIVED) {
      caller.audit.read(action, touched);
      throw ReferralErrors.alreadyTriaged(referral.status);
    }
    return referral;
  }

  /** The named coordinator, else the caller if a coordinator, else the team's first active coordinator. */
  private async coordinatorFor(
    manager: EntityManager,
    caller: Caller,
    teamId: string,
    named?: string,
  ): Promise<string> {
    const ids = await this.caseActions.activeCoordinators(manager, teamId);
    if (named) {
      if (!ids.includes(named)) throw CaseErrors.notACoordinator();
      return named;
    }
    if (caller.actor.profession === Profession.COORDINATOR && ids.includes(caller.actor.staffId))
      return caller.actor.staffId;
    if (ids.length === 0) throw ReferralErrors.noCoordinator();
    return ids[0];
  }
}
