import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { DataSource, type EntityTarget, type ObjectLiteral, type Repository } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import { findByKeys, inKeyOrder } from 'src/common/graphql/loaders';
import { entityColumns } from 'src/database/entity-columns';
import { AccessPolicyService } from 'src/modules/access';
import { AssessmentTeamEntity } from 'src/modules/identity/assessment-team.entity';
import { PatientEntity } from 'src/modules/identity/patient.entity';
import { ServiceUnitEntity } from 'src/modules/identity/service-unit.entity';
import { StaffMemberEntity } from 'src/modules/identity/staff-member.entity';

/**
 * Batched look-ups by id for field resolvers of other modules. The parent object's
 * resolver has already checked access and audited the person it belongs to.
 */
@Injectable()
export class IdentityLoaders {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicyService,
  ) {}

  patient(caller: Caller, id: string): Promise<PatientEntity | null> {
    return this.loader<PatientEntity>(caller, PatientEntity, 'patientById').load(id);
  }

  /**
   * The person of a referral, or null when the caller may not see them: a referral taken in
   * by national identity number for a person registered in another district shows nothing
   * of them until the receiving team accepts it. Persons of the caller's own districts are
   * shown as before (the referral itself is already visible to the caller).
   */
  referralPatient(caller: Caller, id: string): Promise<PatientEntity | null> {
    return caller.loaders
      .get<string, PatientEntity | null>('referralPatientById', async (ids) => {
        const params: unknown[] = [ids];
        const visible = this.policy.patientVisibleSql(caller, params);
        params.push(caller.actor.teamDistrictIds);
        const rows = (await this.dataSource.query(
          `SELECT ${entityColumns(this.dataSource, PatientEntity, 'p')} FROM patients p
            WHERE p.id = ANY($1::uuid[])
              AND ((${visible}) OR p.district_id = ANY($${params.length}::uuid[]))`,
          params,
        )) as PatientEntity[];
        return inKeyOrder(ids, rows, (row) => row.id);
      })
      .load(id);
  }

  team(caller: Caller, id: string): Promise<AssessmentTeamEntity | null> {
    return this.loader<AssessmentTeamEntity>(caller, AssessmentTeamEntity, 'teamById').load(id);
  }

  unit(caller: Caller, id: string): Promise<ServiceUnitEntity | null> {
    return this.loader<ServiceUnitEntity>(caller, ServiceUnitEntity, 'unitById').load(id);
  }

  staff(caller: Caller, id: string): Promise<StaffMemberEntity | null> {
    return this.loader<StaffMemberEntity>(caller, StaffMemberEntity, 'staffById').load(id);
  }

  /**
   * Hands rows a list query already joined (`entityColumns` with a prefix) to this
   * request's loaders, so that `patient`/`coordinator`/`author` fields need no query of
   * their own. The list query has checked access and audits the persons it returns.
   */
  prime(
    caller: Caller,
    rows: {
      patients?: (PatientEntity | null)[];
      staff?: (StaffMemberEntity | null)[];
      teams?: (AssessmentTeamEntity | null)[];
    },
  ): void {
    const into = <T extends { id: string }>(
      entity: EntityTarget<ObjectLiteral>,
      name: string,
      items: (T | null)[] | undefined,
    ) => {
      if (!items?.length) return;
      const loader = this.loader<T>(caller, entity, name);
      for (const item of items) if (item) loader.prime(item.id, item);
    };
    into(PatientEntity, 'patientById', rows.patients);
    into(StaffMemberEntity, 'staffById', rows.staff);
    into(AssessmentTeamEntity, 'teamById', rows.teams);
  }

  private loader<T extends { id: string }>(
    caller: Caller,
    entity: EntityTarget<ObjectLiteral>,
    name: string,
  ): DataLoader<string, T | null> {
    return caller.loaders.get<string, T | null>(name, async (ids) =>
      inKeyOrder(
        ids,
        await findByKeys(this.dataSource.getRepository(entity) as Repository<T>, 'id', ids),
        (row) => row.id,
      ),
    );
  }
}
