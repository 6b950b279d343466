import { MigrationInterface, QueryRunner } from 'typeorm';

/** Notification kinds for reminders, external approvals, manual channels and failed publications. */
export class NotificationKindsPublishing1796122000000 implements MigrationInterface {
  name = 'NotificationKindsPublishing1796122000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const kind of ['post_review_reminder', 'post_published', 'external_review_decided', 'publication_handed_over', 'publication_failed']) {
      await queryRunner.query(`ALTER TYPE "notification_kind" ADD VALUE '${kind}'`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notification" WHERE "kind"::text IN ('post_review_reminder', 'post_published', 'external_review_decided', 'publication_handed_over', 'publication_failed')`);
    await queryRunner.query(`CREATE TYPE "notification_kind_old" AS ENUM('brief_assigned', 'brief_proposed', 'post_mention', 'channel_reconnect_required', 'post_review_requested', 'post_missed', 'post_decided')`);
    await queryRunner.query(`ALTER TABLE "notification" ALTER COLUMN "kind" TYPE "notification_kind_old" USING "kind"::"text"::"notification_kind_old"`);
    await queryRunner.query(`DROP TYPE "notification_kind"`);
    await queryRunner.query(`ALTER TYPE "notification_kind_old" RENAME TO "notification_kind"`);
  }
}
