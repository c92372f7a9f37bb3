/**
 * The survey's dissatisfaction signals, for the calibration call (PRODUCT.md "Escalation triggers"):
 * each detractor answer (0–6), and each quarter whose NPS fell 20 points or more from the quarter
 * before. A detractor's item names neither the person nor their account: its id is a keyed hash of
 * person and quarter (the key is the app's own secret, so knowing the team's account ids does not
 * undo it), stable while the answer stays a detractor's; its quote is the comment alone.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { npsCategory, npsWords } from '../../domain/nps/score';
import { quarterAt, quarterBefore, quarterLabel } from '../../domain/nps/quarters';
import { NPS_RULES } from '../../domain/nps/thresholds';
import { isSharpDrop, npsTrend } from '../../domain/nps/trend';
import type { AppStore, PolicyStore } from '../ports';
import { loadPolicy } from '../policy';
import { npsRecords } from './npsRecords';

/** Where the key of the detractors' ids is kept: made once per installation. */
export const NPS_ID_SECRET_KEY = 'nps-secret';

export interface NpsDissatisfaction {
  /** "nps-detractor:2026-Q4:<hash>" or "nps-drop:2026-Q4": the same item has the same id on every run. */
  id: string;
  kind: 'detractor' | 'nps-drop';
  quarter: string;
  /** A detractor's comment, without a name; null for a drop or an answer without a comment. */
  quote: string | null;
  /** A detractor's: when the answer was given (or last changed); a drop's: the quarter's latest answer. */
  at: number;
  /** In words, without a name: "A detractor answer (4 of 10) in Q4 2026" / "NPS fell 30 points, from +40 in Q3 2026 to +10 in Q4 2026". */
  summary: string;
}

async function idSecret(store: AppStore): Promise<string> {
  const stored = await store.get<{ secret?: unknown }>(NPS_ID_SECRET_KEY);
  if (typeof stored?.secret === 'string') return stored.secret;
  const secret = randomBytes(32).toString('hex');
  if (await store.create(NPS_ID_SECRET_KEY, { secret })) return secret;
  // Someone made it first: theirs is the one.
  const made = await store.get<{ secret?: unknown }>(NPS_ID_SECRET_KEY);
  if (typeof made?.secret !== 'string') throw new Error('the survey id key could not be read');
  return made.secret;
}

/**
 * Every detractor answer and every sharp drop of the project, oldest first, up to the quarter `now`
 * is in (the client team's time zone). The calibration call keeps its own ledger: this lists what
 * is on record now (an answer changed away from a detractor's is no longer listed).
 *
 * @example
 * await npsDissatisfaction({ store, policies }, 'ENG', now)
 * //=> [{ id: 'nps-detractor:2026-Q4:5f0c…', kind: 'detractor', quarter: '2026-Q4', quote: 'Demos keep slipping.', at: …, summary: 'A detractor answer (4 of 10) in Q4 2026' }, { id: 'nps-drop:2026-Q4', kind: 'nps-drop', … }]
 */
export async function npsDissatisfaction(deps: { store: AppStore; policies: PolicyStore }, projectKey: string, now: number): Promise<NpsDissatisfaction[]> {
  const { policy } = await loadPolicy(deps, projectKey);
  const current = quarterAt(now, policy.calendars.client.timeZone).id;
  const answers = (await npsRecords(deps.store, projectKey).answers()).filter((a) => a.quarter <= current);
  const items: NpsDissatisfaction[] = [];

  const detractors = answers.filter((a) => npsCategory(a.answer.score) === 'detractor');
  if (detractors.length > 0) {
    const secret = await idSecret(deps.store);
    for (const { quarter, accountId, answer } of detractors) {
      const hash = createHmac('sha256', secret).update(`${projectKey}\n${quarter}\n${accountId}`).digest('hex').slice(0, 24);
      items.push({ id: `nps-detractor:${quarter}:${hash}`, kind: 'detractor', quarter, quote: answer.comment, at: answer.at, summary: `A detractor answer (${answer.score} of 10) in ${quarterLabel(quarter)}` });
    }
  }

  const byQuarter = new Map<string, { scores: number[]; latest: number }>();
  for (const { quarter, answer } of answers) {
    const entry = byQuarter.get(quarter) ?? { scores: [], latest: 0 };
    entry.scores.push(answer.score);
    entry.latest = Math.max(entry.latest, answer.at);
    byQuarter.set(quarter, entry);
  }
  const scores = new Map([...byQuarter].map(([q, e]) => [q, e.scores]));
  for (const q of npsTrend([...byQuarter.keys()].sort(), scores)) {
    if (!isSharpDrop(q.change) || q.result.kind !== 'score') continue;
    const before = q.result.nps - q.change!;
    items.push({
      id: `nps-drop:${q.quarter}`,
      kind: 'nps-drop',
      quarter: q.quarter,
      quote: null,
      at: byQuarter.get(q.quarter)!.latest,
      summary: `NPS fell ${-q.change!} points (${NPS_RULES.dropPoints} or more), from ${npsWords(before)} in ${quarterLabel(quarterBefore(q.quarter))} to ${npsWords(q.result.nps)} in ${quarterLabel(q.quarter)}`,
    });
  }
  return items.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}
