import type { PersonView } from '../contract/resolvers';
import type { UseCaseContext } from './context';

/** Names for account ids, one Jira call for all of them; an unknown id shows as itself. */
export async function peopleNames(ctx: UseCaseContext, accountIds: Iterable<string>): Promise<(id: string) => PersonView> {
  const ids = [...new Set(accountIds)];
  const known = new Map((await ctx.jira.getPeople(ids)).map((p) => [p.accountId, p.displayName]));
  return (accountId) => ({ accountId, displayName: known.get(accountId) || 'Unknown user' });
}

export async function searchPeople(ctx: UseCaseContext, query: string): Promise<PersonView[]> {
  return ctx.jira.searchPeople(query);
}
