import { Column, CreateDateColumn, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '@parvis/shared/domain';
import { OrganizationEntity } from './organization.entity';
import { TeamEntity } from './team.entity';
import { UserEntity } from './user.entity';

@Entity({ name: 'membership' })
@Index(['organizationId', 'userId'], { unique: true })
@Index(['userId'])
@Index(['organizationId', 'createdAt', 'id'])
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'enum', enum: Role, enumName: 'member_role' })
  role!: Role;

  @ManyToMany(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinTable({
    name: 'membership_team',
    joinColumn: { name: 'membership_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'team_id', referencedColumnName: 'id' },
  })
  teams?: TeamEntity[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
