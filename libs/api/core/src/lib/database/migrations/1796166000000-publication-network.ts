import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each publication carries the adapter key of its channel's connection ('' when none), kept by
 * triggers, so the claim walks one network's waiting rows through an index whose prefix is that
 * network. Before, a network's claim joined every waiting row to its connection to filter by
 * network: the walk read through the other networks' rows (a lane with nothing left read the whole
 * backlog, 40 ms), and the planner, unable to estimate the join's filter, sometimes sorted every due
 * row instead of walking.
 *
 * The value is the database's, not the application's: a publication inserted (or its network or
 * channel changed) takes its channel's connection's key, and a connection made, changed or removed
 * sets the key of every publication of its channel. Both sides lock the channel row (key share
 * against update), so a publication inserted while its channel is being connected is never left
 * with the key read before that connection committed.
 */
export class PublicationNetwork1796166000000 implements MigrationInterface {
  name = 'PublicationNetwork1796166000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "publication" ADD "network" character varying(40) NOT NULL DEFAULT ''`);
    await queryRunner.query(`
      CREATE FUNCTION publication_takes_connection_network() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Waits for a connection of this channel being made or changed (it holds the channel FOR UPDATE).
        PERFORM 1 FROM channel WHERE organization_id = NEW.organization_id AND id = NEW.channel_id FOR KEY SHARE;
        NEW.network := coalesce((SELECT cc.network FROM channel_connection cc WHERE cc.organization_id = NEW.organization_id AND cc.channel_id = NEW.channel_id), '');
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "publication_takes_connection_network" BEFORE INSERT OR UPDATE OF "network", "channel_id" ON "publication" FOR EACH ROW EXECUTE FUNCTION publication_takes_connection_network()`);
    await queryRunner.query(`
      CREATE FUNCTION connection_sets_publication_network() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        changed record;
      BEGIN
        FOR changed IN
          SELECT OLD.organization_id AS organization_id, OLD.channel_id AS channel_id WHERE TG_OP <> 'INSERT'
          UNION SELECT NEW.organization_id, NEW.channel_id WHERE TG_OP <> 'DELETE'
        LOOP
          -- Publications of the channel being inserted commit first: the update below then sees them.
          PERFORM 1 FROM channel WHERE organization_id = changed.organization_id AND id = changed.channel_id FOR UPDATE;
          -- The publication trigger sets the key from the connection as this transaction sees it.
          UPDATE publication SET network = '' WHERE organization_id = changed.organization_id AND channel_id = changed.channel_id;
        END LOOP;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "connection_sets_publication_network_on_insert_or_delete" AFTER INSERT OR DELETE ON "channel_connection" FOR EACH ROW EXECUTE FUNCTION connection_sets_publication_network()`);
    await queryRunner.query(
      `CREATE TRIGGER "connection_sets_publication_network_on_update" AFTER UPDATE OF "network", "channel_id" ON "channel_connection" FOR EACH ROW WHEN (OLD.network IS DISTINCT FROM NEW.network OR OLD.channel_id IS DISTINCT FROM NEW.channel_id) EXECUTE FUNCTION connection_sets_publication_network()`,
    );
    // Existing rows: the publication trigger computes each one's key.
    await queryRunner.query(`UPDATE "publication" SET "network" = ''`);
    await queryRunner.query(`DROP INDEX "IDX_publication_pending_due"`);
    await queryRunner.query(`CREATE INDEX "IDX_publication_pending_due" ON "publication" ("organization_id", "network", "next_attempt_at", "id") WHERE "state" = 'pending'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_publication_pending_due"`);
    await queryRunner.query(`CREATE INDEX "IDX_publication_pending_due" ON "publication" ("organization_id", "next_attempt_at", "id") WHERE "state" = 'pending'`);
    await queryRunner.query(`DROP TRIGGER "connection_sets_publication_network_on_update" ON "channel_connection"`);
    await queryRunner.query(`DROP TRIGGER "connection_sets_publication_network_on_insert_or_delete" ON "channel_connection"`);
    await queryRunner.query(`DROP FUNCTION connection_sets_publication_network()`);
    await queryRunner.query(`DROP TRIGGER "publication_takes_connection_network" ON "publication"`);
    await queryRunner.query(`DROP FUNCTION publication_takes_connection_network()`);
    await queryRunner.query(`ALTER TABLE "publication" DROP COLUMN "network"`);
  }
}
