import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Approval circuits, post reviews and decisions, absences, the publication pause and election
 * declarations. Decisions and elections outlive a removed membership: their own column is cleared
 * (`SET NULL (col)`), never organization_id.
 */
export class Approvals1796121046348 implements MigrationInterface {
  name = 'Approvals1796121046348';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "approver_absence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "membership_id" uuid NOT NULL, "substitute_membership_id" uuid NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, CONSTRAINT "UQ_9aaaa69492d957715741eaa19e5" UNIQUE ("organization_id", "id"), CONSTRAINT "PK_b6429b4b773576f27a11705ec4e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_bc7536f3a9417e37f03005f9d4" ON "approver_absence"  ("organization_id", "substitute_membership_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_4d9df8fe33dd9f1a8782d85aaa" ON "approver_absence"  ("organization_id", "membership_id", "starts_on") `);
    await queryRunner.query(`CREATE TABLE "approval_circuit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "name" character varying(120) NOT NULL, "kind" character varying(16) NOT NULL DEFAULT 'base', "is_default" boolean NOT NULL DEFAULT false, "priority" integer NOT NULL DEFAULT '0', "condition" jsonb NOT NULL DEFAULT '{}', "steps" jsonb NOT NULL, CONSTRAINT "UQ_143613bc947bf6110196496c6cc" UNIQUE ("organization_id", "id"), CONSTRAINT "PK_0be2912b68bcb964038ad9c1ba0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8a4ae2a044cb063be2d6521bf9" ON "approval_circuit"  ("organization_id") WHERE "is_default"`);
    await queryRunner.query(`CREATE TYPE "election_type" AS ENUM('municipales', 'departementales', 'regionales', 'territoriales', 'legislatives', 'presidentielle', 'europeennes', 'partielle')`);
    await queryRunner.query(`CREATE TABLE "election_declaration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "type" "election_type" NOT NULL, "first_round" date NOT NULL, "second_round" date, "territory" character varying(200) NOT NULL, "legal_approver_membership_id" uuid, CONSTRAINT "UQ_5eb4ba32c2f4f01a233ca4e8cc4" UNIQUE ("organization_id", "id"), CONSTRAINT "PK_6f4f980e0f5d1fabe64cc91eafe" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_5ecb6bffa13afe06535b5dbf8d" ON "election_declaration"  ("organization_id", "first_round") `);
    await queryRunner.query(`CREATE TABLE "post_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "post_id" uuid NOT NULL, "round" integer NOT NULL, "step" integer NOT NULL, "kind" character varying(20) NOT NULL, "membership_id" uuid, "on_behalf_of_membership_id" uuid, "decider_name" character varying(200) NOT NULL, "comment" text, "content_hash" character varying(64) NOT NULL, CONSTRAINT "UQ_00bfec49568017198c9ac14efd6" UNIQUE ("organization_id", "id"), CONSTRAINT "PK_bd917968f349da808adc4f538de" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7e3910f05958f2a452af006d0d" ON "post_decision"  ("organization_id", "post_id", "round", "step", "membership_id") `);
    await queryRunner.query(`CREATE TABLE "post_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "post_id" uuid NOT NULL, "circuit_name" character varying(300) NOT NULL, "steps" jsonb NOT NULL, "current_step" integer, "step_started_at" TIMESTAMP WITH TIME ZONE, "round" integer NOT NULL DEFAULT '1', "approved_content_hash" character varying(64), "sensitive" boolean NOT NULL DEFAULT false, "urgent" boolean NOT NULL DEFAULT false, "neutrality" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "UQ_764a82f7e20095a822c07cfa2dc" UNIQUE ("organization_id", "id"), CONSTRAINT "PK_141b2707b066eba2f2be8c92801" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2c2b733eef1f2190b391162e53" ON "post_review"  ("organization_id", "post_id") `);
    await queryRunner.query(`CREATE TABLE "publication_pause" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "paused" boolean NOT NULL DEFAULT false, "reason" text, "changed_by_name" character varying(200), "changed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_4f96f0fbe9a1bfa3d915d60a660" UNIQUE ("organization_id", "id"), CONSTRAINT "PK_7452147888b14fa42dab4bf29a7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_eb8f4fbdb60ab43fc15759e913" ON "publication_pause"  ("organization_id") `);
    await queryRunner.query(`ALTER TYPE "notification_kind" ADD VALUE 'post_review_requested'`);
    await queryRunner.query(`ALTER TYPE "notification_kind" ADD VALUE 'post_missed'`);
    await queryRunner.query(`ALTER TYPE "notification_kind" ADD VALUE 'post_decided'`);
    await queryRunner.query(`ALTER TABLE "approver_absence" ADD CONSTRAINT "FK_73fe27e191481864a808df2d20b" FOREIGN KEY ("membership_id", "organization_id") REFERENCES "membership"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "approver_absence" ADD CONSTRAINT "FK_bc7536f3a9417e37f03005f9d4c" FOREIGN KEY ("substitute_membership_id", "organization_id") REFERENCES "membership"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "approval_circuit" ADD CONSTRAINT "FK_5d5a28f5cac374e1f05beac9908" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "election_declaration" ADD CONSTRAINT "FK_371c29b587be4167bc634083bf2" FOREIGN KEY ("legal_approver_membership_id", "organization_id") REFERENCES "membership"("id","organization_id") ON DELETE SET NULL ("legal_approver_membership_id") ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post_decision" ADD CONSTRAINT "FK_a731cda1af7913eea91c310694b" FOREIGN KEY ("post_id", "organization_id") REFERENCES "post"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post_decision" ADD CONSTRAINT "FK_27d726e54be53fdf6b43c680fa8" FOREIGN KEY ("membership_id", "organization_id") REFERENCES "membership"("id","organization_id") ON DELETE SET NULL ("membership_id") ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post_decision" ADD CONSTRAINT "FK_c649fa9a47dfeac1cd3cbcdfdda" FOREIGN KEY ("on_behalf_of_membership_id", "organization_id") REFERENCES "membership"("id","organization_id") ON DELETE SET NULL ("on_behalf_of_membership_id") ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post_review" ADD CONSTRAINT "FK_2c2b733eef1f2190b391162e532" FOREIGN KEY ("post_id", "organization_id") REFERENCES "post"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "publication_pause" ADD CONSTRAINT "FK_eb8f4fbdb60ab43fc15759e913a" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Every organisation has a default circuit: one step, any editor (organisations created later get theirs on first use).
    await queryRunner.query(
      `INSERT INTO "approval_circuit" ("organization_id", "name", "kind", "is_default", "priority", "condition", "steps")
       SELECT "id", 'Circuit par défaut', 'base', true, 0, '{}', $1::jsonb FROM "organization"`,
      [JSON.stringify([{ name: 'Validation éditoriale', approvers: { kind: 'role', role: 'editor' }, quorum: { kind: 'any' }, deadlineHours: null }])],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "publication_pause" DROP CONSTRAINT "FK_eb8f4fbdb60ab43fc15759e913a"`);
    await queryRunner.query(`ALTER TABLE "post_review" DROP CONSTRAINT "FK_2c2b733eef1f2190b391162e532"`);
    await queryRunner.query(`ALTER TABLE "post_decision" DROP CONSTRAINT "FK_c649fa9a47dfeac1cd3cbcdfdda"`);
    await queryRunner.query(`ALTER TABLE "post_decision" DROP CONSTRAINT "FK_27d726e54be53fdf6b43c680fa8"`);
    await queryRunner.query(`ALTER TABLE "post_decision" DROP CONSTRAINT "FK_a731cda1af7913eea91c310694b"`);
    await queryRunner.query(`ALTER TABLE "election_declaration" DROP CONSTRAINT "FK_371c29b587be4167bc634083bf2"`);
    await queryRunner.query(`ALTER TABLE "approval_circuit" DROP CONSTRAINT "FK_5d5a28f5cac374e1f05beac9908"`);
    await queryRunner.query(`ALTER TABLE "approver_absence" DROP CONSTRAINT "FK_bc7536f3a9417e37f03005f9d4c"`);
    await queryRunner.query(`ALTER TABLE "approver_absence" DROP CONSTRAINT "FK_73fe27e191481864a808df2d20b"`);
    await queryRunner.query(`CREATE TYPE "notification_kind_old" AS ENUM('brief_assigned', 'brief_proposed', 'post_mention', 'channel_reconnect_required')`);
    await queryRunner.query(`ALTER TABLE "notification" ALTER COLUMN "kind" TYPE "notification_kind_old" USING "kind"::"text"::"notification_kind_old"`);
    await queryRunner.query(`DROP TYPE "notification_kind"`);
    await queryRunner.query(`ALTER TYPE "notification_kind_old" RENAME TO "notification_kind"`);
    await queryRunner.query(`DROP INDEX "IDX_eb8f4fbdb60ab43fc15759e913"`);
    await queryRunner.query(`DROP TABLE "publication_pause"`);
    await queryRunner.query(`DROP INDEX "IDX_2c2b733eef1f2190b391162e53"`);
    await queryRunner.query(`DROP TABLE "post_review"`);
    await queryRunner.query(`DROP INDEX "IDX_7e3910f05958f2a452af006d0d"`);
    await queryRunner.query(`DROP TABLE "post_decision"`);
    await queryRunner.query(`DROP INDEX "IDX_5ecb6bffa13afe06535b5dbf8d"`);
    await queryRunner.query(`DROP TABLE "election_declaration"`);
    await queryRunner.query(`DROP TYPE "election_type"`);
    await queryRunner.query(`DROP INDEX "IDX_8a4ae2a044cb063be2d6521bf9"`);
    await queryRunner.query(`DROP TABLE "approval_circuit"`);
    await queryRunner.query(`DROP INDEX "IDX_4d9df8fe33dd9f1a8782d85aaa"`);
    await queryRunner.query(`DROP INDEX "IDX_bc7536f3a9417e37f03005f9d4"`);
    await queryRunner.query(`DROP TABLE "approver_absence"`);
  }
}
