import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JOB_ENTITIES } from './job-run.entity';
import { JobRunner } from './job-runner';
import { JobRunsRepository } from './job-runs.repository';

/** Imported by every module that has jobs; Nest keeps one instance of it (one runner, one scheduler). */
@Module({
  imports: [ScheduleModule.forRoot(), TypeOrmModule.forFeature(JOB_ENTITIES)],
  providers: [JobRunsRepository, JobRunner],
  exports: [JobRunner],
})
export class JobsModule {}
