export * from './lib/entities';
export * from './lib/planning.module';
export * from './lib/repositories/planning-repositories';
export * from './lib/services/briefs.service';
export * from './lib/services/editorial-line.service';
export * from './lib/services/key-dates.service';
export * from './lib/repositories/briefs.repository';
export * from './lib/services/references';
