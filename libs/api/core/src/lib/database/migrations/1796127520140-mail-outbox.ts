import { MigrationInterface, QueryRunner } from 'typeorm';

/** The mail outbox: rows written with what they announce, delivered by the sender job with retries. */
export class MailOutbox1796127520140 implements MigrationInterface {
  name = 'MailOutbox1796127520140';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "mail_state" AS ENUM('pending', 'sending', 'sent', 'failed')`);
    await queryRunner.query(`CREATE TABLE "mail_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "to_address" character varying(320) NOT NULL, "to_name" character varying(200), "subject" character varying(300) NOT NULL, "text" text NOT NULL, "html" text, "state" "mail_state" NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lease_until" TIMESTAMP WITH TIME ZONE, "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_8becbc46a87769168273e443d03" UNIQUE ("organization_id", "id"), CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_23ffa1d654e5b466bb95f4daa9" ON "mail_outbox"  ("organization_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_6fabdea2aed774324e47c238e8" ON "mail_outbox"  ("state", "next_attempt_at") `);
    await queryRunner.query(`ALTER TABLE "mail_outbox" ADD CONSTRAINT "FK_7be19b46ceb20e5f2d05fc48c62" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mail_outbox" DROP CONSTRAINT "FK_7be19b46ceb20e5f2d05fc48c62"`);
    await queryRunner.query(`DROP INDEX "IDX_6fabdea2aed774324e47c238e8"`);
    await queryRunner.query(`DROP INDEX "IDX_23ffa1d654e5b466bb95f4daa9"`);
    await queryRunner.query(`DROP TABLE "mail_outbox"`);
    await queryRunner.query(`DROP TYPE "mail_state"`);
  }
}
