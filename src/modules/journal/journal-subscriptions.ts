import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { Actor } from 'src/common/auth/actor';
import { AuthService } from 'src/common/auth/auth.service';
import type { Caller } from 'src/common/auth/caller';
import { refuse } from 'src/common/graphql/domain-error';
import { LoaderRegistry } from 'src/common/graphql/loaders';
import { LOGGER } from 'src/common/logging/logger';
import { AccessPolicyService } from 'src/modules/access';
import { anyRelation, REFUSALS } from 'src/modules/access/model';
import { AuditService } from 'src/modules/audit';
import { AuditCollector, AuditErrors } from 'src/modules/audit/model';
import { JournalEntryEntity } from 'src/modules/journal/journal-entry.entity';
import type { JournalEntryNotification } from 'src/modules/journal/journal-notifier';
import { JournalErrors } from 'src/modules/journal/journal.errors';

/** Who a `journalEntryAdded` subscription delivers to; decided again at every entry. */
export interface JournalSubscriber {
  caseId: string;
  staffId: string;
  /** The subscription's request id: its audit rows share it. */
  requestId: string;
  /** The actor at subscribe time: names the subscriber in a refusal's audit row only. */
  actor: Actor;
}

/** The audit trail's name for the subscription (its start, each delivery and a refusal). */
const SUBSCRIPTION = 'journalEntryAdded';

/** `journalEntryAdded`: who may subscribe, and each delivery decided and audited again. */
@Injectable()
export class JournalSubscriptions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicyService,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * Starts a `journalEntryAdded` subscription: the caller must see the case now, and the
   * subscription is audited as a read of the case (the refusal too), written at once: no
   * HTTP response carries it. Answers who is subscribed, for the deliveries.
   */
  async openSubscription(caller: Caller, caseId: string): Promise<JournalSubscriber> {
    try {
      const kase = await this.policy.visibleCase(
        this.dataSource,
        caller,
        caseId,
        SUBSCRIPTION,
        JournalErrors.caseNotFound,
      );
      caller.audit.read(
        SUBSCRIPTION,
        { patientIds: [kase.patientId], caseIds: [kase.id] },
        { caseId },
      );
    } finally {
      await this.writeSubscriptionAudit(caller);
    }
    return {
      caseId,
      staffId: caller.actor.staffId,
      requestId: caller.requestId,
      actor: caller.actor,
    };
  }

  /**
   * One new entry for a subscriber, decided again now: the staff member re-read from the
   * database (still active?) and their relation to the case as it is now (team, assignment,
   * receiving unit, unexpired emergency grant). A delivered entry is audited as a read before
   * it is sent; no audit, no entry. A refusal ends the subscription (FORBIDDEN, with why).
   * Answers null for a notification that is not an entry of this case.
   */
  async deliver(
    subscriber: JournalSubscriber,
    note: JournalEntryNotification,
  ): Promise<JournalEntryEntity | null> {
    if (note.caseId !== subscriber.caseId) return null;
    const standing = await this.auth.standingOf(subscriber.staffId);
    const caller: Caller = {
      requestId: subscriber.requestId,
      // A staff member is never deleted; the actor of subscribe time only names who is refused.
      actor: standing?.actor ?? subscriber.actor,
      audit: new AuditCollector(),
      loaders: new LoaderRegistry(),
    };
    const found = await this.policy.caseWithRelation(this.dataSource, caller, subscriber.caseId);
    if (!found) throw JournalErrors.caseNotFound();
    const { kase, relation } = found;
    const touched = { patientIds: [kase.patientId], caseIds: [kase.id] };
    const active = standing?.active ?? false;
    const refusal = this.policy.decision(caller, 'journalEntryDelivery', {
      active,
      relation,
      emergencyGrantExpired:
        active &&
        !anyRelation(relation) &&
        (await this.policy.emergencyGrantExpired(this.dataSource, caller, kase.id)),
    });
    if (refusal) {
      caller.audit.refused(SUBSCRIPTION, touched, { reason: refusal, entryId: note.entryId });
      // The subscription ends whether or not the refusal could be written.
      await this.writeSubscriptionAudit(caller).catch(() => undefined);
      throw refuse(refusal, REFUSALS[refusal]);
    }
    const entry = await this.dataSource
      .getRepository(JournalEntryEntity)
      .findOneBy({ id: note.entryId, caseId: kase.id });
    if (!entry) return null;
    caller.audit.read(SUBSCRIPTION, touched, { caseId: kase.id, entryId: entry.id });
    await this.writeSubscriptionAudit(caller);
    return entry;
  }

  /** A subscription's audit rows, written now; a failure ends it (SERVICE_UNAVAILABLE). */
  private async writeSubscriptionAudit(caller: Caller): Promise<void> {
    try {
      await this.audit.flush(caller.audit, caller.requestId, caller.actor);
    } catch (error) {
      const code = (error as { code?: string; driverError?: { code?: string } }).driverError?.code;
      this.logger.error({ code }, 'audit write failed; journal entry withheld from a subscriber');
      throw AuditErrors.unavailable('shown');
    }
  }
}
