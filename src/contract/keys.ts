import type { ResolverKey } from './resolvers';

/**
 * Every resolver key of the contract at runtime, each marked as a read or a write (a write changes
 * app storage or Jira when it succeeds). A `Record` over `ResolverKey`, so a key added to the
 * contract does not compile until it is listed here too.
 */
export const RESOLVER_KEY_KINDS: Record<ResolverKey, 'read' | 'write'> = {
  'issue/summary': 'read',
  'issue/panel': 'read',
  'project/overview': 'read',
  'escalation/preview': 'read',
  'settings/get': 'read',
  'decisions/forIssue': 'read',
  'decisions/raise': 'write',
  'decisions/record': 'write',
  'decisions/withdraw': 'write',
  'decisions/log': 'read',
  'policy/get': 'read',
  'policy/save': 'write',
  'policy/confirm': 'write',
  'policy/reject': 'write',
  'policy/acknowledge': 'write',
  'users/search': 'read',
  'acceptance/forIssue': 'read',
  'acceptance/accept': 'write',
  'acceptance/requestChanges': 'write',
  'acceptance/queue': 'read',
  'health/issues': 'read',
  'health/refresh': 'write',
  'note/days': 'read',
  'nps/answer': 'write',
  'nps/dismiss': 'write',
  'concerns/raise': 'write',
};

export const RESOLVER_KEYS = Object.keys(RESOLVER_KEY_KINDS) as ResolverKey[];
