import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795399566273 implements MigrationInterface {
  name = 'Foundation1795399566273';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(160) NOT NULL, "slug" character varying(63) NOT NULL, "time_zone" character varying(64) NOT NULL DEFAULT 'Europe/Paris', "locale" character varying(8) NOT NULL DEFAULT 'fr', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_a08804baa7c5d5427067c49a31f" UNIQUE ("slug"), CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "member_role" AS ENUM('admin', 'editor', 'contributor', 'approver', 'viewer')`);
    await queryRunner.query(`CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "role" "member_role" NOT NULL, "token_hash" character(64) NOT NULL, "invited_by_user_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_b827d3749ffbb3b5ab5099afd64" UNIQUE ("token_hash"), CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_79954c92eec2befab6829ae231" ON "invitation"  ("organization_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "team" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f57d8293406df4af348402e4b74" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2f86357535d3d6a9bef5c3f831" ON "team"  ("organization_id", "name") `);
    await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "display_name" character varying(120) NOT NULL, "password_hash" text, "is_instance_admin" boolean NOT NULL DEFAULT false, "failed_login_count" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_3fa909d0e37c531ebc237703391" UNIQUE ("email"), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" "member_role" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_cd7eacbb2fb35943ecc0667207" ON "membership"  ("organization_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e9c72e8d29784031c96f5c6af8" ON "membership"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c126d679d889c31e8c861e6d2d" ON "membership"  ("organization_id", "user_id") `);
    await queryRunner.query(`CREATE TABLE "password_reset" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "issued_by_user_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_0309de62e0cb0960ebb2cb65c95" UNIQUE ("token_hash"), CONSTRAINT "PK_8515e60a2cc41584fa4784f52ce" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ad88301fdc79593dd222268a8b" ON "password_reset"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "user_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "user_agent" character varying(255), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_9ccf6d901cef4067214284f327e" UNIQUE ("token_hash"), CONSTRAINT "PK_adf3b49590842ac3cf54cac451a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_13275383dcdf095ee29f2b3455" ON "user_session"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "membership_team" ("membership_id" uuid NOT NULL, "team_id" uuid NOT NULL, CONSTRAINT "PK_c9e4472bf0fb84dc8bede152153" PRIMARY KEY ("membership_id", "team_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_68525735f7b68dc2edd4e90436" ON "membership_team"  ("membership_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_470e4891bc39bab9cb9da46de7" ON "membership_team"  ("team_id") `);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "FK_de7c148c7834d738ac7113f3dd8" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "team" ADD CONSTRAINT "FK_b71618cf6c9cf1d30ff71b0320a" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "membership" ADD CONSTRAINT "FK_412ffe9391a352e8a4e3dc46f6f" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "membership" ADD CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "password_reset" ADD CONSTRAINT "FK_ad88301fdc79593dd222268a8b6" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user_session" ADD CONSTRAINT "FK_13275383dcdf095ee29f2b3455a" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "membership_team" ADD CONSTRAINT "FK_68525735f7b68dc2edd4e90436c" FOREIGN KEY ("membership_id") REFERENCES "membership"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "membership_team" ADD CONSTRAINT "FK_470e4891bc39bab9cb9da46de7d" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "membership_team" DROP CONSTRAINT "FK_470e4891bc39bab9cb9da46de7d"`);
    await queryRunner.query(`ALTER TABLE "membership_team" DROP CONSTRAINT "FK_68525735f7b68dc2edd4e90436c"`);
    await queryRunner.query(`ALTER TABLE "user_session" DROP CONSTRAINT "FK_13275383dcdf095ee29f2b3455a"`);
    await queryRunner.query(`ALTER TABLE "password_reset" DROP CONSTRAINT "FK_ad88301fdc79593dd222268a8b6"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_412ffe9391a352e8a4e3dc46f6f"`);
    await queryRunner.query(`ALTER TABLE "team" DROP CONSTRAINT "FK_b71618cf6c9cf1d30ff71b0320a"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_de7c148c7834d738ac7113f3dd8"`);
    await queryRunner.query(`DROP INDEX "IDX_470e4891bc39bab9cb9da46de7"`);
    await queryRunner.query(`DROP INDEX "IDX_68525735f7b68dc2edd4e90436"`);
    await queryRunner.query(`DROP TABLE "membership_team"`);
    await queryRunner.query(`DROP INDEX "IDX_13275383dcdf095ee29f2b3455"`);
    await queryRunner.query(`DROP TABLE "user_session"`);
    await queryRunner.query(`DROP INDEX "IDX_ad88301fdc79593dd222268a8b"`);
    await queryRunner.query(`DROP TABLE "password_reset"`);
    await queryRunner.query(`DROP INDEX "IDX_c126d679d889c31e8c861e6d2d"`);
    await queryRunner.query(`DROP INDEX "IDX_e9c72e8d29784031c96f5c6af8"`);
    await queryRunner.query(`DROP INDEX "IDX_cd7eacbb2fb35943ecc0667207"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "IDX_2f86357535d3d6a9bef5c3f831"`);
    await queryRunner.query(`DROP TABLE "team"`);
    await queryRunner.query(`DROP INDEX "IDX_79954c92eec2befab6829ae231"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP TABLE "organization"`);
    await queryRunner.query(`DROP TYPE "member_role"`);
  }
}
