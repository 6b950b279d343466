import { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications say who did it (actor) and their kind is a closed enum (existing rows kept). */
export class NotificationActor1796117962230 implements MigrationInterface {
  name = 'NotificationActor1796117962230';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" ADD "actor_user_id" uuid`);
    await queryRunner.query(`CREATE TYPE "notification_kind" AS ENUM('brief_assigned', 'brief_proposed')`);
    await queryRunner.query(`DELETE FROM "notification" WHERE kind NOT IN ('brief_assigned', 'brief_proposed')`);
    await queryRunner.query(`ALTER TABLE "notification" ALTER COLUMN "kind" TYPE "notification_kind" USING kind::"notification_kind"`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_c715670bf30a2b6dc2b44e51b41" FOREIGN KEY ("actor_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_c715670bf30a2b6dc2b44e51b41"`);
    await queryRunner.query(`ALTER TABLE "notification" ALTER COLUMN "kind" TYPE character varying(64) USING kind::text`);
    await queryRunner.query(`DROP TYPE "notification_kind"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "actor_user_id"`);
  }
}
