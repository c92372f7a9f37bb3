/**
 * The demo engagement's survey answers: the two quarters before the current one, answered by the
 * client team (three and four people), so the NPS trend has data on first start; none in the
 * current quarter, so every client person can try the open survey. No detractor among them: a
 * seeded answer must not open a calibration call on the first scan. Stored through the app's own
 * records (src/app/nps/npsRecords.ts), as the answers the app takes.
 */
import { npsRecords } from '../../src/app/nps/npsRecords';
import type { AppStore } from '../../src/app/ports';
import { quarterAt, quarterBefore, parseQuarterId, quarterOf } from '../../src/domain/nps/quarters';
import type { EngagementPolicy } from '../../src/domain/policy/types';
import { DAY, HOUR } from './calendar';
import { DEMO_PEOPLE, type DemoPersonKey } from './people';
import { demoTeams } from './teams';

interface ScriptedAnswer {
  by: DemoPersonKey;
  score: number;
  comment: string | null;
  /** Days after the quarter's survey opened. */
  day: number;
}

/** Two quarters ago: +67 from 3 answers; one quarter ago: +50 from 4 (down 17, not a sharp drop). */
const SCRIPT: { quartersAgo: number; answers: ScriptedAnswer[] }[] = [
  {
    quartersAgo: 2,
    answers: [
      { by: 'clientSponsor', score: 9, comment: 'A steady team; the sprint reviews are worth the hour.', day: 2 },
      { by: 'productOwner', score: 10, comment: null, day: 3 },
      { by: 'decisionMaker', score: 8, comment: 'Estimates for scope changes come late.', day: 6 },
    ],
  },
  {
    quartersAgo: 1,
    answers: [
      { by: 'productOwner', score: 9, comment: 'Questions on the tickets get answered the same day.', day: 1 },
      { by: 'careLead', score: 10, comment: 'Bugs we report are picked up fast.', day: 2 },
      { by: 'decisionMaker', score: 8, comment: null, day: 4 },
      { by: 'clientSponsor', score: 7, comment: 'Release dates moved twice this quarter.', day: 9 },
    ],
  },
];

export async function seedDemoNps(store: AppStore, projectKey: string, policy: EngagementPolicy, now: number): Promise<void> {
  const timeZone = policy.calendars.client.timeZone;
  const records = npsRecords(store, projectKey);
  const current = quarterAt(now, timeZone).id;
  for (const { quartersAgo, answers } of SCRIPT) {
    const id = quarterBefore(current, quartersAgo);
    const { year, quarter } = parseQuarterId(id)!;
    const opensAt = quarterOf(year, quarter, timeZone).start;
    for (const a of answers) await records.putAnswer(id, DEMO_PEOPLE[a.by].accountId, { score: a.score, comment: a.comment, at: opensAt + a.day * DAY + 15 * HOUR });
    await records.rememberAudience(id, demoTeams().client.accountIds.length, opensAt + 10 * DAY);
  }
}
