/**
 * A side effect in Jira that a trusted record asks for (the outbox): it is
 * written with the record, before anything is done in Jira, then done at least
 * once by whoever comes next (the action itself, the next view, the hourly
 * trigger), each time in a way that makes a repeat harmless.
 */
export type SideEffect = CommentEffect | TransitionEffect;

interface EffectBase {
  /** Unique and stable: it marks the comment in Jira and keys the done ledger (a KVS key: letters, digits, `:._-#`). */
  id: string;
  issueKey: string;
  /** When it was asked for; a comment made for it can only be newer. */
  requestedAt: number;
}

export interface CommentEffect extends EffectBase {
  kind: 'comment';
  /** Atlassian Document Format. */
  body: unknown;
}

export interface TransitionEffect extends EffectBase {
  kind: 'transition';
  /** The status the issue should move to: its id (a name only where settings saved before ids hold one). */
  toStatus: string;
  /** The status's name, for people to read. */
  toStatusName?: string;
}

/** The comment property that marks a comment as made for an effect: `{ effectId }`. */
export const EFFECT_COMMENT_PROPERTY = 'engagement-health-effect';

/** How the UI names a pending effect: "Comment to the assignee pending". */
export const EFFECT_WORDS: Record<SideEffect['kind'], string> = {
  comment: 'comment',
  transition: 'move',
};
