import { performance } from 'node:perf_hooks';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource, EntityManager } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import { AuditErrors } from 'src/modules/audit/audit.errors';
import { LOGGER } from 'src/common/logging/logger';
import { AuditAccess, AuditEventEntity } from 'src/modules/audit/audit-event.entity';
import {
  AuditCollector,
  type PendingAuditEvent,
  type Touched,
} from 'src/modules/audit/audit-collector';

/**
 * Audit arguments are stored as jsonb, which refuses NUL and lone surrogates: such characters
 * (in a search string, say) are replaced, so that hostile input cannot make the audit, and so
 * the request, fail.
 */
function storable(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\u0000|\p{Cs}/gu, '\uFFFD');
  if (Array.isArray(value)) return value.map(storable);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, storable(item)]));
  }
  return value;
}

type AuditRow = Omit<AuditEventEntity, 'id' | 'occurredAt' | 'args'> & { args: unknown };

/**
 * One INSERT for the rows (every request writes at least one: no query builder, no
 * RETURNING). `occurred_at` and `id` take their defaults.
 */
async function insertAuditRows(
  runner: Pick<EntityManager, 'query'>,
  rows: readonly AuditRow[],
): Promise<void> {
  const params: unknown[] = [];
  const values = rows.map((row) => {
    params.push(
      row.requestId,
      row.actorId,
      row.actorProfession,
      row.action,
      row.access,
      row.patientIds,
      row.caseIds,
      JSON.stringify(row.args),
      row.emergency,
    );
    const n = params.length;
    return `($${n - 8}, $${n - 7}::uuid, $${n - 6}, $${n - 5}, $${n - 4}, $${n - 3}::uuid[], $${n - 2}::uuid[], $${n - 1}::jsonb, $${n})`;
  });
  await runner.query(
    `INSERT INTO audit_events (request_id, actor_id, actor_profession, action, access, patient_ids, case_ids, args, emergency)
     VALUES ${values.join(', ')}`,
    params,
  );
}

/** Writes the append-only audit trail of docs/design.md "Audit". */
@Injectable()
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * A write's audit row: call inside the write's transaction, so both commit or neither.
   * If the row cannot be written the write fails too (fail closed: SERVICE_UNAVAILABLE).
   */
  async recordWrite(
    manager: EntityManager,
    caller: Caller,
    action: string,
    touched: Touched,
    args: Record<string, unknown> = {},
    emergency = caller.audit.isEmergency(touched),
  ): Promise<void> {
    const started = performance.now();
    try {
      await insertAuditRows(manager, [
        {
          requestId: caller.requestId,
          actorId: caller.actor.staffId,
          actorProfession: caller.actor.profession,
          action,
          access: AuditAccess.WRITE,
          patientIds: [...new Set(touched.patientIds ?? [])],
          caseIds: [...new Set(touched.caseIds ?? [])],
          args: storable(args),
          emergency,
        },
      ]);
    } catch (error) {
      // The error's code only: a failed INSERT carries the row (person ids) in its parameters.
      const code =
        (error as { driverError?: { code?: string } }).driverError?.code ??
        (error as { code?: string }).code;
      this.logger.error({ action, code }, 'audit write failed; the change is rolled back');
      throw AuditErrors.unavailable('changed');
    } finally {
      caller.audit.spentMs += performance.now() - started;
    }
  }

  /** Writes the request's collected reads and refusals; a failure fails the request. */
  async flush(
    collector: AuditCollector,
    requestId: string,
    actor: Caller['actor'] | undefined,
  ): Promise<void> {
    const events = collector.drain();
    if (events.length === 0) return;
    const started = performance.now();
    try {
      await this.insertEvents(events, requestId, actor);
    } finally {
      collector.spentMs += performance.now() - started;
    }
  }

  private async insertEvents(
    events: PendingAuditEvent[],
    requestId: string,
    actor: Caller['actor'] | undefined,
  ): Promise<void> {
    await insertAuditRows(
      this.dataSource,
      events.map((event) => ({
        requestId,
        actorId: actor?.staffId ?? null,
        actorProfession: actor?.profession ?? null,
        action: [...event.actions].join(','),
        access: event.access,
        patientIds: [...event.patientIds],
        caseIds: [...event.caseIds],
        args: storable(event.args.length === 1 ? event.args[0] : { calls: event.args }),
        emergency: event.emergency,
      })),
    );
  }
}
