import { MigrationInterface, QueryRunner } from 'typeorm';

/** Channel connections (sealed credentials, account, server limits), OAuth registrations per server, and the reconnect notification. */
export class ChannelConnection1796121163929 implements MigrationInterface {
  name = 'ChannelConnection1796121163929';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "connection_status" AS ENUM('connected', 'reconnect_required')`);
    await queryRunner.query(`CREATE TABLE "channel_connection" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "channel_id" uuid NOT NULL, "network" character varying(40) NOT NULL, "status" "connection_status" NOT NULL DEFAULT 'connected', "account_remote_id" character varying(300) NOT NULL, "account_handle" character varying(300) NOT NULL, "account_url" character varying(1000) NOT NULL, "service_url" character varying(1000), "sealed_credentials" text NOT NULL, "limits" jsonb, "last_verified_at" TIMESTAMP WITH TIME ZONE, "last_error" text, CONSTRAINT "UQ_e55ce8a4e4905afe8100b38ddce" UNIQUE ("organization_id", "id"), CONSTRAINT "UQ_ffba89db32091600ab049356462" UNIQUE ("organization_id", "channel_id"), CONSTRAINT "PK_f0b0b90fa3837ad5470c942462d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "oauth_client" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network" character varying(40) NOT NULL, "service_url" character varying(1000) NOT NULL, "redirect_uri" character varying(1000) NOT NULL, "sealed_client" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_7fc3cea50b7df7a363799417a3b" UNIQUE ("network", "service_url", "redirect_uri"), CONSTRAINT "PK_d6e58a7e0ec3ac17a67ba7f97cd" PRIMARY KEY ("id"))`);
    // Added once even if another migration already recreated the type with it (IF NOT EXISTS).
    await queryRunner.query(`ALTER TYPE "notification_kind" ADD VALUE IF NOT EXISTS 'channel_reconnect_required'`);
    await queryRunner.query(`ALTER TABLE "channel_connection" ADD CONSTRAINT "FK_ffba89db32091600ab049356462" FOREIGN KEY ("channel_id", "organization_id") REFERENCES "channel"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "channel_connection" DROP CONSTRAINT "FK_ffba89db32091600ab049356462"`);
    // PostgreSQL cannot drop an enum value: the notification kind stays (unused) on the way down.
    await queryRunner.query(`DROP TABLE "oauth_client"`);
    await queryRunner.query(`DROP TABLE "channel_connection"`);
    await queryRunner.query(`DROP TYPE "connection_status"`);
  }
}
