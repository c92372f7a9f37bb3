import type { AcceptanceRecord } from '../../domain/acceptance/types';
import type { SideEffect } from '../../domain/effects/types';

/** Everything the record's verdicts asked of Jira, oldest first (the outbox reads this). */
export function acceptanceEffects(record: AcceptanceRecord | undefined): SideEffect[] {
  return (record?.verdicts ?? []).flatMap((v) => v.effects ?? []);
}
