import { z } from 'zod';
import type { ResolverContract } from '../contract/resolvers';

/**
 * The shape of every resolver payload. The product's rules (who may decide,
 * which categories need approval) are checked in the domain; here only types,
 * lengths and unknown keys, so bad input is refused before anything is read.
 */
const text = (max: number, what: string) => z.string({ error: `${what} must be text.` }).trim().min(1, `${what} is required.`).max(max, `${what} must be at most ${max} characters.`);
const decisionId = z.string().regex(/^D-[1-9][0-9]{0,8}$/, 'Not a decision id.');
const version = z.number().int().min(0).max(1_000_000);

type Schema<K extends keyof ResolverContract> = z.ZodType<ResolverContract[K]['payload']>;

export const payloadSchemas = {
  none: z.object({}).strict() as Schema<'issue/summary'>,
  raise: z
    .object({
      category: z.enum(['technical', 'product', 'scope'], { error: 'Choose Technical, Product & UX, or Scope & timeline.' }),
      question: text(1000, 'The question'),
      optionsConsidered: z.array(text(200, 'An option'), { error: 'Options must be a list.' }).max(10, 'At most 10 options.'),
      supersedes: decisionId.optional(),
    })
    .strict() as Schema<'decisions/raise'>,
  record: z
    .object({
      decisionId,
      outcome: text(5000, 'The outcome'),
      approval: z.object({ verdict: z.enum(['approved', 'rejected'], { error: 'Approve or reject.' }), text: text(5000, 'The written approval') }).strict().optional(),
      expectedVersion: version,
    })
    .strict() as Schema<'decisions/record'>,
  withdraw: z.object({ decisionId, reason: z.string().trim().max(1000, 'The reason must be at most 1000 characters.').optional(), expectedVersion: version }).strict() as Schema<'decisions/withdraw'>,
  savePolicy: z.object({ policy: z.unknown(), expectedVersion: version }).strict() as Schema<'policy/save'>,
  accept: z.object({ expectedVersion: version }).strict() as Schema<'acceptance/accept'>,
  requestChanges: z.object({ feedback: text(5000, 'The feedback'), expectedVersion: version }).strict() as Schema<'acceptance/requestChanges'>,
  searchUsers: z.object({ query: z.string().trim().min(1, 'Type part of a name.').max(100) }).strict() as Schema<'users/search'>,
};
