import { MigrationInterface, QueryRunner } from 'typeorm';

export class PublicationPendingDueIndex1796152148810 implements MigrationInterface {
  name = 'PublicationPendingDueIndex1796152148810';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_publication_pending_due" ON "publication" ("organization_id", "next_attempt_at", "id") WHERE "state" = 'pending'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_publication_pending_due"`);
  }
}
