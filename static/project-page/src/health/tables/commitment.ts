/** The commitment two ways: replayed from the changelog (Jira's velocity chart) and recorded live by the app. Pure. */
import type { VelocityRowView } from '../../../../../src/contract/resolvers';
import { formatDate, formatPoints } from '../../../../shared/format';

/** The live commitment, when the app recorded one that is not the replayed one. */
export function differingLiveCommitment(row: VelocityRowView): VelocityRowView['liveCommitment'] {
  const live = row.liveCommitment;
  return live !== null && live.points !== row.committed.value ? live : null;
}

export function anyCommitmentDiffers(rows: readonly VelocityRowView[]): boolean {
  return rows.some((row) => differingLiveCommitment(row) !== null);
}

/**
 * @example liveCommitmentWords({ points: 30, recordedAt: '2026-11-03T09:00:00Z' }) //=> 'Recorded live: 30 (3 Nov 2026)'
 */
export function liveCommitmentWords(live: NonNullable<VelocityRowView['liveCommitment']>): string {
  return `Recorded live: ${formatPoints(live.points)} (${formatDate(live.recordedAt)})`;
}

export const REPLAYED_NOTE =
  'Committed is replayed from the changelog at each sprint’s start: Jira’s velocity chart uses that one. Where the app recorded a different commitment when it first saw the sprint active, both are shown.';
