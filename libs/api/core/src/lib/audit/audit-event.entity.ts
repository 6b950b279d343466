import { Column, Entity, Index } from 'typeorm';
import { OrgOwnedEntity } from '../database/org-owned.entity';

/**
 * One line of an organisation's audit log: who did what to which object, when, why and from where.
 * Append-only: a trigger (migration "audit-log") makes PostgreSQL refuse UPDATE and DELETE on it.
 * No foreign key on purpose: a public record outlives the member, the post or the circuit it names
 * (a cascade would also be refused by the trigger). `version` stays 1.
 * Events are ordered by (`createdAt`, `seq`): the events of one transaction share its instant, `seq`
 * keeps the order they were written in.
 */
@Entity({ name: 'audit_event' })
@Index(['organizationId', 'createdAt', 'seq'])
@Index(['organizationId', 'objectType', 'objectId'])
export class AuditEventEntity extends OrgOwnedEntity {
  /**
   * Insertion order, given by PostgreSQL (an identity column: never written by the application).
   * A bigint, so a decimal string here.
   */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS', insert: false, update: false })
  seq!: string;

  /** The member who acted (null: the system, or a sign-in attempt without a membership). */
  @Column({ type: 'uuid', nullable: true })
  actorMembershipId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  /** The actor's name as it was then ("Système" for jobs), kept even if the account goes. */
  @Column({ type: 'varchar', length: 200 })
  actorLabel!: string;

  /** post, circuit, membership, organization, election… */
  @Column({ type: 'varchar', length: 40 })
  objectType!: string;

  @Column({ type: 'varchar', length: 80, nullable: true })
  objectId!: string | null;

  /** post.approve, circuit.update, pause.on, login.failure… */
  @Column({ type: 'varchar', length: 60 })
  action!: string;

  @Column({ type: 'text', nullable: true })
  justification!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  contentHashBefore!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  contentHashAfter!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  clientAddress!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId!: string | null;

  @Column({ type: 'jsonb', default: {} })
  details!: Record<string, unknown>;
}

export const AUDIT_ENTITIES = [AuditEventEntity];
