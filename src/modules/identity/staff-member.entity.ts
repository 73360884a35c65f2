import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { checkIn, Profession } from 'src/modules/identity/identity.enums';
import { Node } from 'src/common/graphql/node.interface';

@ObjectType('StaffMember', {
  implements: () => [Node],
  description: 'A person working in the municipality who uses kartlegg.',
})
@Entity({ name: 'staff_members' })
@Index('UQ_staff_members_email', ['email'], { unique: true })
@Index('UQ_staff_members_subject', ['subject'], { unique: true })
@Check('CHK_staff_members_profession', checkIn('profession', Object.values(Profession)))
export class StaffMemberEntity {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_staff_members' })
  id: string;

  /** The token subject (`sub`) that identifies this person at the identity provider. */
  @Column({ type: 'text' })
  subject: string;

  @Field({ description: 'Work e-mail address (lower case).' })
  @Column({ type: 'text' })
  email: string;

  @Field({ description: 'Full name.' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => Profession, { description: 'Profession, which decides what they may do.' })
  @Column({ type: 'text' })
  profession: Profession;

  @Field({ description: 'False once deactivated: their tokens are refused.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field(() => Date, { nullable: true, description: 'When the staff member was deactivated.' })
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  @Field({ description: 'When the staff member was created.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
