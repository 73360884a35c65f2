import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import { CLOCK, type Clock } from 'src/common/clock';
import { findGroupedBy } from 'src/common/graphql/loaders';
import { APP_CONFIG, AppConfig } from 'src/config/app-config';
import { AccessPolicyService } from 'src/modules/access';
import type { Operation } from 'src/modules/access/model';
import { AuditService } from 'src/modules/audit';
import { endOfLocalDay, localDateOf } from 'src/modules/cases/model';
import { IdentityLoaders } from 'src/modules/identity';
import { findTeamOrFail } from 'src/modules/identity/model';
import { SettingsService } from 'src/modules/settings';
import { requireSetting, type SettingValues } from 'src/modules/settings/model';
import type {
  RecordCallbackArgs,
  ResolveReferralDirectlyArgs,
  ScheduleCallbackArgs,
} from 'src/modules/referrals/dto/single-entry.input';
import { ReferralCallbackEntity } from 'src/modules/referrals/referral-callback.entity';
import {
  keepCallbackByTriage,
  keptOnTime,
  OPEN_CALLBACK,
} from 'src/modules/referrals/referral-callbacks';
import { ReferralEntity } from 'src/modules/referrals/referral.entity';
import { CallbackKeptHow, ReferralStatus } from 'src/modules/referrals/referral.enums';
import { ReferralErrors } from 'src/modules/referrals/referrals.errors';

/** How far ahead a callback can be promised. */
export const CALLBACK_MAX_DAYS = 30;

type SingleEntryOperation = 'resolveReferralDirectly' | 'scheduleCallback' | 'recordCallback';

/**
 * One entry (Billund, setting `singleEntry` of the referral's district): an inquiry resolved
 * at first contact without a case, and a call back promised while the team discusses it.
 * The same people who triage the referral may do both, while it awaits triage.
 */
