import { z } from 'zod';
import type { ResolverContract } from '../contract/resolvers';
import { ACTION_ID_PATTERN } from '../domain/actions/actionId';
import { NPS_LIMITS as N } from '../domain/nps/settings';
import { isSafeText, unsafeTextMessage } from '../domain/text';

type Schema<K extends keyof ResolverContract> = z.ZodType<ResolverContract[K]['payload']>;

/**
 * The survey's payloads, from the domain's bounds (nps/settings.ts) and text rule (text.ts). Neither
 * names the project, the quarter or the person: those come from the Forge context, the clock and
 * the principal.
 */
const scoreMessage = `Choose a score from ${N.score.min} to ${N.score.max}.`;
const score = z.number({ error: scoreMessage }).int({ error: scoreMessage }).min(N.score.min, { error: scoreMessage }).max(N.score.max, { error: scoreMessage });
const comment = z
  .string({ error: 'The comment must be text.' })
  .max(N.commentMaxLength, `The comment must be at most ${N.commentMaxLength} characters.`)
  .refine((s) => isSafeText(s, 'multi'), { error: unsafeTextMessage('The comment') })
  .nullable()
  .optional();
const actionId = z.string().regex(ACTION_ID_PATTERN, 'Not an action id.').optional();

export const npsPayloadSchemas = {
  answer: z.object({ score, comment, actionId }).strict() as Schema<'nps/answer'>,
  dismiss: z.object({ actionId }).strict() as Schema<'nps/dismiss'>,
};
