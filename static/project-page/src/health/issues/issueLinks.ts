/** The issues behind a number, outside the app: Jira's issue search for their JQL, each issue's page, a CSV. Pure. */
import type { HealthIssuesView } from '../../../../../src/contract/resolvers';
import type { CsvCell } from '../../../../shared/csv';

/**
 * Jira's issue search for a JQL, as a path of the site (what `router.open` takes).
 * @example issueSearchPath('issuekey in (ENG-1, ENG-2)') //=> '/issues/?jql=issuekey%20in%20(ENG-1%2C%20ENG-2)'
 */
export function issueSearchPath(jql: string): string {
  return `/issues/?jql=${encodeURIComponent(jql)}`;
}

/** @example issuePath('ENG-12') //=> '/browse/ENG-12' */
export function issuePath(key: string): string {
  return `/browse/${encodeURIComponent(key)}`;
}

export const issuesCsvHeader = ['Issue', 'Summary', 'Points', 'Counted as', 'When'];

/** The dialog's list as CSV rows, header first, in the order shown. */
export function issuesCsvRows(view: HealthIssuesView): CsvCell[][] {
  return [issuesCsvHeader, ...view.rows.map((row) => [row.key, row.summary, row.points, row.event, row.at])];
}

/**
 * A file name from the project and the list's title.
 * @example issuesCsvFileName('ENG', 'Committed in Sprint 5') //=> 'ENG-committed-in-sprint-5.csv'
 */
export function issuesCsvFileName(projectKey: string, title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${projectKey}-${slug || 'issues'}.csv`;
}

/**
 * The total the dialog states above its list: how many issues, and their points when any are estimated.
 * @example issuesTotalWords([{ points: 3 }, { points: 5 }, { points: null }]) //=> '3 issues · 8 points'
 */
export function issuesTotalWords(rows: readonly { points: number | null }[]): string {
  const count = rows.length === 1 ? '1 issue' : `${rows.length} issues`;
  const estimated = rows.filter((row) => row.points !== null);
  if (estimated.length === 0) return count;
  const points = estimated.reduce((sum, row) => sum + (row.points ?? 0), 0);
  const rounded = Number.isInteger(points) ? String(points) : points.toFixed(1);
  return `${count} · ${rounded} ${points === 1 ? 'point' : 'points'}`;
}
