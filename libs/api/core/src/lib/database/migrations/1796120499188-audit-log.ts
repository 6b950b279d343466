import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLog1796120499188 implements MigrationInterface {
  name = 'AuditLog1796120499188';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "actor_membership_id" uuid, "actor_user_id" uuid, "actor_label" character varying(200) NOT NULL, "object_type" character varying(40) NOT NULL, "object_id" character varying(80), "action" character varying(60) NOT NULL, "justification" text, "content_hash_before" character varying(64), "content_hash_after" character varying(64), "client_address" character varying(64), "request_id" character varying(64), "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "UQ_e35e3d957cb347be88662967c00" UNIQUE ("organization_id", "id"), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0c714e29c38337199c8fc4e3a1" ON "audit_event"  ("organization_id", "object_type", "object_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e4e40f3169a2a4bd922dc7f761" ON "audit_event"  ("organization_id", "created_at", "id") `);
    // Append-only, enforced by PostgreSQL itself: whatever the application's role, an audit row is never changed or removed.
    await queryRunner.query(`CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$`);
    await queryRunner.query(`CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change()`);
    await queryRunner.query(`CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_event_no_truncate ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER audit_event_append_only ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_refuse_change()`);
    await queryRunner.query(`DROP INDEX "IDX_e4e40f3169a2a4bd922dc7f761"`);
    await queryRunner.query(`DROP INDEX "IDX_0c714e29c38337199c8fc4e3a1"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
