import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany } from 'typeorm';
import { OrgOwnedEntity } from '@parvis/api/core';
import { Role } from '@parvis/shared/domain';
import type { MembershipTeamEntity } from './membership-team.entity';
import { OrganizationEntity } from './organization.entity';
import { UserEntity } from './user.entity';

@Entity({ name: 'membership' })
@Index(['organizationId', 'userId'], { unique: true })
@Index(['userId'])
@Index(['organizationId', 'createdAt', 'id'])
export class MembershipEntity extends OrgOwnedEntity {
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

  @OneToMany('MembershipTeamEntity', (link: MembershipTeamEntity) => link.membership)
  teamLinks?: MembershipTeamEntity[];
}
