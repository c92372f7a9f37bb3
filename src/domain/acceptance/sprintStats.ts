import { median } from '../median';
import type { Issue, Sprint } from '../types';
import type { AcceptanceRecord, AcceptanceVerdict } from './types';

const HOUR = 3_600_000;

export interface SprintAcceptanceStats {
  sprintId: number;
  /** Issues of the sprint whose last verdict is an acceptance. */
  accepted: number;
  /** Of those, accepted without any change request before the acceptance. */
  acceptedFirstPass: number;
  /** acceptedFirstPass / accepted (0..1); null when nothing was accepted. */
  firstPassRate: number | null;
  /** Change requests on the sprint's issues, in any round. */
  changeRequests: number;
  /** Median wall-clock hours from entering the ready status (of the accepted round) to the acceptance, one decimal. */
  medianReadyToAcceptedHours: number | null;
}

/**
 * The sprint an issue counts for: the last one it was in, by start date (a sprint not
 * started yet is later than any started one); unknown sprints are ignored.
 */
function lastSprintOf(issue: Issue, sprints: ReadonlyMap<number, Sprint>): number | null {
  let best: Sprint | null = null;
  for (const id of issue.sprintIds) {
    const sprint = sprints.get(id);
    if (!sprint) continue;
    const start = sprint.startDate ?? Infinity;
    const bestStart = best ? (best.startDate ?? Infinity) : -Infinity;
    if (!best || start > bestStart || (start === bestStart && sprint.id > best.id)) best = sprint;
  }
  return best?.id ?? null;
}

/**
 * Acceptance per sprint, one row per given sprint in the order given. Every issue counts
 * for the last sprint it was in (so carried-over work counts once, where it was finished),
 * and so do all its verdicts: change requests count for the issue's sprint, not for the
 * sprint whose dates the verdict fell in, so the numbers of a row describe the same issues.
 * "First pass": the accepting verdict (the last verdict, an acceptance) had no change
 * request before it.
 */
export function sprintAcceptance(input: { sprints: readonly Sprint[]; issues: readonly Issue[]; records: readonly AcceptanceRecord[] }): SprintAcceptanceStats[] {
  const sprintsById = new Map(input.sprints.map((s) => [s.id, s]));
  const records = new Map(input.records.map((r) => [r.issueId, r]));
  const bySprint = new Map<number, AcceptanceVerdict[][]>();
  for (const issue of input.issues) {
    const verdicts = records.get(issue.id)?.verdicts;
    if (!verdicts || verdicts.length === 0) continue;
    const sprintId = lastSprintOf(issue, sprintsById);
    if (sprintId === null) continue;
    const list = bySprint.get(sprintId);
    if (list) list.push(verdicts);
    else bySprint.set(sprintId, [verdicts]);
  }

  return input.sprints.map((sprint) => {
    let accepted = 0;
    let acceptedFirstPass = 0;
    let changeRequests = 0;
    const waits: number[] = [];
    for (const verdicts of bySprint.get(sprint.id) ?? []) {
      changeRequests += verdicts.filter((v) => v.verdict === 'changes-requested').length;
      const last = verdicts[verdicts.length - 1]!;
      if (last.verdict !== 'accepted') continue;
      accepted++;
      if (!verdicts.some((v) => v.verdict === 'changes-requested')) acceptedFirstPass++;
      if (last.readyAt !== null) waits.push(Math.max(0, last.at - last.readyAt) / HOUR);
    }
    const mid = median(waits);
    return {
      sprintId: sprint.id,
      accepted,
      acceptedFirstPass,
      firstPassRate: accepted === 0 ? null : acceptedFirstPass / accepted,
      changeRequests,
      medianReadyToAcceptedHours: mid === null ? null : Math.round(mid * 10) / 10,
    };
  });
}
