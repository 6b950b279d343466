import { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginThrottle1796118481087 implements MigrationInterface {
  name = 'LoginThrottle1796118481087';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "login_throttle" ("account_key" character varying(254) NOT NULL, "client_address" character varying(64) NOT NULL, "failures" integer NOT NULL DEFAULT '0', "lockouts" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c312946ad27bbf7c1e9d8a7809f" PRIMARY KEY ("account_key", "client_address"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ee263148b37c7f446ca19000aa" ON "login_throttle"  ("updated_at") `);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "failed_login_count"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "locked_until"`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "lockouts_since_login" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "last_lockout_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "last_lockout_at"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "lockouts_since_login"`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "locked_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "failed_login_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`DROP INDEX "IDX_ee263148b37c7f446ca19000aa"`);
    await queryRunner.query(`DROP TABLE "login_throttle"`);
  }
}
