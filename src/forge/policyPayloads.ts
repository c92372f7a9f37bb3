import type { z } from 'zod';
import type { ResolverContract } from '../contract/resolvers';
import { payloadSchemas } from './payloads';

type Schema<K extends keyof ResolverContract> = z.ZodType<ResolverContract[K]['payload']>;

/**
 * The client sponsor's confirm, reject and acknowledge name only the policy version they saw and
 * the action id — the shape (and limits) of accepting an issue, so the schema is that one.
 */
export const policyConfirmationSchemas = {
  confirm: payloadSchemas.accept satisfies Schema<'policy/confirm'>,
  reject: payloadSchemas.accept satisfies Schema<'policy/reject'>,
  acknowledge: payloadSchemas.accept satisfies Schema<'policy/acknowledge'>,
};
