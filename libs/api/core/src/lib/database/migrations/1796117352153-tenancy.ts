import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tenancy the database enforces: every org-owned row is unique on (organization_id, id), join tables
 * carry organization_id, and every reference between org-owned rows is a composite foreign key
 * (organization_id, x_id) → x(organization_id, id). Optional references clear only their own column
 * (ON DELETE SET NULL (x_id), PostgreSQL 15+). Every mutable row gets a version (its ETag).
 */
export class Tenancy1796117352153 implements MigrationInterface {
  name = 'Tenancy1796117352153';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "membership_team" DROP CONSTRAINT "FK_68525735f7b68dc2edd4e90436c"`);
    await queryRunner.query(`ALTER TABLE "membership_team" DROP CONSTRAINT "FK_470e4891bc39bab9cb9da46de7d"`);
    await queryRunner.query(`ALTER TABLE "campaign" DROP CONSTRAINT "FK_b7358780624331a798d4fed4442"`);
    await queryRunner.query(`ALTER TABLE "brief" DROP CONSTRAINT "FK_124b5e3e502dee45b2b7f809a03"`);
    await queryRunner.query(`ALTER TABLE "brief" DROP CONSTRAINT "FK_ae9d6318934a69d76c3f3d8aca4"`);
    await queryRunner.query(`ALTER TABLE "brief" DROP CONSTRAINT "FK_5bc6b89ddb16a14cf91aba7a1fc"`);
    await queryRunner.query(`ALTER TABLE "brief_comment" DROP CONSTRAINT "FK_2cf7869df3696d9eeb8a3442034"`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" DROP CONSTRAINT "FK_a04bcdb0fad86853ea0e3e88a0d"`);
    await queryRunner.query(`ALTER TABLE "brief_audience" DROP CONSTRAINT "FK_42e787e57ccf2a8cff4a756b347"`);
    await queryRunner.query(`ALTER TABLE "brief_audience" DROP CONSTRAINT "FK_4056ff6b4d0de12d3ac4e7a5947"`);
    await queryRunner.query(`ALTER TABLE "brief_channel" DROP CONSTRAINT "FK_79f2905ed9478ef57c804b733a5"`);
    await queryRunner.query(`ALTER TABLE "brief_channel" DROP CONSTRAINT "FK_2a18a5ac2421cd775f99ff59746"`);
    await queryRunner.query(`ALTER TABLE "campaign_audience" DROP CONSTRAINT "FK_efc155217bf28a585b433d55157"`);
    await queryRunner.query(`ALTER TABLE "campaign_audience" DROP CONSTRAINT "FK_43a183d94614b9e5345d31bff95"`);
    await queryRunner.query(`ALTER TABLE "channel_audience" DROP CONSTRAINT "FK_88db9278acd89828e72af157378"`);
    await queryRunner.query(`ALTER TABLE "channel_audience" DROP CONSTRAINT "FK_3dc15c4b77382c6598597371f46"`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "team" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`ALTER TABLE "team" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "membership_team" ADD "organization_id" uuid`);
    await queryRunner.query(`UPDATE "membership_team" l SET organization_id = o.organization_id FROM "membership" o WHERE o.id = l.membership_id`);
    // A link to another organisation's row cannot be kept: the composite key would refuse it.
    await queryRunner.query(`DELETE FROM "membership_team" l WHERE NOT EXISTS (SELECT 1 FROM "team" x WHERE x.id = l.team_id AND x.organization_id = l.organization_id)`);
    await queryRunner.query(`ALTER TABLE "membership_team" ALTER COLUMN "organization_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "membership" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`ALTER TABLE "membership" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "notification" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`ALTER TABLE "notification" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "audience" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "theme" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "campaign" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "brief" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "brief_comment" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`ALTER TABLE "brief_comment" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "channel" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "key_date" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`ALTER TABLE "key_date" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "brief_audience" ADD "organization_id" uuid`);
    await queryRunner.query(`UPDATE "brief_audience" l SET organization_id = o.organization_id FROM "brief" o WHERE o.id = l.brief_id`);
    // A link to another organisation's row cannot be kept: the composite key would refuse it.
    await queryRunner.query(`DELETE FROM "brief_audience" l WHERE NOT EXISTS (SELECT 1 FROM "audience" x WHERE x.id = l.audience_id AND x.organization_id = l.organization_id)`);
    await queryRunner.query(`ALTER TABLE "brief_audience" ALTER COLUMN "organization_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "brief_channel" ADD "organization_id" uuid`);
    await queryRunner.query(`UPDATE "brief_channel" l SET organization_id = o.organization_id FROM "brief" o WHERE o.id = l.brief_id`);
    // A link to another organisation's row cannot be kept: the composite key would refuse it.
    await queryRunner.query(`DELETE FROM "brief_channel" l WHERE NOT EXISTS (SELECT 1 FROM "channel" x WHERE x.id = l.channel_id AND x.organization_id = l.organization_id)`);
    await queryRunner.query(`ALTER TABLE "brief_channel" ALTER COLUMN "organization_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "campaign_audience" ADD "organization_id" uuid`);
    await queryRunner.query(`UPDATE "campaign_audience" l SET organization_id = o.organization_id FROM "campaign" o WHERE o.id = l.campaign_id`);
    // A link to another organisation's row cannot be kept: the composite key would refuse it.
    await queryRunner.query(`DELETE FROM "campaign_audience" l WHERE NOT EXISTS (SELECT 1 FROM "audience" x WHERE x.id = l.audience_id AND x.organization_id = l.organization_id)`);
    await queryRunner.query(`ALTER TABLE "campaign_audience" ALTER COLUMN "organization_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "channel_audience" ADD "organization_id" uuid`);
    await queryRunner.query(`UPDATE "channel_audience" l SET organization_id = o.organization_id FROM "channel" o WHERE o.id = l.channel_id`);
    // A link to another organisation's row cannot be kept: the composite key would refuse it.
    await queryRunner.query(`DELETE FROM "channel_audience" l WHERE NOT EXISTS (SELECT 1 FROM "audience" x WHERE x.id = l.audience_id AND x.organization_id = l.organization_id)`);
    await queryRunner.query(`ALTER TABLE "channel_audience" ALTER COLUMN "organization_id" SET NOT NULL`);
    // Existing rows that point at another organisation (none should): cleared, so the keys below hold.
    await queryRunner.query(`UPDATE "campaign" r SET theme_id = NULL WHERE theme_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "theme" x WHERE x.id = r.theme_id AND x.organization_id = r.organization_id)`);
    await queryRunner.query(`UPDATE "brief" r SET theme_id = NULL WHERE theme_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "theme" x WHERE x.id = r.theme_id AND x.organization_id = r.organization_id)`);
    await queryRunner.query(`UPDATE "brief" r SET campaign_id = NULL WHERE campaign_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "campaign" x WHERE x.id = r.campaign_id AND x.organization_id = r.organization_id)`);
    await queryRunner.query(`UPDATE "brief" r SET assignee_membership_id = NULL WHERE assignee_membership_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "membership" x WHERE x.id = r.assignee_membership_id AND x.organization_id = r.organization_id)`);
    await queryRunner.query(`DELETE FROM "brief_comment" r WHERE NOT EXISTS (SELECT 1 FROM "brief" x WHERE x.id = r.brief_id AND x.organization_id = r.organization_id)`);
    await queryRunner.query(`DELETE FROM "calendar_feed" r WHERE NOT EXISTS (SELECT 1 FROM "membership" x WHERE x.id = r.membership_id AND x.organization_id = r.organization_id)`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "UQ_d10019d2dca87de9f94f4680e36" UNIQUE ("organization_id", "id")`);
    await queryRunner.query(`ALTER TABLE "team" ADD CONSTRAINT "UQ_558dc7813718b23d048649c89ea" UNIQUE ("organization_id", "id")`);
    await queryRunner.query(`ALTER TABLE "membership" ADD CONSTRAINT "UQ_256dd59f3042a48b5c34d525617" UNIQUE ("organization_id", "id")`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "UQ_18160cda53c3f2373daed1397c4" UNIQUE ("organization_id", "id")`);
    await queryRunner.query(`ALTER TABLE "audience" ADD CONSTRAINT "UQ_db984597f609cafbcdc53421226" UNIQUE ("organization_id", "id")`);
    await queryRunner.query(`ALTER TABLE "theme" ADD CONSTRAINT "UQ_45577677c37ec8a26a560ed9fac" UNIQUE ("organization_id", "id")`);
    await queryRunner.query(`ALTER TABLE "campaign" ADD CONSTRAINT "UQ_fdd7db5598eed23a9d29448c92b" UNIQUE ("organization_id", "id")`);
    await queryRunner.query(`ALTER TABLE "brief" ADD CONSTRAINT "UQ_9dac9480c51c6737b6d51278218" UNIQUE ("organization_id", "id")`);
    await queryRunner.query(`ALTER TABLE "brief_comment" ADD CONSTRAINT "UQ_436508d051f47e374c7f5f3191a" UNIQUE ("organization_id", "id")`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" ADD CONSTRAINT "UQ_4372da2bc8dc55e6fb1663e666c" UNIQUE ("organization_id", "id")`);
    await queryRunner.query(`ALTER TABLE "channel" ADD CONSTRAINT "UQ_95188849a2b4f1c0bca80b6018b" UNIQUE ("organization_id", "id")`);
    await queryRunner.query(`ALTER TABLE "key_date" ADD CONSTRAINT "UQ_adf9ddd7a39527bfca9af1b2207" UNIQUE ("organization_id", "id")`);
    await queryRunner.query(`ALTER TABLE "membership_team" ADD CONSTRAINT "FK_f75c9d2d4e9cb63485e96610bef" FOREIGN KEY ("membership_id", "organization_id") REFERENCES "membership"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "membership_team" ADD CONSTRAINT "FK_cc359b6d723cc8ea3d9090cba13" FOREIGN KEY ("team_id", "organization_id") REFERENCES "team"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign" ADD CONSTRAINT "FK_f8569fa1ff9086a5a8697589fe7" FOREIGN KEY ("theme_id", "organization_id") REFERENCES "theme"("id","organization_id") ON DELETE SET NULL ("theme_id") ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "brief" ADD CONSTRAINT "FK_ab756975a4f41ec322bc065f9c8" FOREIGN KEY ("theme_id", "organization_id") REFERENCES "theme"("id","organization_id") ON DELETE SET NULL ("theme_id") ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "brief" ADD CONSTRAINT "FK_2dffcb012646fffaec00617dbb5" FOREIGN KEY ("campaign_id", "organization_id") REFERENCES "campaign"("id","organization_id") ON DELETE SET NULL ("campaign_id") ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "brief" ADD CONSTRAINT "FK_ed0b882a7ef925918eda008b41f" FOREIGN KEY ("assignee_membership_id", "organization_id") REFERENCES "membership"("id","organization_id") ON DELETE SET NULL ("assignee_membership_id") ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "brief_comment" ADD CONSTRAINT "FK_fd2c630b3bbfef2813963c8500d" FOREIGN KEY ("brief_id", "organization_id") REFERENCES "brief"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" ADD CONSTRAINT "FK_11e8bbbb0f145f26ad706787cb1" FOREIGN KEY ("membership_id", "organization_id") REFERENCES "membership"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "brief_audience" ADD CONSTRAINT "FK_a816150fad4c3901fc590b0be43" FOREIGN KEY ("brief_id", "organization_id") REFERENCES "brief"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "brief_audience" ADD CONSTRAINT "FK_8e5459e7f15bc5628e18f2eb0bd" FOREIGN KEY ("audience_id", "organization_id") REFERENCES "audience"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "brief_channel" ADD CONSTRAINT "FK_e5f72a2f67d9c6475d047900faa" FOREIGN KEY ("brief_id", "organization_id") REFERENCES "brief"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "brief_channel" ADD CONSTRAINT "FK_e99784cef76eb91ebd43d6ec77f" FOREIGN KEY ("channel_id", "organization_id") REFERENCES "channel"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign_audience" ADD CONSTRAINT "FK_2ec6050ad6395002b490dc3bff7" FOREIGN KEY ("campaign_id", "organization_id") REFERENCES "campaign"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign_audience" ADD CONSTRAINT "FK_6116360f118ca1e8750e3a2c825" FOREIGN KEY ("audience_id", "organization_id") REFERENCES "audience"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "channel_audience" ADD CONSTRAINT "FK_cc96ca0caf194c1137b6db87e6a" FOREIGN KEY ("channel_id", "organization_id") REFERENCES "channel"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "channel_audience" ADD CONSTRAINT "FK_d37da775349d62c158bf7245980" FOREIGN KEY ("audience_id", "organization_id") REFERENCES "audience"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Join tables now carry organization_id: the content-version trigger reads it directly.
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION bump_content_version() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        row_data jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
      BEGIN
        IF TG_TABLE_NAME = 'app_user' THEN
          UPDATE organization SET content_version = content_version + 1
           WHERE id IN (SELECT organization_id FROM membership WHERE user_id = (row_data ->> 'id')::uuid);
        ELSE
          UPDATE organization SET content_version = content_version + 1 WHERE id = (row_data ->> 'organization_id')::uuid;
        END IF;
        RETURN NULL;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION bump_content_version() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        row_data jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
      BEGIN
        IF TG_TABLE_NAME IN ('brief_audience', 'brief_channel') THEN
          UPDATE organization SET content_version = content_version + 1
           WHERE id = (SELECT organization_id FROM brief WHERE id = (row_data ->> 'brief_id')::uuid);
        ELSIF TG_TABLE_NAME = 'app_user' THEN
          UPDATE organization SET content_version = content_version + 1
           WHERE id IN (SELECT organization_id FROM membership WHERE user_id = (row_data ->> 'id')::uuid);
        ELSE
          UPDATE organization SET content_version = content_version + 1 WHERE id = (row_data ->> 'organization_id')::uuid;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`ALTER TABLE "channel_audience" DROP CONSTRAINT "FK_d37da775349d62c158bf7245980"`);
    await queryRunner.query(`ALTER TABLE "channel_audience" DROP CONSTRAINT "FK_cc96ca0caf194c1137b6db87e6a"`);
    await queryRunner.query(`ALTER TABLE "campaign_audience" DROP CONSTRAINT "FK_6116360f118ca1e8750e3a2c825"`);
    await queryRunner.query(`ALTER TABLE "campaign_audience" DROP CONSTRAINT "FK_2ec6050ad6395002b490dc3bff7"`);
    await queryRunner.query(`ALTER TABLE "brief_channel" DROP CONSTRAINT "FK_e99784cef76eb91ebd43d6ec77f"`);
    await queryRunner.query(`ALTER TABLE "brief_channel" DROP CONSTRAINT "FK_e5f72a2f67d9c6475d047900faa"`);
    await queryRunner.query(`ALTER TABLE "brief_audience" DROP CONSTRAINT "FK_8e5459e7f15bc5628e18f2eb0bd"`);
    await queryRunner.query(`ALTER TABLE "brief_audience" DROP CONSTRAINT "FK_a816150fad4c3901fc590b0be43"`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" DROP CONSTRAINT "FK_11e8bbbb0f145f26ad706787cb1"`);
    await queryRunner.query(`ALTER TABLE "brief_comment" DROP CONSTRAINT "FK_fd2c630b3bbfef2813963c8500d"`);
    await queryRunner.query(`ALTER TABLE "brief" DROP CONSTRAINT "FK_ed0b882a7ef925918eda008b41f"`);
    await queryRunner.query(`ALTER TABLE "brief" DROP CONSTRAINT "FK_2dffcb012646fffaec00617dbb5"`);
    await queryRunner.query(`ALTER TABLE "brief" DROP CONSTRAINT "FK_ab756975a4f41ec322bc065f9c8"`);
    await queryRunner.query(`ALTER TABLE "campaign" DROP CONSTRAINT "FK_f8569fa1ff9086a5a8697589fe7"`);
    await queryRunner.query(`ALTER TABLE "membership_team" DROP CONSTRAINT "FK_cc359b6d723cc8ea3d9090cba13"`);
    await queryRunner.query(`ALTER TABLE "membership_team" DROP CONSTRAINT "FK_f75c9d2d4e9cb63485e96610bef"`);
    await queryRunner.query(`ALTER TABLE "key_date" DROP CONSTRAINT "UQ_adf9ddd7a39527bfca9af1b2207"`);
    await queryRunner.query(`ALTER TABLE "channel" DROP CONSTRAINT "UQ_95188849a2b4f1c0bca80b6018b"`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" DROP CONSTRAINT "UQ_4372da2bc8dc55e6fb1663e666c"`);
    await queryRunner.query(`ALTER TABLE "brief_comment" DROP CONSTRAINT "UQ_436508d051f47e374c7f5f3191a"`);
    await queryRunner.query(`ALTER TABLE "brief" DROP CONSTRAINT "UQ_9dac9480c51c6737b6d51278218"`);
    await queryRunner.query(`ALTER TABLE "campaign" DROP CONSTRAINT "UQ_fdd7db5598eed23a9d29448c92b"`);
    await queryRunner.query(`ALTER TABLE "theme" DROP CONSTRAINT "UQ_45577677c37ec8a26a560ed9fac"`);
    await queryRunner.query(`ALTER TABLE "audience" DROP CONSTRAINT "UQ_db984597f609cafbcdc53421226"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "UQ_18160cda53c3f2373daed1397c4"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "UQ_256dd59f3042a48b5c34d525617"`);
    await queryRunner.query(`ALTER TABLE "team" DROP CONSTRAINT "UQ_558dc7813718b23d048649c89ea"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "UQ_d10019d2dca87de9f94f4680e36"`);
    await queryRunner.query(`ALTER TABLE "channel_audience" DROP COLUMN "organization_id"`);
    await queryRunner.query(`ALTER TABLE "campaign_audience" DROP COLUMN "organization_id"`);
    await queryRunner.query(`ALTER TABLE "brief_channel" DROP COLUMN "organization_id"`);
    await queryRunner.query(`ALTER TABLE "brief_audience" DROP COLUMN "organization_id"`);
    await queryRunner.query(`ALTER TABLE "key_date" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "key_date" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "channel" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "brief_comment" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "brief_comment" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "brief" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "campaign" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "theme" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "audience" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "membership_team" DROP COLUMN "organization_id"`);
    await queryRunner.query(`ALTER TABLE "team" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "team" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "channel_audience" ADD CONSTRAINT "FK_3dc15c4b77382c6598597371f46" FOREIGN KEY ("audience_id") REFERENCES "audience"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "channel_audience" ADD CONSTRAINT "FK_88db9278acd89828e72af157378" FOREIGN KEY ("channel_id") REFERENCES "channel"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "campaign_audience" ADD CONSTRAINT "FK_43a183d94614b9e5345d31bff95" FOREIGN KEY ("audience_id") REFERENCES "audience"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "campaign_audience" ADD CONSTRAINT "FK_efc155217bf28a585b433d55157" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "brief_channel" ADD CONSTRAINT "FK_2a18a5ac2421cd775f99ff59746" FOREIGN KEY ("channel_id") REFERENCES "channel"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "brief_channel" ADD CONSTRAINT "FK_79f2905ed9478ef57c804b733a5" FOREIGN KEY ("brief_id") REFERENCES "brief"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "brief_audience" ADD CONSTRAINT "FK_4056ff6b4d0de12d3ac4e7a5947" FOREIGN KEY ("audience_id") REFERENCES "audience"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "brief_audience" ADD CONSTRAINT "FK_42e787e57ccf2a8cff4a756b347" FOREIGN KEY ("brief_id") REFERENCES "brief"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" ADD CONSTRAINT "FK_a04bcdb0fad86853ea0e3e88a0d" FOREIGN KEY ("membership_id") REFERENCES "membership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "brief_comment" ADD CONSTRAINT "FK_2cf7869df3696d9eeb8a3442034" FOREIGN KEY ("brief_id") REFERENCES "brief"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "brief" ADD CONSTRAINT "FK_5bc6b89ddb16a14cf91aba7a1fc" FOREIGN KEY ("assignee_membership_id") REFERENCES "membership"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "brief" ADD CONSTRAINT "FK_ae9d6318934a69d76c3f3d8aca4" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "brief" ADD CONSTRAINT "FK_124b5e3e502dee45b2b7f809a03" FOREIGN KEY ("theme_id") REFERENCES "theme"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign" ADD CONSTRAINT "FK_b7358780624331a798d4fed4442" FOREIGN KEY ("theme_id") REFERENCES "theme"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "membership_team" ADD CONSTRAINT "FK_470e4891bc39bab9cb9da46de7d" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "membership_team" ADD CONSTRAINT "FK_68525735f7b68dc2edd4e90436c" FOREIGN KEY ("membership_id") REFERENCES "membership"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
  }
}
