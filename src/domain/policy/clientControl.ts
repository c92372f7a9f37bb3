import { isAccountId } from './accountIds';
import { POLICY_SETTING_SCHEMAS } from './schema';
import { CATEGORY_LABELS, CATEGORY_OWNER_SIDE } from './defaults';
import { sameValue } from './diff';
import { setAt, valueAt } from './paths';
import { DECISION_CATEGORIES, type EngagementPolicy, type PolicySettingChange } from './types';

/** A setting through which the client keeps control of the engagement. */
export interface ClientControlSetting {
  path: string;
  label: string;
  kind: 'switch' | 'person' | 'people' | 'status';
  /** Whether changing it from `before` to `after` weakens the client's control. */
  weakens: (before: unknown, after: unknown) => boolean;
}

const anyChange = (before: unknown, after: unknown) => !sameValue(before, after);

/**
 * The one list of what weakens the client's control (PRODUCT.md, "Trust between the two sides"):
 * the Done gate turned off; the customer acceptors, the client sponsor or the owners of the
 * client-owned categories changed in any way. Turning the gate on strengthens it. The ready
 * status counts too: it decides which work awaits the client's verdict, and one in the Done
 * category lets every transition through the gate (acceptance/gate.ts) — the gate off by another name.
 */
export const CLIENT_CONTROL_SETTINGS: readonly ClientControlSetting[] = [
  { path: 'acceptance.gateEnabled', label: 'Keep unaccepted work out of Done', kind: 'switch', weakens: (before, after) => before === true && after === false },
  { path: 'acceptance.readyStatus', label: 'Ready for acceptance status', kind: 'status', weakens: anyChange },
  { path: 'acceptorIds', label: 'Customer acceptors', kind: 'people', weakens: anyChange },
  { path: 'clientSponsorId', label: 'Client sponsor', kind: 'person', weakens: anyChange },
  ...DECISION_CATEGORIES.filter((key) => CATEGORY_OWNER_SIDE[key] === 'client').map(
    (key): ClientControlSetting => ({ path: `categories.${key}.ownerIds`, label: `${CATEGORY_LABELS[key]} owners`, kind: 'people', weakens: anyChange }),
  ),
];

const settingAt = (path: string) => CLIENT_CONTROL_SETTINGS.find((s) => s.path === path);

/**
 * @example
 * clientControlSetting('acceptorIds')?.label //=> 'Customer acceptors'
 * clientControlSetting('categories.technical.ownerIds') //=> undefined
 */
export function clientControlSetting(path: string): ClientControlSetting | undefined {
  return settingAt(path);
}

/**
 * The changes from the policy in force to a proposed one that weaken the client's control, in the
 * list's order; the rest of the proposal does not.
 *
 * @example
 * weakeningChanges(policy, { ...policy, acceptance: { ...policy.acceptance, gateEnabled: false }, budgetPoints: 500 })
 * //=> [{ path: 'acceptance.gateEnabled', before: true, after: false }]
 * weakeningChanges({ ...policy, acceptance: { ...policy.acceptance, gateEnabled: false } }, policy) //=> []
 */
export function weakeningChanges(inForce: EngagementPolicy, proposed: EngagementPolicy): PolicySettingChange[] {
  return CLIENT_CONTROL_SETTINGS.flatMap(({ path, weakens }) => {
    const before = valueAt(inForce, path);
    const after = valueAt(proposed, path);
    return weakens(before, after) ? [{ path, before: structuredClone(before), after: structuredClone(after) }] : [];
  });
}

/**
 * A copy of the policy with each change's `after` at its path.
 *
 * @example
 * withSettings(policy, [{ path: 'clientSponsorId', before: null, after: 'acc-1' }]).clientSponsorId //=> 'acc-1'
 */
export function withSettings(policy: EngagementPolicy, changes: readonly PolicySettingChange[]): EngagementPolicy {
  const copy = structuredClone(policy);
  for (const { path, after } of changes) setAt(copy, path, structuredClone(after));
  return copy;
}

/**
 * Whether a stored value is one the client-control setting at `path` can hold (a stored proposal
 * is read back through this: one that cannot be read is not offered for confirmation).
 *
 * @example
 * isClientControlValue('acceptance.gateEnabled', false) //=> true
 * isClientControlValue('clientSponsorId', null) //=> true
 * isClientControlValue('acceptance.readyStatus', 'Ready for Acceptance') //=> true
 * isClientControlValue('acceptorIds', ['__proto__']) //=> false
 */
export function isClientControlValue(path: string, value: unknown): boolean {
  const setting = settingAt(path);
  if (!setting) return false;
  if (setting.kind === 'switch') return typeof value === 'boolean';
  if (setting.kind === 'person') return value === null || isAccountId(value);
  if (setting.kind === 'status') return POLICY_SETTING_SCHEMAS.readyStatus.safeParse(value).success;
  return Array.isArray(value) && value.every(isAccountId);
}
