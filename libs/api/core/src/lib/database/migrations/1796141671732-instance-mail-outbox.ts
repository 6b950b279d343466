import { MigrationInterface, QueryRunner } from 'typeorm';

/** The instance's own mail (to an account in no organisation: an operator's reset link), sent by the outbox's job. */
export class InstanceMailOutbox1796141671732 implements MigrationInterface {
  name = 'InstanceMailOutbox1796141671732';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "instance_mail_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "to_address" character varying(320) NOT NULL, "to_name" character varying(200), "subject" character varying(300) NOT NULL, "text" text NOT NULL, "html" text, "state" "mail_state" NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lease_until" TIMESTAMP WITH TIME ZONE, "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ef9d7e62aa7fb17b33faa229cef" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_40afecfd55aa09a0ac4f045ceb" ON "instance_mail_outbox"  ("state", "next_attempt_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_40afecfd55aa09a0ac4f045ceb"`);
    await queryRunner.query(`DROP TABLE "instance_mail_outbox"`);
  }
}
