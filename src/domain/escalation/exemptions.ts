import type { EscalationSettings } from './settings';

/** What the exemptions read of an issue: its labels, type name and current status id. */
export interface ExemptionSubject {
  labels: readonly string[];
  issueType: string;
  statusId: string | null;
}

/**
 * Why the scanner leaves an issue alone, or null when it does not: a label named in the settings
 * (exact, as Jira's labels are), an issue type (names, case-insensitive), a status (ids).
 *
 * @example
 * isExempt({ labels: ['no-escalation'], issueType: 'Story', statusId: '3' }, { labels: ['no-escalation'], issueTypes: [], statusIds: [] })
 * //=> 'label "no-escalation"'
 */
export function isExempt(issue: ExemptionSubject, exemptions: EscalationSettings['exemptions']): string | null {
  const label = issue.labels.find((l) => exemptions.labels.includes(l));
  if (label !== undefined) return `label "${label}"`;
  const type = issue.issueType.toLowerCase();
  if (exemptions.issueTypes.some((t) => t.toLowerCase() === type)) return `issue type "${issue.issueType}"`;
  if (issue.statusId !== null && exemptions.statusIds.includes(issue.statusId)) return `status ${issue.statusId}`;
  return null;
}
