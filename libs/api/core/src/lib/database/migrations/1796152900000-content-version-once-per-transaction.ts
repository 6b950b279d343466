import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose changes the calendar shows, and the events that bump the version. */
const BUMPING: readonly (readonly [string, string])[] = [
  ['brief', 'INSERT OR UPDATE OR DELETE'],
  ['brief_audience', 'INSERT OR UPDATE OR DELETE'],
  ['brief_channel', 'INSERT OR UPDATE OR DELETE'],
  ['theme', 'INSERT OR UPDATE OR DELETE'],
  ['channel', 'INSERT OR UPDATE OR DELETE'],
  ['membership', 'INSERT OR UPDATE OR DELETE'],
  ['app_user', 'UPDATE OF display_name, email'],
  ['key_date', 'INSERT OR UPDATE OR DELETE'],
  ['post', 'INSERT OR UPDATE OR DELETE'],
  ['post_variant', 'INSERT OR UPDATE OR DELETE'],
];

/**
 * An organisation's content version goes up once per transaction, at its commit: a transaction that
 * moved 30 posts wrote 30 versions of the organisation row, and held that row's lock from its first
 * change to its commit, so every transaction changing the organisation's posts (the publisher's
 * claims and outcome batches) waited for the one before. Deferred triggers bump it at commit (the
 * lock is held for the commit only); the transaction-local setting keeps it to one bump.
 */
export class ContentVersionOncePerTransaction1796152900000 implements MigrationInterface {
  name = 'ContentVersionOncePerTransaction1796152900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION bump_content_version() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        row_data jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
        org_id uuid;
        bumped text;
      BEGIN
        IF TG_TABLE_NAME = 'app_user' THEN
          UPDATE organization SET content_version = content_version + 1
           WHERE id IN (SELECT organization_id FROM membership WHERE user_id = (row_data ->> 'id')::uuid);
        ELSE
          org_id := (row_data ->> 'organization_id')::uuid;
          bumped := 'parvis.content_version_' || replace(org_id::text, '-', '');
          IF coalesce(current_setting(bumped, true), '') <> '1' THEN
            UPDATE organization SET content_version = content_version + 1 WHERE id = org_id;
            PERFORM set_config(bumped, '1', true);
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    for (const [table, events] of BUMPING) {
      await queryRunner.query(`DROP TRIGGER "${table}_bumps_content_version" ON "${table}"`);
      await queryRunner.query(`CREATE CONSTRAINT TRIGGER "${table}_bumps_content_version" AFTER ${events} ON "${table}" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, events] of BUMPING) {
      await queryRunner.query(`DROP TRIGGER "${table}_bumps_content_version" ON "${table}"`);
      await queryRunner.query(`CREATE TRIGGER "${table}_bumps_content_version" AFTER ${events} ON "${table}" FOR EACH ROW EXECUTE FUNCTION bump_content_version()`);
    }
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
}
