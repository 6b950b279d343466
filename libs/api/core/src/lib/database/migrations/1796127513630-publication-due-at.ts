import { MigrationInterface, QueryRunner } from 'typeorm';

/** A publication's due time (the queue page sorts and filters on it); existing rows were due when next attempted. */
export class PublicationDueAt1796127513630 implements MigrationInterface {
  name = 'PublicationDueAt1796127513630';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "publication" ADD "due_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "publication" SET "due_at" = "next_attempt_at"`);
    await queryRunner.query(`ALTER TABLE "publication" ALTER COLUMN "due_at" SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_1579854fc40ef2e4843b665d91" ON "publication"  ("organization_id", "due_at", "id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_1579854fc40ef2e4843b665d91"`);
    await queryRunner.query(`ALTER TABLE "publication" DROP COLUMN "due_at"`);
  }
}
