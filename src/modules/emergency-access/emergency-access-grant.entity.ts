import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { AssessmentCaseEntity } from 'src/modules/cases/model';
import { PatientEntity, Profession, StaffMemberEntity } from 'src/modules/identity/model';
import { Node } from 'src/common/graphql/node.interface';

/**
 * Break-the-glass: one staff member's time-limited access to one case they have no
 * relation to. Append-only (a trigger refuses UPDATE, DELETE and TRUNCATE): a grant
 * simply runs out at `expires_at`.
 */
@ObjectType('EmergencyAccess', {
  implements: () => [Node],
  description:
    'Emergency access (break-the-glass): reading a case and writing journal entries in it for 4 hours, with a reason, flagged to the privacy officer.',
})
@Entity({ name: 'emergency_access_grants' })
@Index('IX_emergency_access_grants_staff', ['staffId', 'expiresAt'])
@Index('IX_emergency_access_grants_case', ['caseId'])
@Index('IX_emergency_access_grants_granted_at', ['grantedAt'])
@Check('CHK_emergency_access_grants_period', `"expires_at" > "granted_at"`)
@Check('CHK_emergency_access_grants_reason', `length(btrim("reason")) > 0`)
export class EmergencyAccessGrantEntity {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_emergency_access_grants' })
  id: string;

  @Field(() => ID, { description: 'The staff member who broke the glass.' })
  @Column({ name: 'staff_id', type: 'uuid' })
  staffId: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'FK_emergency_access_grants_staff' })
  staff: Relation<StaffMemberEntity>;

  @Field(() => Profession, { description: 'Their profession at the time.' })
  @Column({ name: 'staff_profession', type: 'text' })
  staffProfession: Profession;

  @Field(() => ID, { description: 'The case opened.' })
  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => AssessmentCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_emergency_access_grants_case' })
  assessmentCase: Relation<AssessmentCaseEntity>;

  @Field(() => ID, { description: 'The person of the case.' })
  @Column({ name: 'patient_id', type: 'uuid' })
  patientId: string;

  @ManyToOne(() => PatientEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'patient_id',
    foreignKeyConstraintName: 'FK_emergency_access_grants_patient',
  })
  patient: Relation<PatientEntity>;

  @Field({ description: 'Why the glass was broken, as given by the staff member.' })
  @Column({ type: 'text' })
  reason: string;

  @Field({ description: 'When access was granted.' })
  @Column({ name: 'granted_at', type: 'timestamptz' })
  grantedAt: Date;

  @Field({ description: 'When access ends (4 hours after it was granted).' })
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Field({ description: 'Request id of the request that broke the glass (as in the audit trail).' })
  @Column({ name: 'request_id', type: 'text' })
  requestId: string;
}
