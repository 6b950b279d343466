import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * External review links (signed, single-use links to decide at an external step). The link outlives
 * its sender's membership: only created_by_membership_id is cleared (`SET NULL (col)`).
 */
export class ExternalReviewLink1796127637134 implements MigrationInterface {
  name = 'ExternalReviewLink1796127637134';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "external_review_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "post_id" uuid NOT NULL, "lookup_hash" character(64) NOT NULL, "round" integer NOT NULL, "step" integer NOT NULL, "content_hash" character varying(64) NOT NULL, "name" character varying(200) NOT NULL, "email" character varying(254) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by_membership_id" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, "used_at" TIMESTAMP WITH TIME ZONE, "decision" character varying(20), "decider_name" character varying(200), "decider_email" character varying(254), "decider_address" character varying(64), CONSTRAINT "UQ_4b9aed37ae57c04e4d6bcb766e4" UNIQUE ("organization_id", "id"), CONSTRAINT "UQ_e07c7d802be296df561fa0ea6d5" UNIQUE ("lookup_hash"), CONSTRAINT "PK_cd06d1a69534fd64cba15fe5f43" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4f63357334ec2c4bb6c1faed59" ON "external_review_link"  ("organization_id", "post_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "external_review_link" ADD CONSTRAINT "FK_579d73eba3860d5b356209bac8c" FOREIGN KEY ("post_id", "organization_id") REFERENCES "post"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "external_review_link" ADD CONSTRAINT "FK_7c30c0b56ebb1247f044a125f5b" FOREIGN KEY ("created_by_membership_id", "organization_id") REFERENCES "membership"("id","organization_id") ON DELETE SET NULL ("created_by_membership_id") ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "external_review_link" DROP CONSTRAINT "FK_7c30c0b56ebb1247f044a125f5b"`);
    await queryRunner.query(`ALTER TABLE "external_review_link" DROP CONSTRAINT "FK_579d73eba3860d5b356209bac8c"`);
    await queryRunner.query(`DROP INDEX "IDX_4f63357334ec2c4bb6c1faed59"`);
    await queryRunner.query(`DROP TABLE "external_review_link"`);
  }
}
