/**
 * What names a person in the policy, and a list of them: one rule for every people field
 * (categories, sponsors, acceptors, the teams). schema.ts and teamsSchema.ts build on it.
 */
import { z } from 'zod';
import { isAccountId } from './accountIds';
import { POLICY_LIMITS as L } from './limits';

export const accountId = z.string({ error: 'Choose a person' }).superRefine((s, ctx) => {
  if (s.trim().length === 0 || s.length > L.accountIdMaxLength) ctx.addIssue({ code: 'custom', message: 'Choose a person' });
  else if (!isAccountId(s)) ctx.addIssue({ code: 'custom', message: 'This is not an Atlassian account id: choose a person from the list' });
});

/** A list of people, each once, at most `peoplePerList`; `required` is the message when it must name someone (null: may be empty). */
export const people = (what: string, required: string | null) =>
  z
    .array(accountId, { error: `Choose the ${what}` })
    .max(L.peoplePerList, { error: `Choose at most ${L.peoplePerList} people` })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'Each person can be chosen only once' })
    .refine((ids) => required === null || ids.length > 0, { error: required ?? '' });
