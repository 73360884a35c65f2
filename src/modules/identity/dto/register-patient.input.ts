import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { FreeText, LineText } from 'src/common/graphql/text.validators';
import { NationalIdCountryEnum } from 'src/modules/identity/identity.enums';

// A phone number as people write it: digits, spaces and an optional leading +.
const PHONE = /^\+?[0-9 ]{3,20}$/;
const PHONE_MESSAGE = 'phone must be digits, spaces and an optional leading +';

@InputType({ description: 'A relative or network contact of the person.' })
export class PatientContactInput {
  @Field({ description: 'Name of the contact.' })
  @LineText(1, 200)
  name: string;

  @Field({ description: 'Relation to the person, e.g. "datter".' })
  @LineText(1, 100)
  relation: string;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  @IsOptional()
  @IsString()
  @Matches(PHONE, { message: PHONE_MESSAGE })
  phone?: string;

  @Field({ nullable: true, description: 'Registered next of kin (default false).' })
  @IsOptional()
  @IsBoolean()
  isNextOfKin?: boolean;

  @Field(() => String, { nullable: true, description: 'What help this person gives.' })
  @IsOptional()
  @FreeText(1, 2000)
  helpGiven?: string;
}

@InputType({ description: 'Registers a person in the municipality.' })
export class RegisterPatientInput {
  @Field({
    description: 'Fødselsnummer, D-number or CPR number (spaces and a CPR hyphen allowed).',
  })
  @IsString()
  @Length(10, 13)
  nationalId: string;

  @Field(() => NationalIdCountryEnum, {
    nullable: true,
    description: 'Issuing country; default from the municipality (NO for nb, DK for da).',
  })
  @IsOptional()
  @IsEnum(NationalIdCountryEnum)
  nationalIdCountry?: NationalIdCountryEnum;

  @Field(() => Int, {
    nullable: true,
    description:
      'Birth year from the population register. Required for Norwegian numbers issued under the rule from 2032, whose individual number no longer tells the century (BIRTH_YEAR_REQUIRED); when given it must agree with the date digits (BIRTH_YEAR_MISMATCH). Not used for CPR numbers.',
  })
  @IsOptional()
  @IsInt()
  @Min(1854)
  @Max(2199)
  birthYear?: number;

  @Field({ description: 'Given name(s).' })
  @LineText(1, 200)
  givenName: string;

  @Field({ description: 'Family name.' })
  @LineText(1, 200)
  familyName: string;

  @Field({ description: 'Street address.' })
  @LineText(1, 300)
  address: string;

  @Field(() => String, { nullable: true, description: 'Postal code.' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9]{4}$/, { message: 'postalCode must be 4 digits' })
  postalCode?: string;

  @Field(() => String, { nullable: true, description: 'Post town.' })
  @IsOptional()
  @LineText(1, 100)
  city?: string;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  @IsOptional()
  @IsString()
  @Matches(PHONE, { message: PHONE_MESSAGE })
  phone?: string;

  @Field(() => ID, { description: 'Home-care district where the person lives.' })
  @IsUUID()
  districtId: string;

  @Field(() => [PatientContactInput], { nullable: true, description: 'Relatives and network.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PatientContactInput)
  contacts?: PatientContactInput[];
}
