import type { Recipient, RecipientRole } from './types';

/**
 * The people a step addresses, in the order of the groups given, each person once (the first role
 * named for them wins); null or empty ids are skipped.
 *
 * @example
 * recipientsOnce([['client-sponsor', ['acc-1']], ['delivery-sponsor', [null]], ['assignee', ['acc-1', 'acc-2']]])
 * //=> [{ accountId: 'acc-1', role: 'client-sponsor' }, { accountId: 'acc-2', role: 'assignee' }]
 */
export function recipientsOnce(groups: readonly (readonly [RecipientRole, readonly (string | null | undefined)[]])[]): Recipient[] {
  const seen = new Set<string>();
  const out: Recipient[] = [];
  for (const [role, ids] of groups) {
    for (const accountId of ids) {
      if (!accountId || seen.has(accountId)) continue;
      seen.add(accountId);
      out.push({ accountId, role });
    }
  }
  return out;
}
