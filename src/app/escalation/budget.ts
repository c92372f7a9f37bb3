import type { RequestJira } from '../../jira/transport';

/**
 * What one scan may spend: Jira writes and reads (beyond the snapshot it reads from app storage),
 * and time, well under the consumer's limit. What is left is planned already and is posted by the
 * next run, never repeated; a run that stops on its budget says so in its report.
 */
export interface ScanBudget {
  writes: number;
  reads: number;
  /** Epoch ms after which no new post is started. */
  deadline: number;
}

/** A scan's default budget: the consumer's limit is 900 s, Jira's burst limits are per endpoint. */
export const SCAN_BUDGET = { writes: 200, reads: 100, seconds: 600 } as const;

export interface RequestCounter {
  reads: number;
  writes: number;
}

/** The transport, counting what goes through it: a search (POST …/search/jql, bulk fetches) is a read. */
export function countingTransport(request: RequestJira, counter: RequestCounter): RequestJira {
  return (path, init) => {
    const method = init?.method ?? 'GET';
    const read = method === 'GET' || /\/search(\/jql)?(\?|$)|\/bulkfetch|\/user\/bulk|\/permissions\/check/.test(path);
    if (read) counter.reads++;
    else counter.writes++;
    return request(path, init);
  };
}

/** What ran out first, or null while the budget lasts. */
export function exhausted(budget: ScanBudget, counter: RequestCounter, now: number): string | null {
  if (counter.writes >= budget.writes) return `the run's ${budget.writes} Jira writes`;
  if (counter.reads >= budget.reads) return `the run's ${budget.reads} Jira reads`;
  if (now >= budget.deadline) return 'the run\'s time';
  return null;
}
