/**
 * A concern: anyone on the project writes down a dissatisfaction in their own words, from the
 * project page or an issue's panel. It is kept in app storage, read by both sponsors and by the
 * person who raised it, and opens a calibration call (calibrationIssue.ts).
 */
import type { EngagementPolicy } from '../policy/types';
import { isSafeText } from '../text';

export const CONCERN_LIMITS = {
  /** Characters of a concern's text (trimmed). */
  textMaxLength: 2000,
} as const;

export interface Concern {
  id: string;
  projectKey: string;
  /** Trimmed, 1 to CONCERN_LIMITS.textMaxLength characters of multi-line safe text. */
  text: string;
  /** The issue it is about, when raised from its panel with the link kept. */
  issue: { id: string; key: string } | null;
  raisedBy: string;
  raisedAt: number;
  /** The idempotency key of the action that raised it: a retried raise finds it here. */
  actionId?: string;
}

/**
 * Whether a stored value is a concern the app can show (a corrupted one is left out).
 *
 * @example
 * isConcern({ id: 'c1', projectKey: 'ENG', text: 'Demos slip', issue: null, raisedBy: 'a', raisedAt: 1 }) //=> true
 * isConcern({ id: 'c1', projectKey: 'ENG', text: '', issue: null, raisedBy: 'a', raisedAt: 1 }) //=> false
 */
export function isConcern(value: unknown): value is Concern {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  const issue = c.issue as { id?: unknown; key?: unknown } | null | undefined;
  return (
    typeof c.id === 'string' &&
    c.id !== '' &&
    typeof c.projectKey === 'string' &&
    typeof c.text === 'string' &&
    concernTextProblem(c.text) === null &&
    (issue === null || (typeof issue?.id === 'string' && typeof issue.key === 'string')) &&
    typeof c.raisedBy === 'string' &&
    typeof c.raisedAt === 'number' &&
    Number.isFinite(c.raisedAt)
  );
}

/**
 * What is wrong with a concern's text (already trimmed), or null when it may be kept.
 *
 * @example
 * concernTextProblem('The demo slipped twice') //=> null
 * concernTextProblem('') //=> 'Write the concern.'
 */
export function concernTextProblem(text: string): string | null {
  if (text.length === 0) return 'Write the concern.';
  if (text.length > CONCERN_LIMITS.textMaxLength) return `The concern must be at most ${CONCERN_LIMITS.textMaxLength} characters.`;
  if (!isSafeText(text, 'multi')) return 'The concern contains a character that cannot be shown (a control character or a broken emoji or symbol): remove it.';
  return null;
}

/** The sponsors the policy names, each once: they read every concern of the project. */
export function concernReaders(policy: Pick<EngagementPolicy, 'clientSponsorId' | 'deliverySponsorId'>): string[] {
  return [...new Set([policy.clientSponsorId, policy.deliverySponsorId].filter((id): id is string => id !== null && id !== ''))];
}

/**
 * Whether someone may read a concern: a sponsor, or the person who raised it.
 *
 * @example
 * maySeeConcern({ raisedBy: 'dev' }, 'dev', { clientSponsorId: 'c', deliverySponsorId: 'd' }) //=> true
 * maySeeConcern({ raisedBy: 'dev' }, 'other', { clientSponsorId: 'c', deliverySponsorId: 'd' }) //=> false
 */
export function maySeeConcern(concern: Pick<Concern, 'raisedBy'>, accountId: string, policy: Pick<EngagementPolicy, 'clientSponsorId' | 'deliverySponsorId'>): boolean {
  return concern.raisedBy === accountId || concernReaders(policy).includes(accountId);
}
