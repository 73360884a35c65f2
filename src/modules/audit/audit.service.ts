import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Caller } from 'src/common/auth/caller';
import { AuditAccess, AuditEventEntity } from 'src/modules/audit/audit-event.entity';
import { AuditCollector, type Touched } from 'src/modules/audit/audit-collector';

/** Writes the append-only audit trail of DESIGN.md "Audit". */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** A write's audit row: call inside the write's transaction, so both commit or neither. */
  async recordWrite(
    manager: EntityManager,
    caller: Caller,
    action: string,
    touched: Touched,
    args: Record<string, unknown> = {},
  ): Promise<void> {
    await manager.insert(AuditEventEntity, {
      requestId: caller.requestId,
      actorId: caller.actor.staffId,
      actorProfession: caller.actor.profession,
      action,
      access: AuditAccess.WRITE,
      patientIds: [...new Set(touched.patientIds ?? [])],
      caseIds: [...new Set(touched.caseIds ?? [])],
      args,
      emergency: false,
    } as QueryDeepPartialEntity<AuditEventEntity>);
  }

  /** Writes the request's collected reads and refusals; a failure fails the request. */
  async flush(
    collector: AuditCollector,
    requestId: string,
    actor: Caller['actor'] | undefined,
  ): Promise<void> {
    const events = collector.drain();
    if (events.length === 0) return;
    await this.dataSource.getRepository(AuditEventEntity).insert(
      events.map((event) => ({
        requestId,
        actorId: actor?.staffId ?? null,
        actorProfession: actor?.profession ?? null,
        action: [...event.actions].join(','),
        access: event.access,
        patientIds: [...event.patientIds],
        caseIds: [...event.caseIds],
        args: event.args.length === 1 ? event.args[0] : { calls: event.args },
        emergency: event.emergency,
      })) as QueryDeepPartialEntity<AuditEventEntity>[],
    );
  }
}
