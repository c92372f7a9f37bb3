import type { ChangelogEntry } from './types';

/**
 * Changelog entries grouped by issue id, each group in the order given: one pass, linear in the
 * changelog (a bulk fetch returns every issue's histories together).
 *
 * @example
 * entriesByIssue([{ issueId: '1', … }, { issueId: '2', … }, { issueId: '1', … }]).get('1')?.length //=> 2
 */
export function entriesByIssue(entries: readonly ChangelogEntry[]): Map<string, ChangelogEntry[]> {
  const byIssue = new Map<string, ChangelogEntry[]>();
  for (const entry of entries) {
    const list = byIssue.get(entry.issueId);
    if (list) list.push(entry);
    else byIssue.set(entry.issueId, [entry]);
  }
  return byIssue;
}
