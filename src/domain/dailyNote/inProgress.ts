import type { HealthIssue } from '../health/healthIssue';
import { valueAt } from '../metrics/fieldHistory';
import type { StatusCategory } from '../types';
import { byIssueKey } from './order';
import type { InProgressFact } from './types';

export interface InProgressInput {
  asOf: number;
  /** The project's statuses with their categories (the snapshot's). */
  statuses: readonly { id: string; name: string; category: StatusCategory }[];
  isDone: (statusId: string | null) => boolean;
  /** Issues the note lists as blocked already (blockers first, once). */
  blockedKeys: ReadonlySet<string>;
}

/**
 * The issues in progress at `asOf` — a status of the in-progress category, not in the board's done
 * column — in key order, sub-tasks left out and blocked issues left to the Blocked section.
 *
 * @example
 * inProgressFacts(records, { asOf, statuses: [{ id: '3', name: 'In Progress', category: 'indeterminate' }], isDone, blockedKeys: new Set() })
 * //=> [{ issueKey: 'ENG-2', statusName: 'In Progress', assigneeId: 'acc-dev', … }]
 */
export function inProgressFacts(records: readonly HealthIssue[], input: InProgressInput): InProgressFact[] {
  const statuses = new Map(input.statuses.map((s) => [s.id, s]));
  const facts: InProgressFact[] = [];
  for (const record of records) {
    if (record.isSubtask || record.created > input.asOf || input.blockedKeys.has(record.key)) continue;
    const statusId = valueAt(record.statusId, input.asOf);
    const status = statusId === null ? undefined : statuses.get(statusId);
    if (!status || status.category !== 'indeterminate' || input.isDone(statusId)) continue;
    facts.push({ issueKey: record.key, summary: record.summary, statusName: status.name, assigneeId: record.assigneeId });
  }
  return facts.sort(byIssueKey);
}
