import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { NationalIdCountryEnum } from 'src/modules/identity/identity.enums';

// Printable text only: no control characters or NUL bytes in names and addresses.
const PRINTABLE = /^[^\p{Cc}]*$/u;

@InputType({ description: 'A relative or network contact of the person.' })
export class PatientContactInput {
  @Field({ description: 'Name of the contact.' })
  @IsString()
  @Length(1, 200)
  @Matches(PRINTABLE, { message: 'name must not hold control characters' })
  name: string;

  @Field({ description: 'Relation to the person, e.g. "datter".' })
  @IsString()
  @Length(1, 100)
  @Matches(PRINTABLE, { message: 'relation must not hold control characters' })
  relation: string;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9 ]{3,20}$/, {
    message: 'phone must be digits, spaces and an optional leading +',
  })
  phone?: string;

  @Field({ nullable: true, description: 'Registered next of kin (default false).' })
  @IsOptional()
  @IsBoolean()
  isNextOfKin?: boolean;

  @Field(() => String, { nullable: true, description: 'What help this person gives.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
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

  @Field({ description: 'Given name(s).' })
  @IsString()
  @Length(1, 200)
  @Matches(PRINTABLE, { message: 'givenName must not hold control characters' })
  givenName: string;

  @Field({ description: 'Family name.' })
  @IsString()
  @Length(1, 200)
  @Matches(PRINTABLE, { message: 'familyName must not hold control characters' })
  familyName: string;

  @Field({ description: 'Street address.' })
  @IsString()
  @Length(1, 300)
  @Matches(PRINTABLE, { message: 'address must not hold control characters' })
  address: string;

  @Field(() => String, { nullable: true, description: 'Postal code.' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9]{4}$/, { message: 'postalCode must be 4 digits' })
  postalCode?: string;

  @Field(() => String, { nullable: true, description: 'Post town.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @Matches(PRINTABLE, { message: 'city must not hold control characters' })
  city?: string;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9 ]{3,20}$/, {
    message: 'phone must be digits, spaces and an optional leading +',
  })
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
