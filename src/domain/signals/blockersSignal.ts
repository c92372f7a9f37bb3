import { besideThreshold, countWords, hours, signal, type HealthSignal } from './signal';
import type { HealthThresholds } from './thresholds';

/** One issue blocked now, as the blockers signal reads it. */
export interface BlockedIssueFact {
  key: string;
  /** Hours it has been blocked (flagged, in a blocked status, or blocked by a link) until now, counted in the policy's clock as the escalation counts them. */
  blockedHours: number;
}

export interface BlockersSignalInput {
  blocked: readonly BlockedIssueFact[];
}

/**
 * The longest blocker now against the thresholds: longer than `amberHours` → amber, longer than
 * `redHours` → red; nothing blocked is green (there is always enough data to say so).
 *
 * @example
 * blockersSignal({ blocked: [{ key: 'PROJ-7', blockedHours: 52 }, { key: 'PROJ-3', blockedHours: 5 }] }, thresholds)
 * //=> { key: 'blockers', title: 'Blockers', level: 'red', reason: '2 issues blocked now, the longest PROJ-7 for 52 h, over the 48 h red threshold' }
 */
export function blockersSignal(input: BlockersSignalInput, thresholds: HealthThresholds): HealthSignal {
  const longest = input.blocked.reduce<BlockedIssueFact | null>((long, b) => (long === null || b.blockedHours > long.blockedHours ? b : long), null);
  if (longest === null) return signal('blockers', 'green', 'No issue is blocked now');

  const { amberHours, redHours } = thresholds.blockers;
  const level = longest.blockedHours > redHours ? 'red' : longest.blockedHours > amberHours ? 'amber' : 'green';
  const against = level === 'red' ? redHours : amberHours;
  const judged = `${level === 'green' ? 'within' : 'over'} the ${hours.words(against)} ${level === 'red' ? 'red' : 'amber'} threshold`;
  const count = input.blocked.length === 1 ? '1 issue blocked now,' : `${countWords(input.blocked.length, 'issue')} blocked now, the longest`;
  return signal('blockers', level, `${count} ${longest.key} for ${besideThreshold(longest.blockedHours, against, hours)}, ${judged}`);
}
