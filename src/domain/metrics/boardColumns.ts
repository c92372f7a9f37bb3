/** A board column as its configuration lists it, left to right: a name and the status ids mapped to it. */
export interface BoardColumn {
  name: string;
  statusIds: readonly string[];
}

/**
 * The statuses that count as done: those of the right-most column that has any status, as Jira's
 * velocity chart reads the board (a done-category status in a middle column is not done). Empty when
 * no column has a status.
 *
 * @example
 * doneStatusIds([{ name: 'To Do', statusIds: ['10000'] }, { name: 'Done', statusIds: ['10001', '10005'] }, { name: 'Archive', statusIds: [] }])
 * //=> Set { '10001', '10005' }
 */
export function doneStatusIds(columns: readonly BoardColumn[]): Set<string> {
  for (let i = columns.length - 1; i >= 0; i--) {
    const statusIds = columns[i]!.statusIds;
    if (statusIds.length > 0) return new Set(statusIds);
  }
  return new Set();
}

/**
 * The done column as a test of a status id (an unknown status is not done).
 *
 * @example
 * doneColumnTest(new Set(['10001']))('10001')
 * //=> true
 */
export const doneColumnTest =
  (doneStatusIds: ReadonlySet<string>) =>
  (statusId: string | null): boolean =>
    statusId !== null && doneStatusIds.has(statusId);
