import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
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

  /** For writes that only make sense with what they accompany (a notification, an audit row, an outbox row). */
  requireActive(what: string): EntityManager {
    const manager = this.storage.getStore();
    if (!manager) throw new Error(`${what} must be written inside the caller's transaction (TransactionContext.run)`);
    return manager;
  }
}
