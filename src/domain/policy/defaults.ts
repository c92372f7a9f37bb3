import { defaultDailyNoteSettings } from '../dailyNote/settings';
import { defaultEscalationSettings } from '../escalation/settings';
import { defaultNpsSettings } from '../nps/settings';
import { defaultHealthSettings } from '../signals/thresholds';
import { defaultTeams } from './teams';
import type { DecisionCategory, EngagementPolicy, TeamCalendar, TeamSide } from './types';

/**
 * The product's defaults and numbers for decision rights, each in one place
 * (see "Decision rights" and "Escalation triggers" in PRODUCT.md).
 */

/** Product & UX questions are answered within 24 h. */
export const DEFAULT_PRODUCT_SLA_HOURS = 24;
/** A decision pending more than 72 h escalates. */
export const DEFAULT_STALE_HOURS = 72;

/** The names live in the contract, where the Custom UI reads them too. */
export { CATEGORY_LABELS } from '../../contract/labels';

/** Whose working hours a business-hours clock counts: the side that owns the category. */
export const CATEGORY_OWNER_SIDE: Record<DecisionCategory, TeamSide> = {
  technical: 'delivery',
  product: 'client',
  scope: 'client',
};

const weekdays = (timeZone: string): TeamCalendar => ({
  timeZone,
  workingDays: [1, 2, 3, 4, 5],
  dayStart: '09:00',
  dayEnd: '17:00',
});

/** A fresh policy; the owners are left for the project admin to name. */
export function defaultPolicy(): EngagementPolicy {
  return {
    categories: {
      technical: { ownerIds: [], slaHours: null, staleHours: DEFAULT_STALE_HOURS, escalateToIds: [] },
      product: { ownerIds: [], slaHours: DEFAULT_PRODUCT_SLA_HOURS, staleHours: DEFAULT_STALE_HOURS, escalateToIds: [] },
      scope: { ownerIds: [], slaHours: null, staleHours: DEFAULT_STALE_HOURS, escalateToIds: [] },
    },
    clientSponsorId: null,
    deliverySponsorId: null,
    acceptorIds: [],
    budgetPoints: null,
    calendars: { client: weekdays('America/New_York'), delivery: weekdays('Europe/Warsaw') },
    overlapWindow: { start: '14:00', end: '18:00' },
    clockMode: 'business',
    acceptance: { readyStatus: null, returnStatus: null, gateEnabled: true },
    health: defaultHealthSettings(),
    escalation: defaultEscalationSettings(),
    teams: defaultTeams(),
    nps: defaultNpsSettings(),
    dailyNote: defaultDailyNoteSettings(),
  };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `stored` shaped like `defaults`: missing (or non-object where an object belongs) parts from the defaults, other values as stored. */
function fill(defaults: unknown, stored: unknown): unknown {
  if (isPlainObject(defaults)) {
    if (!isPlainObject(stored)) return defaults;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(defaults)) out[key] = key in stored && stored[key] !== undefined ? fill(defaults[key], stored[key]) : defaults[key];
    return out;
  }
  return structuredClone(stored);
}

/**
 * A stored policy brought up to the current shape: every field added since it was saved
 * (e.g. `acceptance`, `health`) takes its default, at any depth; what was saved is kept as it is
 * (not validated here: the settings page validates on save). Keys the policy no longer
 * has are dropped, so the next save is not refused for them. Anything that is not an
 * object gives the defaults. The app calls this on every load.
 */
export function withPolicyDefaults(stored: unknown): EngagementPolicy {
  return fill(defaultPolicy(), stored) as EngagementPolicy;
}
