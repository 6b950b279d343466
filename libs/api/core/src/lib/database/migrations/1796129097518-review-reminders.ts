import { MigrationInterface, QueryRunner } from 'typeorm';

/** Which round and step of a review were reminded of their near deadline (the reminders job writes it). */
export class ReviewReminders1796129097518 implements MigrationInterface {
  name = 'ReviewReminders1796129097518';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "post_review" ADD "reminded_round" integer`);
    await queryRunner.query(`ALTER TABLE "post_review" ADD "reminded_step" integer`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "post_review" DROP COLUMN "reminded_step"`);
    await queryRunner.query(`ALTER TABLE "post_review" DROP COLUMN "reminded_round"`);
  }
}
