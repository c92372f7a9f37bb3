import { sameName } from '../../domain/acceptance/readyStatus';
import type { OutboxEffect } from '../../domain/effects/types';
import type { CreatedIssue, JiraPort } from '../ports';
import type { EffectDone } from './ledger';

export interface Performed {
  outcome: EffectDone['outcome'];
  /** The comment's id when this attempt posted it. */
  commentId?: string | null;
  /** The issue made for a create-issue effect: created now, or found marked. */
  createdIssue?: CreatedIssue;
}

/**
 * Does one effect so that doing it again is harmless: a comment carries the effect id and, unless
 * this is the effect's first attempt (claim.ts: nobody can have posted it yet), is looked for before
 * it is posted; a move checks the issue's status first; a new issue carries an issue property naming the
 * effect and, after a first attempt, is looked for by JQL on it. Throws when Jira fails; the effect then stays pending.
 */
export async function performEffect(jira: JiraPort, effect: OutboxEffect, options: { firstAttempt?: boolean } = {}): Promise<Performed> {
  switch (effect.kind) {
    case 'comment': {
      if (options.firstAttempt !== true && (await jira.hasEffectComment(effect.issueKey, effect.id, effect.requestedAt))) return { outcome: 'found' };
      const posted = await jira.addComment(effect.issueKey, effect.body, { effectId: effect.id });
      return { outcome: 'done', commentId: posted.commentId };
    }
    case 'transition': {
      const issue = await jira.getIssue(effect.issueKey);
      // `toStatus` is an id, or a name where the settings hold one from before ids.
      if (issue.statusId === effect.toStatus || sameName(issue.status, effect.toStatus)) return { outcome: 'found' };
      // No transition leading there (someone moved the issue on meanwhile): nothing is left to do.
      return { outcome: (await jira.transitionToStatus(effect.issueKey, effect.toStatus)) ? 'done' : 'skipped' };
    }
    case 'create-issue': {
      const found = options.firstAttempt === true ? null : await jira.findEffectIssue(effect.projectKey, effect.id);
      if (found) return { outcome: 'found', createdIssue: found };
      return { outcome: 'done', createdIssue: await jira.createIssue({ projectKey: effect.projectKey, ...effect.issue }, { effectId: effect.id }) };
    }
  }
}
