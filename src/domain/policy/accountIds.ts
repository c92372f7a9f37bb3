import { POLICY_LIMITS } from './limits';

/**
 * What may name a person in the policy. Atlassian account ids are letters, digits,
 * ':', '-' and '_' ("712020:8fe9…", "5b10a284…", "qm:…"); anything else (a zero-width
 * space, a path, a lone surrogate) names nobody, and is refused before Jira is asked.
 */
const ACCOUNT_ID = new RegExp(`^[A-Za-z0-9:_-]{1,${POLICY_LIMITS.accountIdMaxLength}}$`);

/** Names every JavaScript object has: an id like these would be a lookup into a prototype, not a person. */
const OBJECT_MEMBER_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * @example
 * isAccountId('712020:8fe9fe17-cd88-4587-8544-b2695adfa62e') //=> true
 * isAccountId('\u200b') //=> false
 * isAccountId('__proto__') //=> false
 */
export function isAccountId(id: unknown): id is string {
  return typeof id === 'string' && ACCOUNT_ID.test(id) && !OBJECT_MEMBER_NAMES.has(id);
}

/** How Jira's user lookup describes an account. Jira always says; a missing answer counts as its usual one (active, a person). */
export interface AccountStatus {
  active?: boolean;
  accountType?: string;
}

/**
 * Whether the account may own, accept or sponsor: an active person of the site — not a
 * deactivated account, not an app, not a service-desk customer.
 *
 * @example
 * mayHoldRole({ active: true, accountType: 'atlassian' }) //=> true
 * mayHoldRole({ active: false, accountType: 'atlassian' }) //=> false
 * mayHoldRole({ active: true, accountType: 'app' }) //=> false
 */
export function mayHoldRole(account: AccountStatus): boolean {
  return account.active !== false && (account.accountType ?? 'atlassian') === 'atlassian';
}

export const NOT_AN_ACTIVE_USER = 'Not an active user of this site';
