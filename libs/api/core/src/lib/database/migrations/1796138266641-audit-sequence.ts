import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `audit_event.seq`: the insertion order, an identity column. The events of one transaction share their
 * `created_at` (now() is the transaction's start), so the log and a post's timeline order by
 * (created_at, seq), not by the heap's order. Adding the column rewrites the table (no row trigger
 * fires: the append-only triggers stay as they are) and numbers the existing rows in the heap's order,
 * the order they were listed in until now. The page's keyset index follows: (organization_id, created_at, seq).
 */
export class AuditSequence1796138266641 implements MigrationInterface {
  name = 'AuditSequence1796138266641';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_e4e40f3169a2a4bd922dc7f761"`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_ae3bcebb82303f794ca5d8988d" ON "audit_event"  ("organization_id", "created_at", "seq") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_ae3bcebb82303f794ca5d8988d"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "seq"`);
    await queryRunner.query(`CREATE INDEX "IDX_e4e40f3169a2a4bd922dc7f761" ON "audit_event"  ("organization_id", "created_at", "id") `);
  }
}
