import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { LocalDateScalar } from 'src/common/graphql/local-date.scalar';
import { DistrictEntity } from 'src/modules/identity/district.entity';
import { checkIn, NationalIdCountryEnum } from 'src/modules/identity/identity.enums';
import { StaffMemberEntity } from 'src/modules/identity/staff-member.entity';
import { Node } from 'src/common/graphql/node.interface';

@ObjectType('PatientContact', {
  implements: () => [Node],
  description:
    "A relative or someone in the person's network who gives help or should be contacted.",
})
@Entity({ name: 'patient_contacts' })
@Index('IX_patient_contacts_patient', ['patientId'])
export class PatientContactEntity {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_patient_contacts' })
  id: string;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId: string;

  @ManyToOne(() => PatientEntity, (p) => p.contacts, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'patient_id', foreignKeyConstraintName: 'FK_patient_contacts_patient' })
  patient: Relation<PatientEntity>;

  @Field({ description: 'Name of the contact.' })
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'Relation to the person, e.g. "datter", "nabo".' })
  @Column({ type: 'text' })
  relation: string;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Field({ description: 'Whether this is the registered next of kin (nærmeste pårørende).' })
  @Column({ name: 'is_next_of_kin', type: 'boolean', default: false })
  isNextOfKin: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'What help this person gives, in plain words.',
  })
  @Column({ name: 'help_given', type: 'text', nullable: true })
  helpGiven: string | null;
}

@ObjectType('Patient', {
  implements: () => [Node],
  description: 'A person who has asked for, or receives, health and care services.',
})
@Entity({ name: 'patients' })
@Index('UQ_patients_national_id', ['nationalId'], { unique: true })
@Index('IX_patients_district', ['districtId'])
@Index('IX_patients_coordinating_caseworker', ['coordinatingCaseworkerId'])
@Index('IX_patients_family_name', ['familyName', 'givenName', 'id'])
// Trigram GIN on `given_name || ' ' || family_name` for name search (migration PatientNameSearch).
@Index('IX_patients_name_trgm', { synchronize: false })
@Check('CHK_patients_country', checkIn('national_id_country', Object.values(NationalIdCountryEnum)))
export class PatientEntity {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_patients' })
  id: string;

  @Field({ description: 'National identity number (fødselsnummer, D-number or CPR), digits only.' })
  @Column({ name: 'national_id', type: 'text' })
  nationalId: string;

  @Field(() => NationalIdCountryEnum, { description: 'Which country issued the number.' })
  @Column({ name: 'national_id_country', type: 'text' })
  nationalIdCountry: NationalIdCountryEnum;

  @Field({ description: 'Given name(s).' })
  @Column({ name: 'given_name', type: 'text' })
  givenName: string;

  @Field({ description: 'Family name.' })
  @Column({ name: 'family_name', type: 'text' })
  familyName: string;

  @Field(() => LocalDateScalar, { description: 'Birth date (from the national identity number).' })
  @Column({ name: 'birth_date', type: 'date' })
  birthDate: string;

  @Field({ description: 'Street address.' })
  @Column({ type: 'text' })
  address: string;

  @Field(() => String, { nullable: true, description: 'Postal code.' })
  @Column({ name: 'postal_code', type: 'text', nullable: true })
  postalCode: string | null;

  @Field(() => String, { nullable: true, description: 'Post town.' })
  @Column({ type: 'text', nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Field(() => ID, { description: 'Home-care district where the person lives.' })
  @Column({ name: 'district_id', type: 'uuid' })
  districtId: string;

  @ManyToOne(() => DistrictEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_id', foreignKeyConstraintName: 'FK_patients_district' })
  district: Relation<DistrictEntity>;

  @Field(() => [PatientContactEntity], { description: 'Relatives and network contacts.' })
  @OneToMany(() => PatientContactEntity, (c) => c.patient)
  contacts: Relation<PatientContactEntity[]>;

  /**
   * Billund: the person's one coordinating caseworker, who follows them across cases and
   * relates to their open cases as an assigned member does (the access policy).
   */
  @Field(() => ID, {
    nullable: true,
    description:
      "The person's coordinating caseworker, who follows them across cases (null: none).",
  })
  @Column({ name: 'coordinating_caseworker_id', type: 'uuid', nullable: true })
  coordinatingCaseworkerId: string | null;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'coordinating_caseworker_id',
    foreignKeyConstraintName: 'FK_patients_coordinating_caseworker',
  })
  coordinatingCaseworker: Relation<StaffMemberEntity> | null;

  @Field({ description: 'When the person was registered.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
