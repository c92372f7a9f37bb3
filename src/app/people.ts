import type { PersonView } from '../contract/resolvers';
import { isAccountId } from '../domain/policy/accountIds';
import type { UseCaseContext } from './context';

/**
 * Names for account ids, one Jira call for all of them; an unknown id shows as itself.
 * Ids that cannot be account ids (kept from before the policy checked them) are not sent to Jira.
 */
export async function peopleNames(ctx: UseCaseContext, accountIds: Iterable<string>): Promise<(id: string) => PersonView> {
  const ids = [...new Set(accountIds)].filter(isAccountId);
  const known = new Map(ids.length > 0 ? (await ctx.jira.getPeople(ids)).map((p) => [p.accountId, p.displayName]) : []);
  return (accountId) => ({ accountId, displayName: known.get(accountId) || 'Unknown user' });
}

export async function searchPeople(ctx: UseCaseContext, query: string): Promise<PersonView[]> {
  return ctx.jira.searchPeople(query);
}
