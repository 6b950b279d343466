import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * organization.content_version, bumped by triggers on every table whose rows show in the planning
 * (briefs and their audiences/channels, themes, channels, memberships, user names). Written by SQL
 * only, so no code path can forget it; read caches key on it.
 */
export class ContentVersion1795403108147 implements MigrationInterface {
  name = 'ContentVersion1795403108147';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization" ADD "content_version" bigint NOT NULL DEFAULT '0'`);
    await queryRunner.query(`
      CREATE FUNCTION bump_content_version() RETURNS trigger LANGUAGE plpgsql AS $$
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
    for (const table of ['brief', 'brief_audience', 'brief_channel', 'theme', 'channel', 'membership']) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_bumps_content_version" AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION bump_content_version()`,
      );
    }
    await queryRunner.query(
      `CREATE TRIGGER "app_user_bumps_content_version" AFTER UPDATE OF display_name, email ON "app_user" FOR EACH ROW EXECUTE FUNCTION bump_content_version()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['app_user', 'membership', 'channel', 'theme', 'brief_channel', 'brief_audience', 'brief']) {
      await queryRunner.query(`DROP TRIGGER "${table}_bumps_content_version" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION bump_content_version()`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "content_version"`);
  }
}
