import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { ArgsType, Field } from '@nestjs/graphql';
import { type Caller, CurrentCaller } from 'src/common/auth/caller';
import { connectionType, PageArgs } from 'src/common/graphql/pagination';
import { LineText } from 'src/common/graphql/text.validators';
import { RegisterPatientInput } from 'src/modules/identity/dto/register-patient.input';
import { PatientContactEntity, PatientEntity } from 'src/modules/identity/patient.entity';
import { PatientsService } from 'src/modules/identity/patients.service';
import { IdentityLoaders } from 'src/modules/identity/identity.loaders';
import { StaffMemberEntity } from 'src/modules/identity/staff-member.entity';

export const PatientConnection = connectionType(PatientEntity, 'Patient');

@ArgsType()
export class SearchPatientsArgs extends PageArgs {
  @Field({ description: 'Part of a name, or the start of a national identity number.' })
  @LineText(2, 100)
  query: string;
}

@Resolver(() => PatientEntity)
export class PatientsResolver {
  constructor(
    private readonly patients: PatientsService,
    private readonly identity: IdentityLoaders,
  ) {}

  @Query(() => PatientEntity, { description: 'One person, if you have a relation to them.' })
  patient(
    @CurrentCaller() caller: Caller,
    @Args(
      'id',
      { description: 'The person (patient) to read.', type: () => ID },
      new ParseUUIDPipe(),
    )
    id: string,
  ): Promise<PatientEntity> {
    return this.patients.getPatient(caller, id);
  }

  @Query(() => PatientConnection, {
    description: 'Persons you may see, by name or national identity number, sorted by family name.',
  })
  searchPatients(@CurrentCaller() caller: Caller, @Args() args: SearchPatientsArgs) {
    return this.patients.searchPatients(caller, args.query, args);
  }

  @Mutation(() => PatientEntity, {
    description: 'Registers a person (CASEWORKER or COORDINATOR of a team in their district).',
  })
  registerPatient(
    @CurrentCaller() caller: Caller,
    @Args('input', {
      description:
        'The person to register: national identity number (fødselsnummer, D-number or CPR), name, address and home-care district.',
    })
    input: RegisterPatientInput,
  ): Promise<PatientEntity> {
    return this.patients.registerPatient(caller, input);
  }

  @ResolveField(() => [PatientContactEntity], { description: 'Relatives and network contacts.' })
  contacts(@Parent() patient: PatientEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, PatientContactEntity[]>('patientContacts', (ids) =>
        this.patients.contactsOf(ids),
      )
      .load(patient.id);
  }

  @ResolveField(() => StaffMemberEntity, {
    nullable: true,
    description:
      "Billund: the person's coordinating caseworker, who follows them across cases (null: none).",
  })
  coordinatingCaseworker(@Parent() patient: PatientEntity, @CurrentCaller() caller: Caller) {
    return patient.coordinatingCaseworkerId
      ? this.identity.staff(caller, patient.coordinatingCaseworkerId)
      : null;
  }
}
