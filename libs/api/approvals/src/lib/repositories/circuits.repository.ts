import { OrgRepository, TransactionContext } from '@parvis/api/core';
import type { CircuitStep } from '@parvis/shared/domain';
import { CircuitEntity } from '../entities';

export class CircuitsRepository extends OrgRepository<CircuitEntity> {
  constructor(transactions: TransactionContext, organizationId: string) {
    super(transactions, CircuitEntity, organizationId);
  }

  /** Creates the organisation's default circuit unless it has one (two callers at once: one row). */
  async ensureDefault(name: string, steps: readonly CircuitStep[]): Promise<void> {
    await this.manager.query(
      `INSERT INTO approval_circuit (organization_id, name, kind, is_default, priority, condition, steps)
       VALUES ($1, $2, 'base', true, 0, '{}', $3::jsonb) ON CONFLICT (organization_id) WHERE is_default DO NOTHING`,
      [this.organizationId, name, JSON.stringify(steps)],
    );
  }
}
