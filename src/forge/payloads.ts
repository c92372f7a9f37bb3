import { z } from 'zod';
import type { ResolverContract } from '../contract/resolvers';
import { ACCEPTANCE_LIMITS } from '../domain/acceptance/limits';
import { DECISION_LIMITS } from '../domain/decisions/limits';
import { hasImpactPrecision } from '../domain/decisions/rules';
import { POLICY_LIMITS } from '../domain/policy/limits';
import { DECISION_CATEGORIES, type DecisionCategory } from '../domain/policy/types';
import { isSafeText, unsafeTextMessage, type TextLines } from '../domain/text';
import { ACTION_ID_PATTERN } from '../domain/actions/actionId';

/**
 * The shape of every resolver payload. The product's rules (who may decide,
 * which categories need approval) are checked in the domain; here only types,
 * lengths (the domain's), safe text (the domain's rule) and unknown keys, so bad
 * input is refused before anything is read.
 */
const safe = (what: string, lines: TextLines) => [(s: string) => isSafeText(s, lines), { error: unsafeTextMessage(what) }] as const;
const text = (max: number, what: string, lines: TextLines) =>
  z
    .string({ error: `${what} must be text.` })
    .trim()
    .min(1, `${what} is required.`)
    .max(max, `${what} must be at most ${max} characters.`)
    .refine(...safe(what, lines));
const optionalText = (max: number, what: string, lines: TextLines) =>
  z
    .string({ error: `${what} must be text.` })
    .trim()
    .max(max, `${what} must be at most ${max} characters.`)
    .refine(...safe(what, lines))
    .optional();
const decisionId = z.string().regex(/^D-[1-9][0-9]{0,8}$/, 'Not a decision id.');
const version = z.number().int().min(0).max(1_000_000);
/** The UI's idempotency key of the user action (one per submission, the same when the user tries again). */
const actionId = z.string().regex(ACTION_ID_PATTERN, 'Not an action id.').optional();
const category = z.enum(DECISION_CATEGORIES as [DecisionCategory, ...DecisionCategory[]], { error: 'Choose Technical, Product & UX, or Scope & timeline.' });
const D = DECISION_LIMITS;
const places = `${D.impactPointsDecimals} decimal ${D.impactPointsDecimals === 1 ? 'place' : 'places'}`;
/** A scope decision's estimated impact in story points (the domain's bounds); null or left out: not estimated. */
const impactPoints = z
  .number({ error: 'The estimated impact must be a number of story points.' })
  .gt(0, 'The estimated impact must be more than 0 points.')
  .max(D.impactPointsMax, `The estimated impact must be at most ${D.impactPointsMax.toLocaleString('en-US')} points.`)
  .refine(hasImpactPrecision, `Write the estimated impact to at most ${places}.`)
  .nullable()
  .optional();

type Schema<K extends keyof ResolverContract> = z.ZodType<ResolverContract[K]['payload']>;

export const payloadSchemas = {
  none: z.object({}).strict() as Schema<'issue/summary'>,
  raise: z
    .object({
      category,
      question: text(D.questionMaxLength, 'The question', 'multi'),
      optionsConsidered: z.array(text(D.optionMaxLength, 'An option', 'single'), { error: 'Options must be a list.' }).max(D.optionsMax, `At most ${D.optionsMax} options.`),
      impactPoints,
      supersedes: decisionId.optional(),
      actionId,
    })
    .strict()
    .refine((p) => p.category === 'scope' || p.impactPoints == null, { path: ['impactPoints'], error: 'Only Scope & timeline decisions carry an estimated impact.' }) as Schema<'decisions/raise'>,
  record: z
    .object({
      decisionId,
      outcome: text(D.outcomeMaxLength, 'The outcome', 'multi'),
      approval: z.object({ verdict: z.enum(['approved', 'rejected'], { error: 'Approve or reject.' }), text: text(D.approvalMaxLength, 'The written approval', 'multi') }).strict().optional(),
      expectedVersion: version,
      actionId,
    })
    .strict() as Schema<'decisions/record'>,
  /** A ref of the stored snapshot's view ("v:12:committed", "lt:2026-11"): short, from a fixed alphabet. */
  healthIssues: z.object({ ref: z.string({ error: 'The ref must be text.' }).regex(/^[a-z]{1,4}:[A-Za-z0-9:_-]{1,120}$/, 'Not a number of the health page.') }).strict() as Schema<'health/issues'>,
  healthRefresh: z.object({ actionId }).strict() as Schema<'health/refresh'>,
  withdraw: z.object({ decisionId, reason: optionalText(D.withdrawReasonMaxLength, 'The reason', 'multi'), expectedVersion: version, actionId }).strict() as Schema<'decisions/withdraw'>,
  // The policy's own schema (src/domain/policy/schema.ts) checks every field of it, the same text rule included.
  savePolicy: z.object({ policy: z.unknown(), expectedVersion: version, actionId }).strict() as Schema<'policy/save'>,
  accept: z.object({ expectedVersion: version, actionId }).strict() as Schema<'acceptance/accept'>,
  requestChanges: z.object({ feedback: text(ACCEPTANCE_LIMITS.feedbackMaxLength, 'The feedback', 'multi'), expectedVersion: version, actionId }).strict() as Schema<'acceptance/requestChanges'>,
  searchUsers: z
    .object({
      query: z
        .string({ error: 'Type part of a name.' })
        .trim()
        .min(1, 'Type part of a name.')
        .max(POLICY_LIMITS.personQueryMaxLength, `Type at most ${POLICY_LIMITS.personQueryMaxLength} characters.`)
        .refine(...safe('The search', 'single')),
    })
    .strict() as Schema<'users/search'>,
};
