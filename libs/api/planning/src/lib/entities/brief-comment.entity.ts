import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@parvis/api/identity';
import { BriefEntity } from './brief.entity';

@Entity({ name: 'brief_comment' })
@Index(['briefId', 'createdAt'])
export class BriefCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'uuid' })
  briefId!: string;

  @ManyToOne(() => BriefEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brief_id' })
  brief?: BriefEntity;

  @Column({ type: 'uuid', nullable: true })
  authorUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_user_id' })
  author?: UserEntity | null;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
