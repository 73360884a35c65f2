import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { FreeText } from 'src/common/graphql/text.validators';
import {
  MAX_COORDINATION_LEVEL,
  MIN_COORDINATION_LEVEL,
} from 'src/modules/cases/coordination-level';

@ArgsType()
export class SetCoordinationLevelArgs {
  @Field(() => ID, {
    description: 'The case (ACTIVE or ON_HOLD, opened with coordination levels on).',
  })
  @IsUUID()
  caseId: string;

  @Field(() => Int, {
    description:
      'The new level: 1 simple (one profession), 2 several professions, 3 complex (several services, relatives and external parties).',
  })
  @IsInt()
  @Min(MIN_COORDINATION_LEVEL)
  @Max(MAX_COORDINATION_LEVEL)
  level: number;

  @Field({ description: 'Why the level changes (1–500 characters); kept in the case history.' })
  @FreeText(1, 500)
  reason: string;
}

@ArgsType()
export class SetCoordinatingCaseworkerArgs {
  @Field(() => ID, { description: 'The person.' })
  @IsUUID()
  patientId: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The new coordinating caseworker: an active CASEWORKER of a team in the person's district; null clears it.",
  })
  @IsOptional()
  @IsUUID()
  staffId?: string | null;
}
