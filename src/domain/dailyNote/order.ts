/**
 * Issues in key order, numbers as numbers: ENG-9 before ENG-10.
 *
 * @example
 * [{ issueKey: 'ENG-10' }, { issueKey: 'ENG-9' }].sort(byIssueKey) //=> [{ issueKey: 'ENG-9' }, { issueKey: 'ENG-10' }]
 */
export function byIssueKey(a: { issueKey: string }, b: { issueKey: string }): number {
  return a.issueKey.localeCompare(b.issueKey, 'en', { numeric: true });
}
