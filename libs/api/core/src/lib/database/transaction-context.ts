import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient, QueryResultRow } from 'pg';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The one transaction pattern. `run(work)` opens a transaction (or joins the one already open in
 * this async context); every repository resolves its EntityManager here, so everything `work`
 * does, in any module, commits or rolls back together, on the transaction's own connection:
 * nothing inside ever waits for a second pooled connection (the embedded engine has one).
 */
@Injectable()
export class TransactionContext {
  private readonly storage = new AsyncLocalStorage<EntityManager>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.storage.getStore()) return work();
    return this.dataSource.transaction((manager) => this.storage.run(manager, work));
  }

  /** The open transaction's manager, else the data source's (a single statement is its own transaction). */
  get manager(): EntityManager {
    return this.storage.getStore() ?? this.dataSource.manager;
  }

  get active(): boolean {
    return this.storage.getStore() !== undefined;
  }

  /**
   * A hot statement run as a named prepared statement: PostgreSQL parses and plans it once per
   * connection instead of on every call (the publisher's claim, several times a second per instance
   * during a burst). `name` must be unique to `text`. Inside `run`, on the transaction's connection;
   * outside, on a pooled connection, the statement being its own transaction.
   */
  async queryPrepared<T>(name: string, text: string, values: unknown[]): Promise<T[]> {
    const manager = this.manager;
    if (manager.connection.options.type !== 'postgres') return manager.query(text, values);
    const runner = manager.queryRunner ?? this.dataSource.createQueryRunner();
    try {
      // The runner's own pg client (node-postgres), connected here if it was not yet.
      const client = (await runner.connect()) as PoolClient;
      return (await client.query<T & QueryResultRow>({ name, text, values })).rows;
    } finally {
      if (runner !== manager.queryRunner) await runner.release();
    }
  }

  /** For writes that only make sense with what they accompany (a notification, an audit row, an outbox row). */
  requireActive(what: string): EntityManager {
    const manager = this.storage.getStore();
    if (!manager) throw new Error(`${what} must be written inside the caller's transaction (TransactionContext.run)`);
    return manager;
  }
}
