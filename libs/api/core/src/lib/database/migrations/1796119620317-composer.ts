import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The composer: posts with one variant per channel, their versions and comments, the media library,
 * link previews and the organisation's UTM setting. Composite references that clear on delete only
 * clear their own column (`SET NULL (col)`), never organization_id; posts and variants bump the
 * organisation's content version like every row the calendar shows.
 */
export class Composer1796119620317 implements MigrationInterface {
  name = 'Composer1796119620317';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "media_kind" AS ENUM('image', 'video')`);
    await queryRunner.query(`CREATE TABLE "media" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "kind" "media_kind" NOT NULL, "mime" character varying(100) NOT NULL, "width" integer, "height" integer, "duration_ms" integer, "bytes" bigint NOT NULL, "content_hash" character varying(64) NOT NULL, "alt_text" text, "file_name" character varying(255) NOT NULL, "storage_key" character varying(200) NOT NULL, "renditions" jsonb NOT NULL, "uploaded_by_membership_id" uuid, CONSTRAINT "UQ_7637c903adf323af8f65cec9e5b" UNIQUE ("organization_id", "id"), CONSTRAINT "PK_f4e0fcac36e050de337b670d8bd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_76beaf80bb56708d44043a3cbc" ON "media"  ("organization_id", "created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "link_preview" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "url_hash" character varying(64) NOT NULL, "url" character varying(2000) NOT NULL, "final_url" character varying(2000) NOT NULL, "title" character varying(300), "description" character varying(1000), "site_name" character varying(200), "image_media_id" uuid, CONSTRAINT "UQ_d8db025078e823fc352845a2a1e" UNIQUE ("organization_id", "id"), CONSTRAINT "PK_54f44ab052ce8248299de8d8de9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_81111f67d232394867b04f2725" ON "link_preview"  ("organization_id", "url_hash") `);
    await queryRunner.query(`CREATE TYPE "post_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'publishing', 'published', 'rejected', 'withdrawn', 'failed', 'unknown_outcome', 'cancelled', 'missed')`);
    await queryRunner.query(`CREATE TABLE "post" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "status" "post_status" NOT NULL DEFAULT 'draft', "master_text" text NOT NULL DEFAULT '', "brief_id" uuid, "theme_id" uuid, "campaign_id" uuid, "author_membership_id" uuid, "planned_at" TIMESTAMP WITH TIME ZONE, "planned_local" character varying(16), "content_hash" character varying(64) NOT NULL, CONSTRAINT "UQ_bbbd20e68103af5d69b0ae2155c" UNIQUE ("organization_id", "id"), CONSTRAINT "PK_be5fda3aac270b134ff9c21cdee" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_80cd4cd3a73ebc5cc2d3313562" ON "post"  ("organization_id", "brief_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_a83451ee85b290477dd6f50a4c" ON "post"  ("organization_id", "author_membership_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_12b819d7a54b1cc33a1907ad10" ON "post"  ("organization_id", "planned_at", "id") `);
    await queryRunner.query(`CREATE TABLE "post_variant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "post_id" uuid NOT NULL, "channel_id" uuid NOT NULL, "text" text NOT NULL DEFAULT '', "follows_master" boolean NOT NULL DEFAULT true, "thread_parts" jsonb, "link" character varying(2000), "options" jsonb NOT NULL, "content_hash" character varying(64) NOT NULL, CONSTRAINT "UQ_786ce488d5bba27b8677fd4751a" UNIQUE ("organization_id", "id"), CONSTRAINT "PK_e5e1dfbcd46fab6a39539852da2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a9f12048c0db924ffde165b5cb" ON "post_variant"  ("organization_id", "channel_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_01e75d120ce2884606382e4d5f" ON "post_variant"  ("organization_id", "post_id", "channel_id") `);
    await queryRunner.query(`CREATE TABLE "post_audience" ("post_id" uuid NOT NULL, "audience_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_15f72d8048de8c36851b1249ec0" PRIMARY KEY ("post_id", "audience_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3bfa71af6f710f69175c8cff13" ON "post_audience"  ("audience_id") `);
    await queryRunner.query(`CREATE TABLE "post_variant_media" ("variant_id" uuid NOT NULL, "position" integer NOT NULL, "organization_id" uuid NOT NULL, "media_id" uuid NOT NULL, "alt_text" text, CONSTRAINT "PK_858e6508ea9a400d946ab329e24" PRIMARY KEY ("variant_id", "position"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3fe1e6381155b78b5014f6fa87" ON "post_variant_media"  ("organization_id", "media_id") `);
    await queryRunner.query(`CREATE TABLE "post_comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "post_id" uuid NOT NULL, "author_membership_id" uuid, "author_name" character varying(120) NOT NULL, "body" text NOT NULL, "mentioned_membership_ids" jsonb NOT NULL, CONSTRAINT "UQ_ac349979737928bd1f63eb0a4f6" UNIQUE ("organization_id", "id"), CONSTRAINT "PK_5a0d63e41c3c55e11319613550c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_79a68403e33f085d4003111489" ON "post_comment"  ("organization_id", "post_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "post_settings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "utm_tagging" boolean NOT NULL DEFAULT false, CONSTRAINT "UQ_1dcd9df644fbf16b37caf644555" UNIQUE ("organization_id", "id"), CONSTRAINT "PK_4d1faa16ba73f71087f1a8111f4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_9efb9dfc1f7d42bb428ce11341" ON "post_settings"  ("organization_id") `);
    await queryRunner.query(`CREATE TABLE "post_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "post_id" uuid NOT NULL, "number" integer NOT NULL, "snapshot" jsonb NOT NULL, "content_hash" character varying(64) NOT NULL, "variant_hashes" jsonb NOT NULL, "author_membership_id" uuid, "author_name" character varying(120) NOT NULL, CONSTRAINT "UQ_dcd42c21438c13f1ac3d39c915b" UNIQUE ("organization_id", "id"), CONSTRAINT "PK_d2a12e95462e27dab16c6817381" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_08d4d18762ec41e82b449bc267" ON "post_version"  ("organization_id", "post_id", "number") `);
    await queryRunner.query(`ALTER TYPE "notification_kind" ADD VALUE 'post_mention'`);
    await queryRunner.query(`ALTER TABLE "media" ADD CONSTRAINT "FK_2673e0372f65f8332509425c47d" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "media" ADD CONSTRAINT "FK_5908e4981f35ea7835d636a86cd" FOREIGN KEY ("uploaded_by_membership_id", "organization_id") REFERENCES "membership"("id","organization_id") ON DELETE SET NULL ("uploaded_by_membership_id") ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "link_preview" ADD CONSTRAINT "FK_1925ea355915d23ab9a63e773b8" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "link_preview" ADD CONSTRAINT "FK_4fe0c97e8e05a9f63aaaf086dec" FOREIGN KEY ("image_media_id", "organization_id") REFERENCES "media"("id","organization_id") ON DELETE SET NULL ("image_media_id") ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post" ADD CONSTRAINT "FK_817e413ad1801b60b3b7095aa8a" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post" ADD CONSTRAINT "FK_80cd4cd3a73ebc5cc2d33135626" FOREIGN KEY ("brief_id", "organization_id") REFERENCES "brief"("id","organization_id") ON DELETE SET NULL ("brief_id") ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post" ADD CONSTRAINT "FK_02c8518ffe51bb33537a87c14c7" FOREIGN KEY ("theme_id", "organization_id") REFERENCES "theme"("id","organization_id") ON DELETE SET NULL ("theme_id") ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post" ADD CONSTRAINT "FK_b0cdf806c385b28c9cc8f52aebd" FOREIGN KEY ("campaign_id", "organization_id") REFERENCES "campaign"("id","organization_id") ON DELETE SET NULL ("campaign_id") ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post" ADD CONSTRAINT "FK_a83451ee85b290477dd6f50a4ce" FOREIGN KEY ("author_membership_id", "organization_id") REFERENCES "membership"("id","organization_id") ON DELETE SET NULL ("author_membership_id") ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post_variant" ADD CONSTRAINT "FK_3d7ddf1c90ea6289ef21fab13cb" FOREIGN KEY ("post_id", "organization_id") REFERENCES "post"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post_variant" ADD CONSTRAINT "FK_a9f12048c0db924ffde165b5cb9" FOREIGN KEY ("channel_id", "organization_id") REFERENCES "channel"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post_audience" ADD CONSTRAINT "FK_88bbbe116d582e8eab438026c39" FOREIGN KEY ("post_id", "organization_id") REFERENCES "post"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post_audience" ADD CONSTRAINT "FK_62ea3914ae016b1206b40b0f8e3" FOREIGN KEY ("audience_id", "organization_id") REFERENCES "audience"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post_variant_media" ADD CONSTRAINT "FK_9d7abd84a126d0448efc9b75145" FOREIGN KEY ("variant_id", "organization_id") REFERENCES "post_variant"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post_variant_media" ADD CONSTRAINT "FK_3fe1e6381155b78b5014f6fa87a" FOREIGN KEY ("media_id", "organization_id") REFERENCES "media"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post_comment" ADD CONSTRAINT "FK_5e4c3fbddcc9f66536c6aaf469b" FOREIGN KEY ("post_id", "organization_id") REFERENCES "post"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post_comment" ADD CONSTRAINT "FK_271d092af8786f80b4081a03119" FOREIGN KEY ("author_membership_id", "organization_id") REFERENCES "membership"("id","organization_id") ON DELETE SET NULL ("author_membership_id") ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post_settings" ADD CONSTRAINT "FK_9efb9dfc1f7d42bb428ce11341c" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post_version" ADD CONSTRAINT "FK_70565b79bf41d2fa3c215522d4d" FOREIGN KEY ("post_id", "organization_id") REFERENCES "post"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post_version" ADD CONSTRAINT "FK_2a9660ec7255762887e85fa16b6" FOREIGN KEY ("author_membership_id", "organization_id") REFERENCES "membership"("id","organization_id") ON DELETE SET NULL ("author_membership_id") ON UPDATE NO ACTION`);
    for (const table of ['post', 'post_variant']) {
      await queryRunner.query(`CREATE TRIGGER "${table}_bumps_content_version" AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION bump_content_version()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['post', 'post_variant']) await queryRunner.query(`DROP TRIGGER "${table}_bumps_content_version" ON "${table}"`);
    await queryRunner.query(`ALTER TABLE "post_version" DROP CONSTRAINT "FK_2a9660ec7255762887e85fa16b6"`);
    await queryRunner.query(`ALTER TABLE "post_version" DROP CONSTRAINT "FK_70565b79bf41d2fa3c215522d4d"`);
    await queryRunner.query(`ALTER TABLE "post_settings" DROP CONSTRAINT "FK_9efb9dfc1f7d42bb428ce11341c"`);
    await queryRunner.query(`ALTER TABLE "post_comment" DROP CONSTRAINT "FK_271d092af8786f80b4081a03119"`);
    await queryRunner.query(`ALTER TABLE "post_comment" DROP CONSTRAINT "FK_5e4c3fbddcc9f66536c6aaf469b"`);
    await queryRunner.query(`ALTER TABLE "post_variant_media" DROP CONSTRAINT "FK_3fe1e6381155b78b5014f6fa87a"`);
    await queryRunner.query(`ALTER TABLE "post_variant_media" DROP CONSTRAINT "FK_9d7abd84a126d0448efc9b75145"`);
    await queryRunner.query(`ALTER TABLE "post_audience" DROP CONSTRAINT "FK_62ea3914ae016b1206b40b0f8e3"`);
    await queryRunner.query(`ALTER TABLE "post_audience" DROP CONSTRAINT "FK_88bbbe116d582e8eab438026c39"`);
    await queryRunner.query(`ALTER TABLE "post_variant" DROP CONSTRAINT "FK_a9f12048c0db924ffde165b5cb9"`);
    await queryRunner.query(`ALTER TABLE "post_variant" DROP CONSTRAINT "FK_3d7ddf1c90ea6289ef21fab13cb"`);
    await queryRunner.query(`ALTER TABLE "post" DROP CONSTRAINT "FK_a83451ee85b290477dd6f50a4ce"`);
    await queryRunner.query(`ALTER TABLE "post" DROP CONSTRAINT "FK_b0cdf806c385b28c9cc8f52aebd"`);
    await queryRunner.query(`ALTER TABLE "post" DROP CONSTRAINT "FK_02c8518ffe51bb33537a87c14c7"`);
    await queryRunner.query(`ALTER TABLE "post" DROP CONSTRAINT "FK_80cd4cd3a73ebc5cc2d33135626"`);
    await queryRunner.query(`ALTER TABLE "post" DROP CONSTRAINT "FK_817e413ad1801b60b3b7095aa8a"`);
    await queryRunner.query(`ALTER TABLE "link_preview" DROP CONSTRAINT "FK_4fe0c97e8e05a9f63aaaf086dec"`);
    await queryRunner.query(`ALTER TABLE "link_preview" DROP CONSTRAINT "FK_1925ea355915d23ab9a63e773b8"`);
    await queryRunner.query(`ALTER TABLE "media" DROP CONSTRAINT "FK_5908e4981f35ea7835d636a86cd"`);
    await queryRunner.query(`ALTER TABLE "media" DROP CONSTRAINT "FK_2673e0372f65f8332509425c47d"`);
    await queryRunner.query(`CREATE TYPE "notification_kind_old" AS ENUM('brief_assigned', 'brief_proposed')`);
    await queryRunner.query(`ALTER TABLE "notification" ALTER COLUMN "kind" TYPE "notification_kind_old" USING "kind"::"text"::"notification_kind_old"`);
    await queryRunner.query(`DROP TYPE "notification_kind"`);
    await queryRunner.query(`ALTER TYPE "notification_kind_old" RENAME TO "notification_kind"`);
    await queryRunner.query(`DROP INDEX "IDX_08d4d18762ec41e82b449bc267"`);
    await queryRunner.query(`DROP TABLE "post_version"`);
    await queryRunner.query(`DROP INDEX "IDX_9efb9dfc1f7d42bb428ce11341"`);
    await queryRunner.query(`DROP TABLE "post_settings"`);
    await queryRunner.query(`DROP INDEX "IDX_79a68403e33f085d4003111489"`);
    await queryRunner.query(`DROP TABLE "post_comment"`);
    await queryRunner.query(`DROP INDEX "IDX_3fe1e6381155b78b5014f6fa87"`);
    await queryRunner.query(`DROP TABLE "post_variant_media"`);
    await queryRunner.query(`DROP INDEX "IDX_3bfa71af6f710f69175c8cff13"`);
    await queryRunner.query(`DROP TABLE "post_audience"`);
    await queryRunner.query(`DROP INDEX "IDX_01e75d120ce2884606382e4d5f"`);
    await queryRunner.query(`DROP INDEX "IDX_a9f12048c0db924ffde165b5cb"`);
    await queryRunner.query(`DROP TABLE "post_variant"`);
    await queryRunner.query(`DROP INDEX "IDX_12b819d7a54b1cc33a1907ad10"`);
    await queryRunner.query(`DROP INDEX "IDX_a83451ee85b290477dd6f50a4c"`);
    await queryRunner.query(`DROP INDEX "IDX_80cd4cd3a73ebc5cc2d3313562"`);
    await queryRunner.query(`DROP TABLE "post"`);
    await queryRunner.query(`DROP TYPE "post_status"`);
    await queryRunner.query(`DROP INDEX "IDX_81111f67d232394867b04f2725"`);
    await queryRunner.query(`DROP TABLE "link_preview"`);
    await queryRunner.query(`DROP INDEX "IDX_76beaf80bb56708d44043a3cbc"`);
    await queryRunner.query(`DROP TABLE "media"`);
    await queryRunner.query(`DROP TYPE "media_kind"`);
  }
}