@Injectable()
export class SingleEntryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicyService,
    private readonly audit: AuditService,
    private readonly settings: SettingsService,
    private readonly identity: IdentityLoaders,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Closes an inquiry at first contact: RESOLVED_DIRECTLY, with its outcome and note, no case. */
  async resolveDirectly(
    caller: Caller,
    { referralId, outcome, note }: ResolveReferralDirectlyArgs,
  ): Promise<ReferralEntity> {
    return this.dataSource.transaction(async (manager) => {
      const referral = await this.lockReceived(
        manager,
        caller,
        referralId,
        'resolveReferralDirectly',
      );
      const now = this.clock.now();
      const changes = {
        status: ReferralStatus.RESOLVED_DIRECTLY,
        directOutcome: outcome,
        directNote: note,
        triagedAt: now,
        triagedBy: caller.actor.staffId,
      };
      await manager.update(ReferralEntity, { id: referralId }, changes);
      const callback = await keepCallbackByTriage(manager, caller, referralId, now);
      await this.audit.recordWrite(
        manager,
        caller,
        'resolveReferralDirectly',
        { patientIds: [referral.patientId] },
        { referralId, outcome, ...(callback ? { callbackKept: callback } : {}) },
      );
      return Object.assign(referral, changes);
    });
  }

  /** Promises a call back by `dueAt`; a callback not yet made is replaced (its row kept). */
  async scheduleCallback(
    caller: Caller,
    { referralId, dueAt }: ScheduleCallbackArgs,
  ): Promise<ReferralEntity> {
    const now = this.clock.now();
    if (dueAt.getTime() <= now.getTime()) throw ReferralErrors.callbackDueInPast();
    if (dueAt.getTime() > now.getTime() + CALLBACK_MAX_DAYS * 86_400_000)
      throw ReferralErrors.callbackDueTooLate(CALLBACK_MAX_DAYS);
    return this.dataSource.transaction(async (manager) => {
      const referral = await this.lockReceived(manager, caller, referralId, 'scheduleCallback');
      const replaced = (await manager.query(
        `UPDATE referral_callbacks cb SET replaced_at = $2 WHERE cb.referral_id = $1 AND ${OPEN_CALLBACK} RETURNING cb.id`,
        [referralId, now],
      )) as [{ id: string }[], number];
      const callback = manager.create(ReferralCallbackEntity, {
        referralId,
        dueAt,
        scheduledAt: now,
        scheduledBy: caller.actor.staffId,
        keptAt: null,
        keptHow: null,
        keptBy: null,
        note: null,
        replacedAt: null,
      });
      await manager.insert(ReferralCallbackEntity, callback);
      const replacedId = replaced[0][0]?.id;
      await this.audit.recordWrite(
        manager,
        caller,
        'scheduleCallback',
        { patientIds: [referral.patientId] },
        {
          referralId,
          callbackId: callback.id,
          dueAt: dueAt.toISOString(),
          ...(replacedId ? { replacedCallbackId: replacedId } : {}),
        },
      );
      return referral;
    });
  }

  /** Records the promised call: the open callback is kept, with what was said. */
  async recordCallback(
    caller: Caller,
    { referralId, note }: RecordCallbackArgs,
  ): Promise<ReferralEntity> {
    return this.dataSource.transaction(async (manager) => {
      const referral = await this.lockReceived(manager, caller, referralId, 'recordCallback');
      const now = this.clock.now();
      const rows = (await manager.query(
        `UPDATE referral_callbacks cb SET kept_at = $2, kept_how = $3, kept_by = $4, note = $5
          WHERE cb.referral_id = $1 AND ${OPEN_CALLBACK}
          RETURNING cb.id, cb.due_at AS "dueAt", cb.kept_at AS "keptAt"`,
        [referralId, now, CallbackKeptHow.CALL, caller.actor.staffId, note],
      )) as [{ id: string; dueAt: Date; keptAt: Date }[], number];
      const kept = rows[0][0];
      if (!kept) {
        caller.audit.read('recordCallback', { patientIds: [referral.patientId] });
        throw ReferralErrors.noCallbackScheduled();
      }
      await this.audit.recordWrite(
        manager,
        caller,
        'recordCallback',
        { patientIds: [referral.patientId] },
        { referralId, callbackId: kept.id, keptOnTime: keptOnTime(kept) },
      );
      return referral;
    });
  }

  /**
   * The referral locked for the operation: the caller triages its team (else FORBIDDEN), its
   * district has one entry switched on (else FORBIDDEN / FEATURE_DISABLED), and it still
   * awaits triage (else REFERRAL_ALREADY_TRIAGED). Each refusal is audited.
   */
  private async lockReceived(
    manager: EntityManager,
    caller: Caller,
    referralId: string,
    operation: SingleEntryOperation,
  ): Promise<ReferralEntity> {
    const referral = await manager.findOne(ReferralEntity, {
      where: { id: referralId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!referral) throw ReferralErrors.referralNotFound();
    const touched = { patientIds: [referral.patientId] };
    this.policy.require(caller, operation, { teamId: referral.teamId }, touched);
    const team = await findTeamOrFail(manager, referral.teamId);
    const values = await this.settings.effectiveFor(manager, team.districtId);
    if (values.singleEntry !== true) {
      caller.audit.refused(operation, touched, { reason: 'FEATURE_DISABLED' });
      requireSetting(values, 'singleEntry', operation);
    }
    if (referral.status !== ReferralStatus.RECEIVED) {
      caller.audit.read(operation, touched);
      throw ReferralErrors.alreadyTriaged(referral.status);
    }
    return referral;
  }

  /** What one entry offers on a referral now (part of its `viewerCan`). */
  async viewerCan(caller: Caller, referral: ReferralEntity): Promise<Operation[]> {
    if (referral.status !== ReferralStatus.RECEIVED) return [];
    const target = { teamId: referral.teamId };
    if (!this.policy.allows(caller, 'scheduleCallback', target)) return [];
    const team = await this.identity.team(caller, referral.teamId);
    if (!team || !(await this.settingsOf(caller, team.districtId)).singleEntry) return [];
    const open = (await this.callbacksOf(caller, referral.id)).some(
      (c) => c.keptAt === null && c.replacedAt === null,
    );
    const offered: SingleEntryOperation[] = [
      'resolveReferralDirectly',
      'scheduleCallback',
      ...(open ? (['recordCallback'] as const) : []),
    ];
    return offered.filter((operation) => this.policy.allows(caller, operation, target));
  }

  /** A district's current values, once per request. */
  private settingsOf(caller: Caller, districtId: string): Promise<SettingValues> {
    return caller.loaders
      .get<string, SettingValues>('singleEntrySettings', (ids) =>
        Promise.all(ids.map((id) => this.settings.effectiveFor(this.dataSource.manager, id))),
      )
      .load(districtId);
  }

  /** Every callback of a referral, oldest first (batched per request). */
  callbacksOf(caller: Caller, referralId: string): Promise<ReferralCallbackEntity[]> {
    return caller.loaders
      .get<string, ReferralCallbackEntity[]>('referralCallbacks', (ids) =>
        findGroupedBy(this.dataSource.getRepository(ReferralCallbackEntity), 'referralId', ids, {
          scheduledAt: 'ASC',
          // A callback moved at the instant it was promised: the replaced one first.
          replacedAt: 'ASC',
          id: 'ASC',
        }),
      )
      .load(referralId);
  }

  /** The callback in force: the open one, else the last one kept (a replaced one never). */
  async currentCallback(
    caller: Caller,
    referralId: string,
  ): Promise<ReferralCallbackEntity | null> {
    const live = (await this.callbacksOf(caller, referralId)).filter((c) => c.replacedAt === null);
    return live.at(-1) ?? null;
  }

  /** Not kept, and past its due time. */
  overdue(callback: ReferralCallbackEntity): boolean {
    return (
      callback.keptAt === null &&
      callback.replacedAt === null &&
      this.clock.now().getTime() > new Date(callback.dueAt).getTime()
    );
  }

  /** Not kept, not overdue, and due by the end of today (municipal time). */
  dueToday(callback: ReferralCallbackEntity): boolean {
    if (callback.keptAt !== null || callback.replacedAt !== null || this.overdue(callback))
      return false;
    return new Date(callback.dueAt).getTime() <= this.endOfToday().getTime();
  }

  keptOnTime(callback: ReferralCallbackEntity): boolean | null {
    return callback.keptAt === null ? null : keptOnTime(callback);
  }

  /** The end of the municipality's local day now (the start of tomorrow). */
  endOfToday(): Date {
    const zone = this.config.TZ_MUNICIPALITY;
    return endOfLocalDay(localDateOf(this.clock.now(), zone), zone);
  }
}
