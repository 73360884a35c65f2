import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from 'src/common/graphql/node.interface';

@ObjectType('District', {
  implements: () => [Node],
  description: 'A home-care district; where the person lives decides the team.',
})
@Entity({ name: 'districts' })
export class DistrictEntity {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_districts' })
  id: string;

  @Field({ description: 'Name of the district, e.g. "Nord".' })
  @Column({ type: 'text', unique: false })
  name: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
