import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type Caller, CurrentCaller } from 'src/common/auth/caller';
import { AssessmentCaseEntity } from 'src/modules/cases/assessment-case.entity';
import { CoordinationService } from 'src/modules/cases/coordination.service';
import {
  SetCoordinatingCaseworkerArgs,
  SetCoordinationLevelArgs,
} from 'src/modules/cases/dto/coordination.input';
import { PatientEntity } from 'src/modules/identity/model';

/** Billund's coordination: the case's level, the person's coordinating caseworker. */
@Resolver()
export class CoordinationResolver {
  constructor(private readonly coordination: CoordinationService) {}

  @Mutation(() => AssessmentCaseEntity, {
    description:
      'Changes the coordination level of a case before its decision, with a reason kept in the history (the coordinator; only in a case opened with coordination levels on).',
  })
  setCoordinationLevel(@CurrentCaller() caller: Caller, @Args() args: SetCoordinationLevelArgs) {
    return this.coordination.setCoordinationLevel(caller, args.caseId, args.level, args.reason);
  }

  @Mutation(() => PatientEntity, {
    description:
      "Sets or clears the person's coordinating caseworker, who then relates to the person's open cases as an assigned member does (a CASEWORKER or COORDINATOR of a team in the person's district, with coordination levels on there).",
  })
  setCoordinatingCaseworker(
    @CurrentCaller() caller: Caller,
    @Args() args: SetCoordinatingCaseworkerArgs,
  ) {
    return this.coordination.setCoordinatingCaseworker(
      caller,
      args.patientId,
      args.staffId ?? null,
    );
  }
}
