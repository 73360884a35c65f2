import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { CodePointLength, LineText } from 'src/common/graphql/text.validators';
import { Profession } from 'src/modules/identity/identity.enums';

@InputType({ description: 'Creates a staff member (ADMIN only).' })
export class CreateStaffMemberInput {
  @Field({ description: 'Work e-mail (stored lower case).' })
  @IsEmail()
  @CodePointLength(3, 254)
  email: string;

  @Field({ description: 'Full name.' })
  @LineText(1, 200)
  name: string;

  @Field(() => Profession, { description: 'Profession.' })
  @IsEnum(Profession)
  profession: Profession;

  @Field(() => String, {
    nullable: true,
    description: 'Subject (`sub`) at the identity provider; default the e-mail.',
  })
  @IsOptional()
  @LineText(1, 255)
  subject?: string;
}

@InputType({ description: 'A staff member and an assessment team.' })
export class TeamMembershipInput {
  @Field(() => ID, { description: 'Staff member.' })
  @IsUUID()
  staffId: string;

  @Field(() => ID, { description: 'Assessment team.' })
  @IsUUID()
  teamId: string;
}

@InputType({ description: 'A staff member and a service unit.' })
export class UnitMembershipInput {
  @Field(() => ID, { description: 'Staff member.' })
  @IsUUID()
  staffId: string;

  @Field(() => ID, { description: 'Service unit.' })
  @IsUUID()
  unitId: string;
}
