/**
 * A value of the settings history in the words of the settings page: the escalation mode by its
 * name, a switch as on or off, the defect-escape choice by its label; anything else as stored.
 */
import { modeLabels } from '../../../shared/escalationItemWords';
import type { EscalationModeKey } from '../../../../src/contract/resolvers';
import { healthValueWords } from './healthDraft';

const SWITCH_WORDS: Record<string, string> = { true: 'on', false: 'off' };

/**
 * @example historyValueWords('policy.escalation.mode', 'live') //=> 'Live'
 * @example historyValueWords('acceptance.gateEnabled', 'false') //=> 'off'
 * @example historyValueWords('budgetPoints', '120') //=> '120'
 */
export function historyValueWords(path: string, value: string): string {
  const at = path.replace(/^policy\./, '');
  if (at === 'escalation.mode') return modeLabels[value as EscalationModeKey] ?? value;
  if (value in SWITCH_WORDS) return SWITCH_WORDS[value]!;
  return healthValueWords(path, value);
}
