import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * Parvis's registration as an OAuth client on one server (a Mastodon instance): shared by every
 * organisation connecting through that server, hence not org-owned. The client secret is sealed.
 */
@Entity({ name: 'oauth_client' })
@Unique(['network', 'serviceUrl', 'redirectUri'])
export class OAuthClientEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  network!: string;

  @Column({ type: 'varchar', length: 1000 })
  serviceUrl!: string;

  @Column({ type: 'varchar', length: 1000 })
  redirectUri!: string;

  /** `SecretBox.seal(JSON client credentials, associatedData(network, serviceUrl))`. */
  @Column({ type: 'text' })
  sealedClient!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
