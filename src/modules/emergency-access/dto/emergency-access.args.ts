import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from 'src/common/graphql/pagination';
import { FreeText } from 'src/common/graphql/text.validators';

@ArgsType()
export class RequestEmergencyAccessArgs {
  @Field(() => ID, { description: 'The case to open.' })
  @IsUUID()
  caseId: string;

  @Field({
    description:
      'Why the glass is broken, e.g. "Akutt tilsyn natt, pasienten ukjent for vakthavende" (required; read by the privacy officer).',
  })
  @FreeText(1, 2000)
  reason: string;
}

@ArgsType()
export class EmergencyAccessesArgs extends PageArgs {
  @Field({ nullable: true, description: 'Granted at or after.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Granted before.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}
