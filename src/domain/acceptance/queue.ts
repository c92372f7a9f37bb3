import type { Issue } from '../types';
import type { ReadyStatus } from './readyStatus';
import { acceptanceState } from './state';
import type { AcceptanceRecord, IssueAcceptanceFacts } from './types';

const HOUR = 3_600_000;

export interface QueueEntry {
  issue: Issue;
  record: AcceptanceRecord | undefined;
  facts: IssueAcceptanceFacts;
}

export interface AwaitingItem {
  issue: Issue;
  /** When the issue entered the ready status; an issue that never moved into it (created there) waits since it was created. */
  readySince: number;
  /** Wall-clock hours waited until `now`, one decimal. */
  ageHours: number;
  round: number;
}

/** Wall-clock hours between two instants, one decimal, never negative. */
export const hoursBetween = (from: number, to: number): number => Math.max(0, Math.round(((to - from) / HOUR) * 10) / 10);

/** What awaits the client's verdict, oldest first (ties by issue key, numerically). */
export function awaitingQueue(entries: readonly QueueEntry[], ready: ReadyStatus, now: number): AwaitingItem[] {
  const items: AwaitingItem[] = [];
  for (const { issue, record, facts } of entries) {
    const status = acceptanceState(record, facts, ready);
    if (status.state !== 'awaiting') continue;
    const readySince = status.since ?? issue.created;
    items.push({ issue, readySince, ageHours: hoursBetween(readySince, now), round: status.round });
  }
  return items.sort((a, b) => a.readySince - b.readySince || a.issue.key.localeCompare(b.issue.key, 'en', { numeric: true }));
}
