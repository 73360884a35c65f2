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
import { checkIn, ServiceUnitKind } from 'src/modules/identity/identity.enums';
import { Node } from 'src/common/graphql/node.interface';

@ObjectType('ServiceUnit', {
  implements: () => [Node],
  description:
    'A receiving unit: home care, low-threshold services, or another (also external) service.',
})
@Entity({ name: 'service_units' })
@Index('IX_service_units_district', ['districtId'])
@Check('CHK_service_units_kind', checkIn('kind', Object.values(ServiceUnitKind)))
export class ServiceUnitEntity {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_service_units' })
  id: string;

  @Field({ description: 'Name of the unit.' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => ServiceUnitKind, { description: 'Kind of unit.' })
  @Column({ type: 'text' })
  kind: ServiceUnitKind;

  @Field({
    description: 'An external provider (its acknowledgement may be recorded on its behalf).',
  })
  @Column({ name: 'is_external', type: 'boolean', default: false })
  isExternal: boolean;

  @Field(() => ID, { description: 'The district the unit belongs to.' })
  @Column({ name: 'district_id', type: 'uuid' })
  districtId: string;

  @ManyToOne(() => DistrictEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_id', foreignKeyConstraintName: 'FK_service_units_district' })
  district: Relation<DistrictEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
