import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { AssessmentTeamEntity } from 'src/modules/identity/assessment-team.entity';
import { ServiceUnitEntity } from 'src/modules/identity/service-unit.entity';
import { StaffMemberEntity } from 'src/modules/identity/staff-member.entity';

/** Membership of an assessment team: the basis of case access. */
@Entity({ name: 'team_memberships' })
@Index('UQ_team_memberships_staff_team', ['staffId', 'teamId'], { unique: true })
@Index('IX_team_memberships_team', ['teamId'])
export class TeamMembershipEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_team_memberships' })
  id: string;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'FK_team_memberships_staff' })
  staff: Relation<StaffMemberEntity>;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @ManyToOne(() => AssessmentTeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'FK_team_memberships_team' })
  team: Relation<AssessmentTeamEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** Membership of a receiving service unit (home care staff belong here, never to a team). */
@Entity({ name: 'unit_memberships' })
@Index('UQ_unit_memberships_staff_unit', ['staffId', 'unitId'], { unique: true })
@Index('IX_unit_memberships_unit', ['unitId'])
export class UnitMembershipEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_unit_memberships' })
  id: string;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'FK_unit_memberships_staff' })
  staff: Relation<StaffMemberEntity>;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId: string;

  @ManyToOne(() => ServiceUnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'FK_unit_memberships_unit' })
  unit: Relation<ServiceUnitEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
