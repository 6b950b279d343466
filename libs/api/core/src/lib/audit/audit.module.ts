import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AUDIT_ENTITIES } from './audit-event.entity';
import { AuditLog } from './audit-log.service';

/** Imported by every module that records what it does (Nest keeps one instance). */
@Module({
  imports: [TypeOrmModule.forFeature(AUDIT_ENTITIES)],
  providers: [AuditLog],
  exports: [AuditLog],
})
export class AuditModule {}
