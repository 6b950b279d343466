import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DatabaseTarget, dataSourceOptions } from './data-source.factory';
import { TransactionContext } from './transaction-context';

@Module({})
export class DatabaseModule {
  /** Entities come from the feature modules (`TypeOrmModule.forFeature`); migrations run at start-up. */
  static forRoot(target: DatabaseTarget): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(target, []),
          autoLoadEntities: true,
          migrationsRun: true,
          migrationsTransactionMode: 'each',
        }),
      ],
      providers: [TransactionContext],
      exports: [TransactionContext],
    };
  }
}
