import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import { inKeyOrder } from 'src/common/graphql/loaders';
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
        inKeyOrder(
          ids,
          await this.dataSource.getRepository(PatientEntity).findBy({ id: In([...ids]) }),
          (p) => p.id,
        ),
      )
      .load(id);
  }

  team(caller: Caller, id: string): Promise<AssessmentTeamEntity | null> {
    return caller.loaders
      .get<string, AssessmentTeamEntity | null>('teamById', async (ids) =>
        inKeyOrder(
          ids,
          await this.dataSource.getRepository(AssessmentTeamEntity).findBy({ id: In([...ids]) }),
          (t) => t.id,
        ),
      )
      .load(id);
  }

  staff(caller: Caller, id: string): Promise<StaffMemberEntity | null> {
    return caller.loaders
      .get<string, StaffMemberEntity | null>('staffById', async (ids) =>
        inKeyOrder(
          ids,
          await this.dataSource.getRepository(StaffMemberEntity).findBy({ id: In([...ids]) }),
          (s) => s.id,
        ),
      )
      .load(id);
  }
}
