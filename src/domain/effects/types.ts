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

/**
 * An issue the app creates (a calibration call): in the project, with the issue entity property
 * EFFECT_ISSUE_PROPERTY naming the effect, so that before a repeat it is looked for by JQL on the
 * property's search alias (manifest.yml `jira:entityProperty`). Not an issue's effect: it has no issue yet.
 */
export interface CreateIssueEffect {
  kind: 'create-issue';
  /** Unique and stable, as an issue effect's id. */
  id: string;
  projectKey: string;
  requestedAt: number;
  issue: NewIssue;
}

/** What a created issue holds. */
export interface NewIssue {
  /** An issue type of the project, by name ("Task"). */
  issueTypeName: string;
  summary: string;
  /** Atlassian Document Format. */
  description: unknown;
  assigneeId: string | null;
  /** "YYYY-MM-DD", or null for none. */
  dueDate: string | null;
}

/** Every effect the outbox performs (src/app/outbox/perform.ts): the effects on an issue and the creation of one. */
export type OutboxEffect = SideEffect | CreateIssueEffect;

/** The issue entity property that marks an issue as created for an effect: `{ effectId }`, searchable as EFFECT_ISSUE_SEARCH_ALIAS. */
export const EFFECT_ISSUE_PROPERTY = 'engagement-health-effect';
/** The JQL name of the property's `effectId` (manifest.yml: the `jira:entityProperty` module engagement-health-effect-index). */
export const EFFECT_ISSUE_SEARCH_ALIAS = 'ehEffectId';

/** The comment property that marks a comment as made for an effect: `{ effectId }`. */
export const EFFECT_COMMENT_PROPERTY = 'engagement-health-effect';

/** How the UI names a pending effect: "Comment to the assignee pending". */
export const EFFECT_WORDS: Record<SideEffect['kind'], string> = {
  comment: 'comment',
  transition: 'move',
};
