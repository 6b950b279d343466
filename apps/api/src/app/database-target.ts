import { AppConfig, EmbeddedPostgres, startEmbeddedPostgres } from '@parvis/api/core';
import type { DatabaseTarget } from '@parvis/api/core';

/** DATABASE_URL when given; otherwise the embedded engine with its data under DATA_DIR. */
export async function resolveDatabase(config: AppConfig): Promise<{ target: DatabaseTarget; embedded: EmbeddedPostgres | null }> {
  if (config.databaseUrl) {
    return { target: { url: config.databaseUrl, schema: config.databaseSchema, embedded: false }, embedded: null };
  }
  const embedded = await startEmbeddedPostgres(config.dataDir);
  return { target: { url: embedded.url, schema: config.databaseSchema, embedded: true }, embedded };
}
