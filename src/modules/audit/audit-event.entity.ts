import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { GraphQLJSON } from 'src/common/graphql/json.scalar';
import { checkIn, Profession } from 'src/modules/identity/model';
import { Node } from 'src/common/graphql/node.interface';

export enum AuditAccess {
  READ = 'READ',
  WRITE = 'WRITE',
  REFUSED = 'REFUSED',
}
registerEnumType(AuditAccess, {
  name: 'AuditAccess',
  description: 'READ and WRITE of person data, or a REFUSED attempt.',
  valuesMap: {
    READ: { description: 'Person data was read.' },
    WRITE: { description: 'Person data was changed.' },
    REFUSED: {
      description:
        'An attempt on person data was refused (FORBIDDEN); nothing was read or written.',
    },
  } satisfies Record<keyof typeof AuditAccess, { description: string }>,
});

/** Append-only: the database refuses UPDATE, DELETE and TRUNCATE on this table. */
@ObjectType('AuditEvent', {
  implements: () => [Node],
  description: "Who accessed which person's data, when, and how. Never holds journal text.",
})
@Entity({ name: 'audit_events' })
@Index('IX_audit_events_occurred_at', ['occurredAt'])
@Index('IX_audit_events_actor', ['actorId', 'occurredAt'])
@Check('CHK_audit_events_access', checkIn('access', Object.values(AuditAccess)))
export class AuditEventEntity {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_audit_events' })
  id: string;

  @Field({ description: 'When the access happened.' })
  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  occurredAt: Date;

  @Field({ description: 'Request id, shared by all events of one request and the logs.' })
  @Column({ name: 'request_id', type: 'text' })
  requestId: string;

  @Field(() => ID, { nullable: true, description: 'Staff member who acted.' })
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Field(() => Profession, { nullable: true, description: 'Their profession at the time.' })
  @Column({ name: 'actor_profession', type: 'text', nullable: true })
  actorProfession: Profession | null;

  @Field({ description: 'The GraphQL operation field, e.g. "patient" or "registerPatient".' })
  @Column({ type: 'text' })
  action: string;

  @Field(() => AuditAccess, { description: 'Read, write or refused.' })
  @Column({ type: 'text' })
  access: AuditAccess;

  @Field(() => [ID], { description: 'Persons whose data was touched.' })
  // A GIN index (written in the migration) answers "who has looked at my journal".
  @Index('IX_audit_events_patient_ids', { synchronize: false })
  @Column({ name: 'patient_ids', type: 'uuid', array: true, default: () => "'{}'" })
  patientIds: string[];

  @Field(() => [ID], { description: 'Cases whose data was touched.' })
  @Column({ name: 'case_ids', type: 'uuid', array: true, default: () => "'{}'" })
  caseIds: string[];

  @Field(() => GraphQLJSON, {
    description: 'The arguments of the operation, minus free text (what was searched is kept).',
  })
  @Column({ type: 'jsonb', default: () => "'{}'" })
  args: Record<string, unknown>;

  @Field({ description: 'Access under emergency access (break-the-glass).' })
  @Column({ type: 'boolean', default: false })
  emergency: boolean;
}
