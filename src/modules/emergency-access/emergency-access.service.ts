import { Inject, Injectable } from '@nestjs/common';
import { entityColumns } from 'src/database/entity-columns';
import { DataSource } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import { CLOCK, type Clock } from 'src/common/clock';
import { type Connection, pageQuery } from 'src/common/graphql/pagination';
import { AccessPolicyService } from 'src/modules/access';
import { EMERGENCY_ACCESS_HOURS, NO_RELATION } from 'src/modules/access/model';
import { AuditService } from 'src/modules/audit';
import { CaseErrors, findCase } from 'src/modules/cases/model';
import type { EmergencyAccessesArgs } from 'src/modules/emergency-access/dto/emergency-access.args';
import { EmergencyAccessGrantEntity } from 'src/modules/emergency-access/emergency-access-grant.entity';
import { EmergencyAccessErrors } from 'src/modules/emergency-access/emergency-access.errors';

/**
 * Break-the-glass (docs/design.md "Emergency access"): a clinician or caseworker with no
 * relation to a case opens it for reading and journal entries, for 4 hours, with a
 * reason. The grant lives in the database; the policy (emergencyGrantSql) honours it
 * and the audit trail flags every access made under it.
 */
@Injectable()
export class EmergencyAccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicyService,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async request(
    caller: Caller,
    caseId: string,
    reason: string,
  ): Promise<EmergencyAccessGrantEntity> {
    const action = 'requestEmergencyAccess';
    return this.dataSource.transaction(async (manager) => {
      const kase = await findCase(manager, caseId);
      const touched = kase ? { patientIds: [kase.patientId], caseIds: [kase.id] } : {};
      // Who may break the glass at all is answered before whether the case exists.
      const relation = kase ? await this.policy.relationTo(manager, caller, kase) : NO_RELATION;
      this.policy.require(caller, action, relation, touched);
      if (!kase) throw CaseErrors.caseNotFound();
      const grantedAt = this.clock.now();
      const grant = manager.create(EmergencyAccessGrantEntity, {
        staffId: caller.actor.staffId,
        staffProfession: caller.actor.profession,
        caseId: kase.id,
        patientId: kase.patientId,
        reason: reason.trim(),
        grantedAt,
        expiresAt: new Date(grantedAt.getTime() + EMERGENCY_ACCESS_HOURS * 3_600_000),
        requestId: caller.requestId,
      });
      await manager.insert(EmergencyAccessGrantEntity, grant);
      caller.audit.underEmergency([{ caseId: kase.id, patientId: kase.patientId }]);
      // The reason is free text: it stays in the grant, which the privacy officer reads.
      await this.audit.recordWrite(
        manager,
        caller,
        action,
        touched,
        { caseId: kase.id, grantId: grant.id, expiresAt: grant.expiresAt.toISOString() },
        true,
      );
      return grant;
    });
  }

  /** Every emergency access in the period, newest first (the privacy officer). */
  async list(
    caller: Caller,
    args: EmergencyAccessesArgs,
  ): Promise<Connection<EmergencyAccessGrantEntity>> {
    this.policy.require(caller, 'emergencyAccesses', undefined);
    if (args.from && args.to && args.from > args.to) throw EmergencyAccessErrors.datesOutOfOrder();
    const params: unknown[] = [];
    const where = ['TRUE'];
    if (args.from) {
      params.push(args.from);
      where.push(`g.granted_at >= $${params.length}::timestamptz`);
    }
    if (args.to) {
      params.push(args.to);
      where.push(`g.granted_at < $${params.length}::timestamptz`);
    }
    const whereSql = where.join(' AND ');
    const { connection, limit } = await pageQuery<EmergencyAccessGrantEntity>({
      db: this.dataSource,
      params,
      first: args.first,
      after: args.after,
      order: {
        keys: [
          { sql: 'g.granted_at', part: 'timestamp' },
          { sql: 'g.id', part: 'uuid' },
        ],
        direction: 'DESC',
      },
      rows: (
        at,
      ) => `SELECT ${entityColumns(this.dataSource, EmergencyAccessGrantEntity, 'g')} FROM emergency_access_grants g WHERE ${whereSql} ${at.keyset}
          ORDER BY g.granted_at DESC, g.id DESC LIMIT ${at.limit}`,
      count: `SELECT count(*)::int AS n FROM emergency_access_grants g WHERE ${whereSql}`,
      cursorOf: (g) => [new Date(g.grantedAt).toISOString(), g.id],
    });
    caller.audit.read(
      'emergencyAccesses',
      {
        patientIds: connection.edges.map((e) => e.node.patientId),
        caseIds: connection.edges.map((e) => e.node.caseId),
      },
      { from: args.from ?? null, to: args.to ?? null, first: limit },
    );
    return connection;
  }

  /** One grant by id, for `node(id)`: the privacy officer's rule, audited like the list. */
  async grant(caller: Caller, id: string): Promise<EmergencyAccessGrantEntity> {
    this.policy.require(caller, 'emergencyAccesses', undefined);
    const rows = (await this.dataSource.query(
      `SELECT ${entityColumns(this.dataSource, EmergencyAccessGrantEntity, 'g')} FROM emergency_access_grants g WHERE g.id = $1`,
      [id],
    )) as EmergencyAccessGrantEntity[];
    const grant = rows[0];
    if (!grant) throw EmergencyAccessErrors.grantNotFound();
    caller.audit.read(
      'emergencyAccesses',
      { patientIds: [grant.patientId], caseIds: [grant.caseId] },
      { grantId: id },
    );
    return grant;
  }

  /** Whether the grant still runs. */
  isActive(grant: EmergencyAccessGrantEntity): boolean {
    return new Date(grant.expiresAt).getTime() > this.clock.now().getTime();
  }
}
