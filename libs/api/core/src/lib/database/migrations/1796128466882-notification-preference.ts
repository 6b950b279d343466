import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each member's e-mail choice per organisation (immediate, daily digest, off), tied to the membership. */
export class NotificationPreference1796128466882 implements MigrationInterface {
  name = 'NotificationPreference1796128466882';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "notification_email_mode" AS ENUM('immediate', 'daily_digest', 'off')`);
    await queryRunner.query(`CREATE TABLE "notification_preference" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "user_id" uuid NOT NULL, "email_mode" "notification_email_mode" NOT NULL DEFAULT 'immediate', "digest_through" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_46b05533946f4bbd4fc17a63544" UNIQUE ("organization_id", "id"), CONSTRAINT "PK_ba8d816b10f3dcfcd2e71ce5776" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e5e7051375fcf9be8d0c32c497" ON "notification_preference"  ("organization_id", "user_id") `);
    await queryRunner.query(`ALTER TABLE "notification_preference" ADD CONSTRAINT "FK_e5e7051375fcf9be8d0c32c4971" FOREIGN KEY ("organization_id", "user_id") REFERENCES "membership"("organization_id","user_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_e5e7051375fcf9be8d0c32c4971"`);
    await queryRunner.query(`DROP INDEX "IDX_e5e7051375fcf9be8d0c32c497"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP TYPE "notification_email_mode"`);
  }
}
