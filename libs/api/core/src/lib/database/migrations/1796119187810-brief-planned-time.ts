import { MigrationInterface, QueryRunner } from 'typeorm';

export class BriefPlannedTime1796119187810 implements MigrationInterface {
  name = 'BriefPlannedTime1796119187810';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "brief" ADD "planned_time" character varying(5)`);
    // Existing briefs: the time their instant shows in their organisation's zone.
    await queryRunner.query(
      `UPDATE "brief" b SET "planned_time" = to_char(b."planned_at" AT TIME ZONE o."time_zone", 'HH24:MI') FROM "organization" o WHERE o."id" = b."organization_id"`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "brief" DROP COLUMN "planned_time"`);
  }
}
