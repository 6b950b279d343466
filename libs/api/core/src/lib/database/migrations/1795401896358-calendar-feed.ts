import { MigrationInterface, QueryRunner } from 'typeorm';

export class CalendarFeed1795401896358 implements MigrationInterface {
  name = 'CalendarFeed1795401896358';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "calendar_feed" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_3a0b1d1c7619ea19ff1affaaf70" UNIQUE ("token_hash"), CONSTRAINT "PK_24c0b9c80e4a4ac8752d854bc2e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a04bcdb0fad86853ea0e3e88a0" ON "calendar_feed"  ("membership_id") `);
    await queryRunner.query(`ALTER TABLE "calendar_feed" ADD CONSTRAINT "FK_a04bcdb0fad86853ea0e3e88a0d" FOREIGN KEY ("membership_id") REFERENCES "membership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "calendar_feed" DROP CONSTRAINT "FK_a04bcdb0fad86853ea0e3e88a0d"`);
    await queryRunner.query(`DROP INDEX "IDX_a04bcdb0fad86853ea0e3e88a0"`);
    await queryRunner.query(`DROP TABLE "calendar_feed"`);
  }
}
