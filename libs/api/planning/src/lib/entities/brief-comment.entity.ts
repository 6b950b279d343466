import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { OrgOwnedEntity, orgReference } from '@parvis/api/core';
import { UserEntity } from '@parvis/api/identity';
import { BriefEntity } from './brief.entity';

@Entity({ name: 'brief_comment' })
@Index(['briefId', 'createdAt'])
export class BriefCommentEntity extends OrgOwnedEntity {
  @Column({ type: 'uuid' })
  briefId!: string;

  @ManyToOne(() => BriefEntity, { onDelete: 'CASCADE' })
  @JoinColumn(orgReference('brief_id'))
  brief?: BriefEntity;

  @Column({ type: 'uuid', nullable: true })
  authorUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_user_id' })
  author?: UserEntity | null;

  @Column({ type: 'text' })
  body!: string;
}
