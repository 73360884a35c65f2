import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { DistrictEntity } from 'src/modules/identity/district.entity';
import { checkIn, ServiceArea } from 'src/modules/identity/identity.enums';
import { Node } from 'src/common/graphql/node.interface';

@ObjectType('AssessmentTeam', {
  implements: () => [Node],
  description: 'The interdisciplinary assessment team of one district and service area.',
})
@Entity({ name: 'assessment_teams' })
@Index('UQ_assessment_teams_district_area', ['districtId', 'serviceArea'], { unique: true })
@Check('CHK_assessment_teams_service_area', checkIn('service_area', Object.values(ServiceArea)))
export class AssessmentTeamEntity {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_assessment_teams' })
  id: string;

  @Field({ description: 'Name of the team.' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => ServiceArea, { description: 'Somatic or mental health.' })
  @Column({ name: 'service_area', type: 'text' })
  serviceArea: ServiceArea;

  @Field(() => ID, { description: 'The district the team serves.' })
  @Column({ name: 'district_id', type: 'uuid' })
  districtId: string;

  @ManyToOne(() => DistrictEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_id', foreignKeyConstraintName: 'FK_assessment_teams_district' })
  district: Relation<DistrictEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
