export * from './lib/entities';
export * from './lib/planning.module';
export * from './lib/repositories/planning-store';
export * from './lib/repositories/briefs.repository';
