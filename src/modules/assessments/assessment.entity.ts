import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
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
import { FunctionScaleEnum } from 'src/modules/assessments/assessment.enums';
import {
  ANY_SCALE_SCORES,
  FUNCTION_SCALES,
  type FunctionScale,
} from 'src/modules/assessments/function-scale';
import { FunctionVariableEntity } from 'src/modules/assessments/function-variable.entity';
import { AssessmentCaseEntity } from 'src/modules/cases/model';
import { ServiceLevel } from 'src/modules/decisions/model';
import { checkIn, PatientEntity, Profession, StaffMemberEntity } from 'src/modules/identity/model';
import { Node } from 'src/common/graphql/node.interface';

/** Longest finding text (characters); the input validation says the same. */
export const ASSESSMENT_TEXT_MAX = 5000;

const TEXT_COLUMNS = [
  'self_mastery',
  'network',
  'voluntary',
  'welfare_technology',
  'low_threshold',
  'what_matters',
];

/**
 * Append-only: one professional's structured findings in a case. Recording again makes the
 * next version for that author (1, 2, 3 …); earlier versions stay as they were. Triggers
 * refuse UPDATE, DELETE and TRUNCATE.
 */
@ObjectType('Assessment', {
  implements: () => [Node],
  description:
    "One professional's structured findings (kartlegging / udredning): a complete version; what it leaves out is not carried over from earlier versions.",
})
@Entity({ name: 'assessments' })
@Index('UQ_assessments_case_author_version', ['caseId', 'authorId', 'version'], { unique: true })
@Index('IX_assessments_patient', ['patientId'])
@Check('CHK_assessments_version', `"version" >= 1`)
@Check('CHK_assessments_scale', checkIn('scale', FUNCTION_SCALES))
@Check('CHK_assessments_author_profession', checkIn('author_profession', Object.values(Profession)))
@Check(
  'CHK_assessments_suggested_level',
  `"suggested_level" IS NULL OR ${checkIn('suggested_level', Object.values(ServiceLevel))}`,
)
@Check(
  'CHK_assessments_text_length',
  TEXT_COLUMNS.map((c) => `char_length("${c}") <= ${ASSESSMENT_TEXT_MAX}`).join(' AND '),
)
export class AssessmentEntity {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_assessments' })
  id: string;

  @Field(() => ID, { description: 'The case.' })
  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => AssessmentCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_assessments_case' })
  assessmentCase: Relation<AssessmentCaseEntity>;

  @Field(() => ID, { description: 'The person assessed.' })
  @Column({ name: 'patient_id', type: 'uuid' })
  patientId: string;

  @ManyToOne(() => PatientEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'patient_id', foreignKeyConstraintName: 'FK_assessments_patient' })
  patient: Relation<PatientEntity>;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'FK_assessments_author' })
  author: Relation<StaffMemberEntity>;

  @Field(() => Profession, { description: "The author's profession when they recorded it." })
  @Column({ name: 'author_profession', type: 'text' })
  authorProfession: Profession;

  @Field(() => Int, { description: "The author's version in this case: 1, 2, 3 …" })
  @Column({ type: 'int' })
  version: number;

  @Field({ description: 'When it was recorded.' })
  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Field(() => FunctionScaleEnum, { description: 'The scale the scores are on.' })
  @Column({ type: 'text' })
  scale: FunctionScale;

  @Field(() => String, {
    nullable: true,
    description: 'Self-mastery: what the person masters, or can learn to master.',
  })
  @Column({ name: 'self_mastery', type: 'text', nullable: true })
  selfMastery: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Network: what relatives, neighbours and friends give or can give.',
  })
  @Column({ type: 'text', nullable: true })
  network: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Voluntary offers: voluntary organisations' offers that fit.",
  })
  @Column({ type: 'text', nullable: true })
  voluntary: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Welfare technology and aids that help or could help.',
  })
  @Column({ name: 'welfare_technology', type: 'text', nullable: true })
  welfareTechnology: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Low-threshold services (training groups, day centres, senior centres) that fit.',
  })
  @Column({ name: 'low_threshold', type: 'text', nullable: true })
  lowThreshold: string | null;

  @Field(() => String, {
    nullable: true,
    description: "What matters to the person, in the person's own words.",
  })
  @Column({ name: 'what_matters', type: 'text', nullable: true })
  whatMatters: string | null;

  @Field(() => ServiceLevel, {
    nullable: true,
    description:
      'The lowest step of the coping staircase the professional judges sufficient, if given.',
  })
  @Column({ name: 'suggested_level', type: 'text', nullable: true })
  suggestedLevel: ServiceLevel | null;

  /** Insertion order: versions recorded within the same instant keep their order. */
  @Column({ type: 'bigint', generated: 'increment', select: false })
  seq: string;
}

/** Append-only: one function score of an assessment. */
@ObjectType('AssessmentScore', {
  implements: () => [Node],
  description: 'One function variable scored in an assessment.',
})
@Entity({ name: 'assessment_scores' })
@Index('UQ_assessment_scores_assessment_variable', ['assessmentId', 'variableCode'], {
  unique: true,
})
@Index('IX_assessment_scores_variable', ['variableCode'])
@Check('CHK_assessment_scores_score', `"score" IN (${ANY_SCALE_SCORES.join(', ')})`)
export class AssessmentScoreEntity {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_assessment_scores' })
  id: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'assessment_id',
    foreignKeyConstraintName: 'FK_assessment_scores_assessment',
  })
  assessment: Relation<AssessmentEntity>;

  @Column({ name: 'variable_code', type: 'text' })
  variableCode: string;

  @ManyToOne(() => FunctionVariableEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'variable_code', foreignKeyConstraintName: 'FK_assessment_scores_variable' })
  variable: Relation<FunctionVariableEntity>;

  @Field(() => Int, {
    description: "The score on the assessment's scale (IPLOS 1–5, FSIII 0–4; 9 not relevant).",
  })
  @Column({ type: 'int' })
  score: number;
}
