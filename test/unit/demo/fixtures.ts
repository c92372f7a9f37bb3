/** Shared helpers for the demo generator tests: a fixed `now` and changelog readers. */
import type { SandboxData, SandboxIssue } from '../../../sandbox/jira/model';
import { generateEngagement } from '../../../sandbox/demo/generate';

/** Wednesday 15 October 2025, 13:00 UTC. */
export const NOW = Date.UTC(2025, 9, 15, 13, 0);
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

let cached: SandboxData | null = null;
export function demo(): SandboxData {
  cached ??= generateEngagement({ now: NOW });
  return cached;
}

export const ms = (iso: string): number => Date.parse(iso);

export function changes(issue: SandboxIssue, fieldId: string) {
  return issue.changelog.flatMap((h) => h.items.filter((i) => i.fieldId === fieldId).map((item) => ({ at: ms(h.created), authorId: h.authorId, item })));
}

export const sprintList = (value: string | null): number[] => (value ? value.split(',').map((s) => Number(s.trim())) : []);

export function statusName(data: SandboxData, statusId: string): string {
  const status = data.statuses.find((s) => s.id === statusId);
  if (!status) throw new Error(`unknown status ${statusId}`);
  return status.name;
}

export function category(data: SandboxData, statusId: string): string {
  return data.statuses.find((s) => s.id === statusId)!.categoryKey;
}

export function changelogItemCount(data: SandboxData): number {
  let n = 0;
  for (const issue of data.issues) for (const h of issue.changelog) n += h.items.length;
  return n;
}
