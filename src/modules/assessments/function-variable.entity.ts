import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { FunctionScaleEnum } from 'src/modules/assessments/assessment.enums';
import { FUNCTION_SCALES, type FunctionScale } from 'src/modules/assessments/function-scale';
import { checkIn } from 'src/modules/identity/model';

/**
 * A code list: the function variables a professional scores (IPLOS in Norway, FSIII in
 * Denmark). Seeded by migration from CODES.md; data, not code, so the list can be checked
 * against the authorities' current guides and corrected by a new migration.
 */
@ObjectType('FunctionVariable', {
  description: 'A function variable scored in an assessment (IPLOS or FSIII).',
})
@Entity({ name: 'function_variables' })
@Index('UQ_function_variables_scale_sort', ['scale', 'sort'], { unique: true })
@Check('CHK_function_variables_scale', checkIn('scale', FUNCTION_SCALES))
export class FunctionVariableEntity {
  @Field(() => ID, {
    description: 'Stable code, e.g. IPLOS_SOSIAL_DELTAKELSE or FSIII_VASKE_SIG.',
  })
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_function_variables' })
  code: string;

  @Field(() => FunctionScaleEnum, { description: 'The scale the variable belongs to.' })
  @Column({ type: 'text' })
  scale: FunctionScale;

  @Field(() => String, {
    nullable: true,
    description: 'The group of variables, e.g. "Egenomsorg" or "Mobilitet".',
  })
  @Column({ type: 'text', nullable: true })
  area: string | null;

  @Field({ description: "The variable's name, in the scale's own language." })
  @Column({ type: 'text' })
  name: string;

  @Field(() => Int, { description: 'Position in the list.' })
  @Column({ type: 'int' })
  sort: number;
}
