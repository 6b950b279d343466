import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppLogger, ConfigValidationError, loadConfigFromEnvironment } from '@parvis/api/core';
import { IdentityStore, PasswordResetsService } from '@parvis/api/identity';
import { createApp } from './app/create-app';
import { resolveDatabase } from './app/database-target';
import { DEMO_PASSWORD, seedDemo } from './app/demo-seed';
import { seedDemoPlanning } from './app/demo-planning-seed';
import { ensureInstanceAdmin } from './app/instance-admin';

function printBanner(lines: string[]): void {
  process.stdout.write(`\n${lines.join('\n')}\n\n`);
}

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadConfigFromEnvironment();
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  // The built SPA sits beside the API bundle (dist/apps/web) unless WEB_DIST_DIR says otherwise.
  const bundledWeb = join(__dirname, '..', 'web');
  if (!config.webDistDir && existsSync(join(bundledWeb, 'index.html'))) config = { ...config, webDistDir: bundledWeb };

  const logger = new AppLogger(config.logLevel);
  const { target, embedded } = await resolveDatabase(config);
  logger.log(embedded ? `Embedded PostgreSQL, data in ${join(config.dataDir, 'pglite')}` : 'PostgreSQL from DATABASE_URL', 'Bootstrap');
  const app = await createApp(config, target, logger);

  const banner: string[] = [];
  if (config.instanceAdminEmail) {
    const link = await ensureInstanceAdmin(app.get(IdentityStore), app.get(PasswordResetsService), config.instanceAdminEmail);
    if (link) banner.push(`Instance operator ${config.instanceAdminEmail}: choose a password at ${link}`);
  }
  if (config.seedDemo) {
    const identity = await seedDemo(app);
    if (identity) {
      await seedDemoPlanning(app, identity);
      banner.push('Demo logins (password for all: ' + DEMO_PASSWORD + '):', ...identity.logins.map((l) => `  ${l.email.padEnd(28)} ${l.role}`));
    } else {
      banner.push(`Demo data already present: log in as admin@demo.parvis.fr / ${DEMO_PASSWORD} (and editeur@, agent@, validateur@, lecteur@, operateur@demo.parvis.fr)`);
    }
  }
  await app.listen(config.port, config.host);
  const url = await app.getUrl();
  banner.unshift(`Parvis is ready at ${config.publicUrl} (listening on ${url.replace('[::1]', 'localhost')})`);
  printBanner(banner);

  const shutdown = async () => {
    await app.close();
    if (embedded) await embedded.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

void bootstrap();
