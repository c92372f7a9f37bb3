/** The decision log's filters, search, sort and CSV rows: pure functions over the log's decisions. */
import type { DecisionCategoryKey, DecisionStatusKey, DecisionView, PersonView } from '../../../../src/contract/resolvers';
import type { CsvCell } from '../../../shared/csv';

export interface LogFilter {
  category: DecisionCategoryKey | 'all';
  status: DecisionStatusKey | 'all';
  ownerId: string | 'all';
  overdueOnly: boolean;
  search: string;
}

export type SortKey = 'due' | 'raised';
export interface LogSort {
  key: SortKey;
  direction: 'asc' | 'desc';
}

export const noFilter: LogFilter = { category: 'all', status: 'all', ownerId: 'all', overdueOnly: false, search: '' };

export function isOverdue(d: DecisionView): boolean {
  return d.status === 'pending' && (d.clock.state === 'overdue' || (d.clock.remainingMs !== null && d.clock.remainingMs < 0));
}

export function filterDecisions(decisions: readonly DecisionView[], f: LogFilter): DecisionView[] {
  const words = f.search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return decisions.filter(
    (d) =>
      (f.category === 'all' || d.category === f.category) &&
      (f.status === 'all' || d.status === f.status) &&
      (f.ownerId === 'all' || d.owners.some((o) => o.accountId === f.ownerId)) &&
      (!f.overdueOnly || isOverdue(d)) &&
      words.every((w) => d.question.toLowerCase().includes(w)),
  );
}

/** Sorted by due time or by when raised; decisions without a due time come last either way. */
export function sortDecisions(decisions: readonly DecisionView[], sort: LogSort): DecisionView[] {
  const time = (d: DecisionView) => Date.parse((sort.key === 'due' ? d.dueAt : d.raisedAt) ?? '');
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...decisions].sort((a, b) => {
    const ta = time(a);
    const tb = time(b);
    if (Number.isNaN(ta) || Number.isNaN(tb)) return Number(Number.isNaN(ta)) - Number(Number.isNaN(tb));
    return sign * (ta - tb) || a.id.localeCompare(b.id, undefined, { numeric: true });
  });
}

export function ownersOf(decisions: readonly DecisionView[]): PersonView[] {
  const byId = new Map(decisions.flatMap((d) => d.owners).map((p) => [p.accountId, p]));
  return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

export const csvHeader = ['ID', 'Issue', 'Category', 'Question', 'Owners', 'Status', 'Raised at', 'Raised by', 'Due at', 'Clock', 'Decided by', 'Decided at', 'Outcome', 'Impact (points)'];

export function csvRows(decisions: readonly DecisionView[]): CsvCell[][] {
  return [
    csvHeader,
    ...decisions.map((d) => [
      d.id,
      d.issueKey,
      d.categoryLabel,
      d.question,
      d.owners.map((o) => o.displayName).join('; '),
      d.status,
      d.raisedAt,
      d.raisedBy.displayName,
      d.dueAt,
      d.clock.words,
      d.decidedBy?.displayName,
      d.decidedAt,
      d.outcome,
      d.impactPoints,
    ]),
  ];
}
