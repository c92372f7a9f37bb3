import { z } from 'zod';
import type { ResolverContract } from '../contract/resolvers';
import { ACTION_ID_PATTERN } from '../domain/actions/actionId';
import { CONCERN_LIMITS } from '../domain/calibration/concern';
import { isSafeText, unsafeTextMessage } from '../domain/text';

type Schema<K extends keyof ResolverContract> = z.ZodType<ResolverContract[K]['payload']>;

/**
 * A concern's payload, from the domain's bound (calibration/concern.ts) and text rule (text.ts). It
 * names neither the project nor the issue nor the person: those come from the Forge context (checked
 * against Jira) and the principal.
 */
const text = z
  .string({ error: 'The concern must be text.' })
  .trim()
  .min(1, 'Write the concern.')
  .max(CONCERN_LIMITS.textMaxLength, `The concern must be at most ${CONCERN_LIMITS.textMaxLength} characters.`)
  .refine((s) => isSafeText(s, 'multi'), { error: unsafeTextMessage('The concern') });

export const concernPayloadSchemas = {
  raise: z
    .object({
      text,
      linkIssue: z.boolean({ error: 'Say whether the concern is about this issue.' }).optional(),
      actionId: z.string().regex(ACTION_ID_PATTERN, 'Not an action id.').optional(),
    })
    .strict() as Schema<'concerns/raise'>,
};
