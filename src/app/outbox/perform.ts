import { sameName } from '../../domain/acceptance/readyStatus';
import type { SideEffect } from '../../domain/effects/types';
import type { JiraPort } from '../ports';
import type { EffectDone } from './ledger';

/**
 * Does one effect so that doing it again is harmless: a comment is looked for
 * (it carries the effect id) before it is posted; a move checks the issue's
 * status first. Throws when Jira fails; the effect then stays pending.
 */
export async function performEffect(jira: JiraPort, effect: SideEffect): Promise<EffectDone['outcome']> {
  switch (effect.kind) {
    case 'comment': {
      if (await jira.hasEffectComment(effect.issueKey, effect.id, effect.requestedAt)) return 'found';
      await jira.addComment(effect.issueKey, effect.body, { effectId: effect.id });
      return 'done';
    }
    case 'transition': {
      const issue = await jira.getIssue(effect.issueKey);
      // `toStatus` is an id, or a name where the settings hold one from before ids.
      if (issue.statusId === effect.toStatus || sameName(issue.status, effect.toStatus)) return 'found';
      // No transition leading there (someone moved the issue on meanwhile): nothing is left to do.
      return (await jira.transitionToStatus(effect.issueKey, effect.toStatus)) ? 'done' : 'skipped';
    }
  }
}
