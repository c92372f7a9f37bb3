/**
 * One person's answer to one quarter's survey, as app storage keeps it (one per person per quarter,
 * replaced while the survey is open). Who gave it is in the storage key only; no view carries it.
 */
import { isSafeText } from '../text';
import { isNpsScore } from './score';
import { NPS_LIMITS } from './settings';

export interface NpsAnswer {
  score: number;
  /** Trimmed; null when none was given. */
  comment: string | null;
  /** When it was given or last changed. */
  at: number;
  /** The idempotency key of the action that wrote it: a retried answer finds it here. */
  actionId?: string;
}

/**
 * Whether a stored value is an answer the app can count and show (a corrupted one is left out).
 *
 * @example
 * isNpsAnswer({ score: 9, comment: null, at: 1 }) //=> true
 * isNpsAnswer({ score: 11, comment: null, at: 1 }) //=> false
 */
export function isNpsAnswer(value: unknown): value is NpsAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const { score, comment, at } = value as Record<string, unknown>;
  const commentOk = comment === null || (typeof comment === 'string' && comment.length <= NPS_LIMITS.commentMaxLength && isSafeText(comment, 'multi'));
  return isNpsScore(score) && commentOk && typeof at === 'number' && Number.isFinite(at);
}

/**
 * A comment as kept: trimmed, and null when nothing is left.
 *
 * @example
 * keptComment('  Great sprint reviews \n') //=> 'Great sprint reviews'
 * keptComment('   ') //=> null
 */
export function keptComment(comment: string | null | undefined): string | null {
  const trimmed = comment?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
