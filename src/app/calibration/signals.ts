/**
 * The project's dissatisfaction signals, for the escalation scan's calibration-call rule: its concerns
 * (app storage) and the survey's detractor answers and sharp NPS drops — the NPS side's own reading
 * (src/app/nps/dissatisfaction.ts), adapted here, so a change of its shape is met in one place.
 */
import { concernSignal, type CalibrationSignal } from '../../domain/calibration/signals';
import { quarterLabel } from '../../domain/nps/quarters';
import type { EngagementPolicy } from '../../domain/policy/types';
import { npsDissatisfaction, type NpsDissatisfaction } from '../nps/dissatisfaction';
import type { AppStore, PolicyStore } from '../ports';
import { concernRecords } from './concernRecords';

/**
 * A survey item as a signal: a detractor's comment quoted, never who answered.
 *
 * @example
 * npsSignalOf({ id: 'nps-drop:2026-Q4', kind: 'nps-drop', quarter: '2026-Q4', quote: null, at: 1, summary: 'NPS fell 30 points …' })
 * //=> { id: 'nps-drop:2026-Q4', kind: 'nps-drop', at: 1, reason: 'an NPS drop in Q4 2026', words: 'NPS fell 30 points ….', quote: null, issueKey: null }
 */
export function npsSignalOf(item: NpsDissatisfaction): CalibrationSignal {
  const quarter = quarterLabel(item.quarter);
  const words = item.summary.endsWith('.') ? item.summary : `${item.summary}.`;
  return {
    id: item.id,
    kind: item.kind,
    at: item.at,
    reason: item.kind === 'detractor' ? `a detractor answer in ${quarter}` : `an NPS drop in ${quarter}`,
    words,
    quote: item.quote,
    issueKey: null,
  };
}

export interface CalibrationSignalsRead {
  signals: CalibrationSignal[];
  /** What could not be read this time, and why (the scan reports it). */
  skipped: string[];
}

/** Every signal on record now, oldest first. A survey that cannot be read leaves its signals to the next run, the concerns still count. */
export async function calibrationSignals(deps: { store: AppStore; policies: PolicyStore }, projectKey: string, policy: EngagementPolicy, now: number): Promise<CalibrationSignalsRead> {
  const skipped: string[] = [];
  const [concerns, survey] = await Promise.all([
    concernRecords(deps.store, projectKey).all(),
    npsDissatisfaction(deps, projectKey, now).catch((error: unknown) => {
      skipped.push(`Calibration calls for the survey: its answers could not be read (${error instanceof Error ? error.message : String(error)})`);
      return [] as NpsDissatisfaction[];
    }),
  ]);
  const signals = [...concerns.map((c) => concernSignal(c, policy.calendars.delivery.timeZone)), ...survey.map(npsSignalOf)].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
  return { signals, skipped };
}
