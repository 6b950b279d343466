import { MigrationInterface, QueryRunner } from 'typeorm';

export class KeyDates1795405338738 implements MigrationInterface {
  name = 'KeyDates1795405338738';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Key dates show on the calendar: their changes bump the organisation's content version too.
    await queryRunner.query(`CREATE TABLE "key_date" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "label" character varying(120) NOT NULL, "date" date NOT NULL, "recurring_yearly" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_039e9c377ab91d606681bf8abad" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b81b4dffdc9a873a1d995aa5da" ON "key_date"  ("organization_id", "date") `);
    await queryRunner.query(`ALTER TABLE "key_date" ADD CONSTRAINT "FK_c72b16efb1285b1934ba939b204" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TRIGGER "key_date_bumps_content_version" AFTER INSERT OR UPDATE OR DELETE ON "key_date" FOR EACH ROW EXECUTE FUNCTION bump_content_version()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "key_date_bumps_content_version" ON "key_date"`);
    await queryRunner.query(`ALTER TABLE "key_date" DROP CONSTRAINT "FK_c72b16efb1285b1934ba939b204"`);
    await queryRunner.query(`DROP INDEX "IDX_b81b4dffdc9a873a1d995aa5da"`);
    await queryRunner.query(`DROP TABLE "key_date"`);
  }
}
