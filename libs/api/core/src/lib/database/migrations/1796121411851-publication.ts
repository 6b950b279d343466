import { MigrationInterface, QueryRunner } from 'typeorm';

/** The publication queue: one row per variant and channel, with its attempts, keys, lease and outcome. */
export class Publication1796121411851 implements MigrationInterface {
  name = 'Publication1796121411851';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "publication_state" AS ENUM('pending', 'publishing', 'published', 'failed', 'unknown_outcome', 'handed_over')`);
    await queryRunner.query(`CREATE TABLE "publication" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "post_id" uuid NOT NULL, "variant_id" uuid NOT NULL, "channel_id" uuid NOT NULL, "state" "publication_state" NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "part_keys" jsonb, "published_parts" jsonb NOT NULL, "remote_id" character varying(500), "remote_url" character varying(1000), "last_error_kind" character varying(40), "last_error" text, "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "lease_until" TIMESTAMP WITH TIME ZONE, "attempt_started_at" TIMESTAMP WITH TIME ZONE, "reconcile_first" boolean NOT NULL DEFAULT false, "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_f09fd885a6f9c381bff1851061b" UNIQUE ("organization_id", "id"), CONSTRAINT "UQ_c72ac110c935fbaec8bcdcfd12c" UNIQUE ("organization_id", "variant_id"), CONSTRAINT "PK_8aea8363d5213896a78d8365fab" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4645633e1b701eb9f683e6b83f" ON "publication"  ("organization_id", "post_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_968d6cec80a1a6ec22ef51e308" ON "publication"  ("state", "next_attempt_at") `);
    await queryRunner.query(`ALTER TABLE "publication" ADD CONSTRAINT "FK_4645633e1b701eb9f683e6b83f8" FOREIGN KEY ("post_id", "organization_id") REFERENCES "post"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "publication" ADD CONSTRAINT "FK_c72ac110c935fbaec8bcdcfd12c" FOREIGN KEY ("variant_id", "organization_id") REFERENCES "post_variant"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "publication" ADD CONSTRAINT "FK_d7e220ae8ebe33d219cbf10bd2c" FOREIGN KEY ("channel_id", "organization_id") REFERENCES "channel"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "publication" DROP CONSTRAINT "FK_d7e220ae8ebe33d219cbf10bd2c"`);
    await queryRunner.query(`ALTER TABLE "publication" DROP CONSTRAINT "FK_c72ac110c935fbaec8bcdcfd12c"`);
    await queryRunner.query(`ALTER TABLE "publication" DROP CONSTRAINT "FK_4645633e1b701eb9f683e6b83f8"`);
    await queryRunner.query(`DROP TABLE "publication"`);
    await queryRunner.query(`DROP TYPE "publication_state"`);
  }
}
