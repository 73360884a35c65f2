import { Injectable } from '@nestjs/common';
import { entityColumns } from 'src/database/entity-columns';
import { DataSource } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import { AuditErrors } from 'src/modules/audit/audit.errors';
import { type Connection, pageQuery } from 'src/common/graphql/pagination';
import { AccessPolicyService } from 'src/modules/access';
import { type AuditAccess, AuditEventEntity } from 'src/modules/audit/audit-event.entity';
import { IdentityErrors, patientExists } from 'src/modules/identity/model';

export interface AuditTrailQuery {
  patientId: string;
  from?: Date;
  to?: Date;
  staffId?: string;
  kinds?: AuditAccess[];
  first?: number;
  after?: string;
}

/** A page of the trail, keeping the person and period it was asked for (for `actors`). */
export type TrailPage = Connection<AuditEventEntity> & {
  trailQuery: Pick<AuditTrailQuery, 'patientId' | 'from' | 'to'>;
};

/** The person and period conditions of a trail query, added to `params`. */
function periodWhere(query: Pick<AuditTrailQuery, 'patientId' | 'from' | 'to'>, params: unknown[]) {
  // The GIN index on patient_ids answers the containment test.
  params.push([query.patientId]);
  const where = [`a.patient_ids @> $${params.length}::uuid[]`];
  if (query.from) {
    params.push(query.from);
    where.push(`a.occurred_at >= $${params.length}::timestamptz`);
  }
  if (query.to) {
    params.push(query.to);
    where.push(`a.occurred_at < $${params.length}::timestamptz`);
  }
  return where;
}

/**
 * "Who has looked at my journal": every audit event that touched one person, newest
 * first, for the privacy officer. Events hold ids, operations and arguments minus free
 * text, never journal contents.
 */
@Injectable()
export class AuditTrailService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicyService,
  ) {}

  async trail(caller: Caller, query: AuditTrailQuery): Promise<TrailPage> {
    const touched = { patientIds: [query.patientId] };
    this.policy.require(caller, 'auditTrail', undefined, touched);
    if (query.from && query.to && query.from > query.to) {
      throw AuditErrors.datesOutOfOrder();
    }
    if (!(await patientExists(this.dataSource.manager, query.patientId)))
      throw IdentityErrors.patientNotFound();

    const params: unknown[] = [];
    const where = periodWhere(query, params);
    if (query.staffId) {
      params.push(query.staffId);
      where.push(`a.actor_id = $${params.length}::uuid`);
    }
    if (query.kinds?.length) {
      params.push(query.kinds);
      where.push(`a.access = ANY($${params.length}::text[])`);
    }
    const whereSql = where.join(' AND ');
    const { connection: page, limit } = await pageQuery<AuditEventEntity>({
      db: this.dataSource,
      params,
      first: query.first,
      after: query.after,
      order: {
        keys: [
          { sql: 'a.occurred_at', part: 'timestamp' },
          { sql: 'a.id', part: 'uuid' },
        ],
        direction: 'DESC',
      },
      rows: (
        at,
      ) => `SELECT ${entityColumns(this.dataSource, AuditEventEntity, 'a')} FROM audit_events a WHERE ${whereSql} ${at.keyset}
          ORDER BY a.occurred_at DESC, a.id DESC LIMIT ${at.limit}`,
      count: `SELECT count(*)::int AS n FROM audit_events a WHERE ${whereSql}`,
      cursorOf: (a) => [new Date(a.occurredAt).toISOString(), a.id],
    });
    // Looking at the trail is itself an access to the person's data.
    caller.audit.read('auditTrail', touched, {
      patientId: query.patientId,
      from: query.from ?? null,
      to: query.to ?? null,
      staffId: query.staffId ?? null,
      kinds: query.kinds ?? null,
      first: limit,
    });
    return {
      ...page,
      trailQuery: { patientId: query.patientId, from: query.from, to: query.to },
    };
  }

  /**
   * The staff members who acted in a person's trail in a period, for the trail's staff
   * filter. Only asked through a page `trail` has checked and audited.
   */
  async actorIds(query: Pick<AuditTrailQuery, 'patientId' | 'from' | 'to'>): Promise<string[]> {
    const params: unknown[] = [];
    const where = periodWhere(query, params).join(' AND ');
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT a.actor_id AS id FROM audit_events a WHERE ${where} AND a.actor_id IS NOT NULL`,
      params,
    )) as { id: string }[];
    return rows.map((row) => row.id);
  }

  /** One audit event by id, for `node(id)`: the privacy officer's rule, audited like the trail. */
  async event(caller: Caller, id: string): Promise<AuditEventEntity> {
    const rows = (await this.dataSource.query(
      `SELECT ${entityColumns(this.dataSource, AuditEventEntity, 'a')} FROM audit_events a WHERE a.id = $1`,
      [id],
    )) as AuditEventEntity[];
    const event = rows[0];
    if (!event) throw AuditErrors.eventNotFound();
    const touched = { patientIds: event.patientIds, caseIds: event.caseIds };
    this.policy.require(caller, 'auditTrail', undefined, touched);
    caller.audit.read('auditTrail', touched, { eventId: id });
    return event;
  }
}
