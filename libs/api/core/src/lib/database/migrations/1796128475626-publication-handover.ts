import { MigrationInterface, QueryRunner } from 'typeorm';

/** A manual publication keeps the final text handed to its assignee. */
export class PublicationHandover1796128475626 implements MigrationInterface {
  name = 'PublicationHandover1796128475626';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "publication" ADD "handover_text" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "publication" DROP COLUMN "handover_text"`);
  }
}
