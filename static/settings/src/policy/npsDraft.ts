/**
 * The engagement survey's settings as the form edits them: the window as typed text. Its label,
 * default and range come from here, which the history and the unreadable notice use to name a path too.
 */
import { NPS_LIMITS, type NpsSettingsInput } from '../../../../src/contract/npsSettings';
import { fieldOf, sectionPathLabel } from './pathWords';

export interface NpsDraft {
  windowDays: string;
}

export const NPS_SECTION_LABEL = 'Engagement survey';
export const NPS_LABELS = { windowDays: 'Open for the first (days of each quarter)' } as const;

export const npsDraftFrom = (nps: NpsSettingsInput): NpsDraft => ({ windowDays: String(nps.windowDays) });

/** The settings to send; a box without a whole number gets a message under the server's path (`policy.nps.`…). */
export function npsFromDraft(draft: NpsDraft, fields: Record<string, string>): NpsSettingsInput {
  const trimmed = draft.windowDays.trim();
  const n = trimmed === '' ? NaN : Number(trimmed);
  if (!Number.isFinite(n)) fields['policy.nps.windowDays'] = `Enter a number of days, ${NPS_LIMITS.windowDays.min}–${NPS_LIMITS.windowDays.max}.`;
  return { windowDays: Number.isFinite(n) ? n : 0 };
}

/**
 * Whether a field message (`policy.nps.`…) is shown in the survey section.
 *
 * @example
 * isNpsFieldPlaced('policy.nps.windowDays') //=> true
 * isNpsFieldPlaced('policy.nps.colour') //=> false
 */
export function isNpsFieldPlaced(path: string): boolean {
  return ['nps', 'nps.windowDays'].includes(fieldOf(path));
}

/**
 * A survey path in words, for the history and the unreadable notice; undefined outside `nps`.
 *
 * @example
 * npsPathLabel('nps.windowDays') //=> 'Engagement survey · Open for the first (days of each quarter)'
 */
export function npsPathLabel(path: string): string | undefined {
  return sectionPathLabel(path, 'nps', NPS_SECTION_LABEL, NPS_LABELS);
}
