import { MigrationInterface, QueryRunner } from 'typeorm';

/** The organisation's settings get a version (contract A): existing organisations start at 1. */
export class OrganizationVersion1796120747485 implements MigrationInterface {
  name = 'OrganizationVersion1796120747485';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization" ADD "version" integer NOT NULL DEFAULT '1'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "version"`);
  }
}
