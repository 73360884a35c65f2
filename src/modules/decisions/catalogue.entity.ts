import { Field, Int, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { ServiceLevel } from 'src/modules/decisions/service-level';
import { checkIn } from 'src/modules/identity/model';

/** A step of the coping staircase (seeded by migration). */
@ObjectType('ServiceLevelInfo', {
  description: 'A step of the coping staircase (mestringstrappa).',
})
@Entity({ name: 'service_levels' })
@Check('CHK_service_levels_code', checkIn('code', Object.values(ServiceLevel)))
export class ServiceLevelEntity {
  @Field(() => ServiceLevel, { description: 'The step.' })
  @PrimaryColumn('text', { primaryKeyConstraintName: 'PK_service_levels' })
  code: ServiceLevel;

  @Field(() => Int, { description: '1 (SELF_MASTERY) … 10 (LONG_TERM_CARE).' })
  @Column({ type: 'int', unique: false })
  step: number;

  @Field({ description: 'Norwegian name.' })
  @Column({ name: 'name_nb', type: 'text' })
  nameNb: string;

  @Field({ description: 'Danish name.' })
  @Column({ name: 'name_da', type: 'text' })
  nameDa: string;

  @Field({ description: 'English name.' })
  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;
}

/** A municipality service under a staircase step, e.g. "Trygghetsalarm" under WELFARE_TECHNOLOGY. */
@ObjectType('CatalogueService', {
  description: 'A service the municipality offers, on one step of the staircase.',
})
@Entity({ name: 'service_catalogue' })
@Index('IX_service_catalogue_level', ['levelCode'])
@Check(
  'CHK_service_catalogue_minutes_per_visit',
  `"minutes_per_visit" IS NULL OR "minutes_per_visit" BETWEEN 1 AND 600`,
)
export class CatalogueServiceEntity {
  @Field({ description: 'Stable code, e.g. TRYGGHETSALARM.' })
  @PrimaryColumn('text', { primaryKeyConstraintName: 'PK_service_catalogue' })
  code: string;

  @Field(() => ServiceLevel, { description: 'The staircase step it sits on.' })
  @Column({ name: 'level_code', type: 'text' })
  levelCode: ServiceLevel;

  @ManyToOne(() => ServiceLevelEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'level_code', foreignKeyConstraintName: 'FK_service_catalogue_level' })
  level: Relation<ServiceLevelEntity>;

  @Field({ description: 'Norwegian name.' })
  @Column({ name: 'name_nb', type: 'text' })
  nameNb: string;

  @Field({ description: 'Danish name.' })
  @Column({ name: 'name_da', type: 'text' })
  nameDa: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Typical minutes of one visit: a service decided in visits counts this towards its weekly hours unless the decision states its own; null for services without visits (an alarm, an aid, a stay).',
  })
  @Column({ name: 'minutes_per_visit', type: 'integer', nullable: true })
  minutesPerVisit: number | null;
}

/** A legal basis a decision can cite (text per municipality; check before release). */
@ObjectType('LegalBasis', {
  description: 'A legal basis for a decision, quoted in the decision letter.',
})
@Entity({ name: 'legal_bases' })
@Check('CHK_legal_bases_country', `"country" IN ('NO', 'DK')`)
export class LegalBasisEntity {
  @Field({ description: 'Stable code, e.g. HOL_3_2_6A.' })
  @PrimaryColumn('text', { primaryKeyConstraintName: 'PK_legal_bases' })
  code: string;

  @Field({ description: 'NO or DK.' })
  @Column({ type: 'text' })
  country: string;

  @Field({
    description:
      'The citation, e.g. "helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav a".',
  })
  @Column({ type: 'text' })
  citation: string;

  @Field({ description: 'What it covers, in plain words.' })
  @Column({ type: 'text' })
  covers: string;
}
