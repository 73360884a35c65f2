import { Injectable } from '@nestjs/common';
import { DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import { inKeyOrder } from 'src/common/graphql/loaders';
import { entityColumns } from 'src/database/entity-columns';
import { AssessmentTeamEntity } from 'src/modules/identity/assessment-team.entity';
import { PatientEntity } from 'src/modules/identity/patient.entity';
import { StaffMemberEntity } from 'src/modules/identity/staff-member.entity';

/**
 * Batched look-ups by id for field resolvers of other modules. The parent object's
 * resolver has already checked access and audited the person it belongs to.
 */
@Injectable()
export class IdentityLoaders {
  constructor(private readonly dataSource: DataSource) {}

  patient(caller: Caller, id: string): Promise<PatientEntity | null> {
    return caller.loaders
      .get<string, PatientEntity | null>('patientById', async (ids) =>
        inKeyOrder(ids, await this.byIds<PatientEntity>(PatientEntity, ids), (p) => p.id),
      )
      .load(id);
  }

  team(caller: Caller, id: string): Promise<AssessmentTeamEntity | null> {
    return caller.loaders
      .get<string, AssessmentTeamEntity | null>('teamById', async (ids) =>
        inKeyOrder(
          ids,
          await this.byIds<AssessmentTeamEntity>(AssessmentTeamEntity, ids),
          (t) => t.id,
        ),
      )
      .load(id);
  }

  staff(caller: Caller, id: string): Promise<StaffMemberEntity | null> {
    return caller.loaders
      .get<string, StaffMemberEntity | null>('staffById', async (ids) =>
        inKeyOrder(ids, await this.byIds<StaffMemberEntity>(StaffMemberEntity, ids), (s) => s.id),
      )
      .load(id);
  }

  /** Rows by id in one raw query (no query builder: these run for every list page). */
  private byIds<T extends { id: string }>(
    entity: EntityTarget<ObjectLiteral>,
    ids: readonly string[],
  ): Promise<T[]> {
    const table = this.dataSource.getMetadata(entity).tableName;
    return this.dataSource.query(
      `SELECT ${entityColumns(this.dataSource, entity, 'x')} FROM ${table} x WHERE x.id = ANY($1::uuid[])`,
      [ids],
    );
  }
}
