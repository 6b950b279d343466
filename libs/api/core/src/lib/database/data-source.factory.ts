import { Client, ClientConfig } from 'pg';
import { DataSource, DataSourceOptions, EntitySchema, MixedList } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { MIGRATIONS } from './migrations';
import { DatabaseLogger } from '../logging/database-logger';

export interface DatabaseTarget {
  url: string;
  /** Tables live in this schema (created when missing); tests use one per file. */
  schema: string | null;
  embedded: boolean;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own entity list type
export type EntityList = MixedList<Function | string | EntitySchema>;

/**
 * A pg client that sets the search path as it connects: PGlite's socket server ignores startup
 * options, so this is the one way that works on both engines.
 */
function clientForSchema(schema: string): typeof Client {
  return class SchemaClient extends Client {
    constructor(config?: string | ClientConfig) {
      super(config);
    }

    override connect(): Promise<Client>;
    override connect(callback: (err: Error | null, client?: Client) => void): void;
    override connect(callback?: (err: Error | null, client?: Client) => void): Promise<Client> | void {
      const connected = super.connect().then(async () => {
        await this.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
        await this.query(`SET search_path TO "${schema}"`);
        return this as Client;
      });
      if (!callback) return connected;
      connected.then(
        (client) => callback(null, client),
        (error: Error) => callback(error),
      );
    }
  };
}

export function dataSourceOptions(target: DatabaseTarget, entities: EntityList): DataSourceOptions {
  return {
    type: 'postgres',
    url: target.url,
    schema: target.schema ?? undefined,
    entities,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: ['error'],
    // Never the parameters of a failed statement (they may hold a password hash).
    logger: new DatabaseLogger(),
    // The embedded engine serialises queries: one connection, and a timeout so that a nested
    // connection request inside a transaction fails loudly instead of hanging.
    poolSize: target.embedded ? 1 : 10,
    extra: {
      connectionTimeoutMillis: target.embedded ? 10_000 : 5_000,
      ...(target.schema ? { Client: clientForSchema(target.schema) } : {}),
    },
  };
}

export function createDataSource(target: DatabaseTarget, entities: EntityList): DataSource {
  return new DataSource(dataSourceOptions(target, entities));
}

/** SQL the entities would need that the migrations do not provide; empty when they agree. */
export async function pendingSchemaDrift(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((query) => query.query);
}
