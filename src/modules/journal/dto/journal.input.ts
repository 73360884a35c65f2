import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from 'src/common/graphql/pagination';
import {
  CodePointLength,
  FreeText,
  LineText,
  SearchText,
} from 'src/common/graphql/text.validators';
import { Profession } from 'src/modules/identity/model';
import {
  JournalKind,
  MAX_ENTRY_LENGTH,
  MAX_SEARCH_LENGTH,
} from 'src/modules/journal/journal.enums';
import {
  JournalParticipantInput,
  MAX_PARTICIPANTS,
} from 'src/modules/journal/coordination-meeting';

@InputType({ description: 'A new journal entry.' })
export class AddJournalEntryInput {
  @Field(() => JournalKind, {
    description:
      'NOTE, HOME_VISIT, PHONE_CALL, MEETING, FINDING, INTERIM_SERVICE or COORDINATION_MEETING (with participants).',
  })
  @IsEnum(JournalKind)
  kind: JournalKind;

  @Field(() => [JournalParticipantInput], {
    nullable: true,
    description: `Who took part: required for (and only for) a COORDINATION_MEETING, 1–${MAX_PARTICIPANTS} participants.`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PARTICIPANTS)
  @ValidateNested({ each: true })
  @Type(() => JournalParticipantInput)
  participants?: JournalParticipantInput[];

  @Field({ description: `The text (plain, 1–${MAX_ENTRY_LENGTH} characters).` })
  @FreeText(1, MAX_ENTRY_LENGTH)
  text: string;

  @Field({ nullable: true, description: 'Whether the person may read it (default false).' })
  @IsOptional()
  @IsBoolean()
  visibleToPatient?: boolean;

  @Field(() => ID, { nullable: true, description: 'A goal the entry is about.' })
  @IsOptional()
  @IsUUID()
  goalId?: string;

  @Field(() => ID, { nullable: true, description: 'A measure the entry is about.' })
  @IsOptional()
  @IsUUID()
  measureId?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Client-generated key: a retry with the same key returns the first entry instead of writing a second.',
  })
  @IsOptional()
  @IsString()
  @CodePointLength(8, 100)
  @Matches(/^[A-Za-z0-9._:-]+$/, {
    message: 'idempotencyKey may hold letters, digits and . _ : - only',
  })
  idempotencyKey?: string;
}

@InputType({ description: 'The corrected version of an entry.' })
export class AmendJournalEntryInput {
  @Field({ description: 'The corrected text.' })
  @FreeText(1, MAX_ENTRY_LENGTH)
  text: string;

  @Field(() => JournalKind, {
    nullable: true,
    description: 'A corrected kind (default unchanged).',
  })
  @IsOptional()
  @IsEnum(JournalKind)
  kind?: JournalKind;

  @Field({ nullable: true, description: 'Whether the person may read it (default unchanged).' })
  @IsOptional()
  @IsBoolean()
  visibleToPatient?: boolean;
}

@ArgsType()
export class JournalArgs extends PageArgs {
  @Field(() => ID, { description: 'The case.' })
  @IsUUID()
  caseId: string;

  @Field(() => [JournalKind], { nullable: true, description: 'Only these kinds.' })
  @IsOptional()
  @IsEnum(JournalKind, { each: true })
  kinds?: JournalKind[];

  @Field(() => Profession, { nullable: true, description: 'Only entries by this profession.' })
  @IsOptional()
  @IsEnum(Profession)
  authorProfession?: Profession;

  @Field(() => String, {
    nullable: true,
    description:
      'Full-text search (Norwegian or Danish stemming): "fall" finds "fallet". Ranked, with highlights.',
  })
  @IsOptional()
  @SearchText(MAX_SEARCH_LENGTH)
  search?: string;
}

@ArgsType()
export class TeamJournalSearchArgs extends PageArgs {
  @Field(() => ID, { description: 'The assessment team (you must be a member).' })
  @IsUUID()
  teamId: string;

  @Field({
    description: `What to look for (1–${MAX_SEARCH_LENGTH} characters, not blank): words, "a phrase", or, -not. Norwegian or Danish stemming: "fall" finds "fallet".`,
  })
  @LineText(1, MAX_SEARCH_LENGTH)
  search: string;
}
