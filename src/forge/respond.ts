import type { ResolverResult } from '../contract/resolvers';
import { NOT_VISIBLE } from '../app/access';
import { AppError } from '../app/errors';
import { JiraError } from '../jira/errors';
import { shownExcerpt } from '../domain/text';

/** Characters of Jira's own error message an answer passes on. */
const JIRA_MESSAGE_MAX = 300;

/** Runs a resolver body and answers the one shape the UI understands. */
export async function respond<T>(body: () => Promise<T>, log: (message: string, error: unknown) => void = console.error): Promise<ResolverResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toResolverError() };
    if (error instanceof JiraError) return { ok: false, error: fromJira(error) };
    log('resolver failed', error);
    return { ok: false, error: { code: 'internal', message: 'Something went wrong. Try again, and tell your admin if it keeps happening.' } };
  }
}

function fromJira(error: JiraError): { code: 'forbidden' | 'not_found' | 'rate_limited' | 'unavailable' | 'invalid'; message: string } {
  switch (error.kind) {
    case 'permission':
    case 'unauthorized':
      return { code: 'forbidden', message: "Jira refused: you don't have permission for this." };
    case 'not_found':
      // The same words as a refused permission check: a 404 must not tell more than a refusal does.
      return { code: 'not_found', message: NOT_VISIBLE };
    case 'rate_limited':
      return { code: 'rate_limited', message: 'Jira is busy right now. Try again in a minute.' };
    case 'invalid':
      // Jira's words can echo what was sent (an account id, a name): shown safely and briefly.
      return { code: 'invalid', message: `Jira rejected the request: ${shownExcerpt(error.messages.join(' '), JIRA_MESSAGE_MAX) || 'invalid input'}` };
    default:
      return { code: 'unavailable', message: 'Jira did not answer in time. Try again.' };
  }
}
