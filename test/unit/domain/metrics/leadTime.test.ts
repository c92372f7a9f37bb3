import { LEAD_TIME_PERCENTILE, LEAD_TIME_WINDOW_DAYS, issueLeadTime, leadTimeSummary } from '../../../../src/domain/metrics/leadTime';
import type { IssueLeadTime } from '../../../../src/domain/metrics/leadTime';
import { percentileNearestRank } from '../../../../src/domain/metrics/percentile';
import type { Issue } from '../../../../src/domain/types';
import { DAY, DONE, DONE_COLUMN, IN_PROGRESS, REVIEW_DONE_CATEGORY, TODO, demoMetricsData, entry, issue, statusChange, timeline, version } from './metricsBuilders';

const d = (day: number) => day * DAY;

/** An issue created on `createdDay` with these fix versions, and its status moves (none: it stays in `statusId`). */
function leadTimeOf(fixVersionIds: string[], statusId: string, moves: [day: number, from: string, to: string][], versions = VERSIONS) {
  const i: Issue = { ...issue('ENG-1', { statusId }), created: d(1), fixVersionIds };
  return issueLeadTime(i, timeline(i, moves.map(([day, from, to]) => entry(i, d(day), statusChange(from, to)))), versions, DONE_COLUMN);
}
const VERSIONS = [version('v1', 20), version('v2', 30), version('next', 40, false), version('undated', null), version('old', 0)];

describe('issueLeadTime', () => {
  it('created → the release date of its released fix version', () => {
    expect(leadTimeOf(['v2'], DONE, [[10, TODO, DONE]])).toEqual({ issueKey: 'ENG-1', created: d(1), releasedAt: d(30), via: 'release', versionId: 'v2', days: 29 });
  });

  it('the earliest released fix version wins, whatever the order the issue lists them', () => {
    expect(leadTimeOf(['v2', 'v1'], DONE, [])).toMatchObject({ releasedAt: d(20), versionId: 'v1', days: 19 });
  });

  it('unreleased, undated and unknown fix versions are ignored, and so is one released before the issue existed', () => {
    // Falls back to the done column.
    expect(leadTimeOf(['next', 'undated', 'gone', 'old'], DONE, [[10, TODO, DONE]])).toEqual({ issueKey: 'ENG-1', created: d(1), releasedAt: d(10), via: 'done', versionId: null, days: 9 });
    expect(leadTimeOf(['next'], IN_PROGRESS, [[10, TODO, IN_PROGRESS]])).toBeNull();
  });

  it('via the done column: when it last entered it, after a reopen', () => {
    const reopened = leadTimeOf([], DONE, [[5, TODO, IN_PROGRESS], [10, IN_PROGRESS, DONE], [12, DONE, IN_PROGRESS], [15.5, IN_PROGRESS, DONE]]);
    expect(reopened).toMatchObject({ releasedAt: d(15.5), via: 'done', days: 14.5 });
  });

  it('not in the done column now → null, even if it was done once; a done-category status in a middle column is not done', () => {
    expect(leadTimeOf([], IN_PROGRESS, [[10, TODO, DONE], [12, DONE, IN_PROGRESS]])).toBeNull();
    expect(leadTimeOf([], REVIEW_DONE_CATEGORY, [[10, TODO, REVIEW_DONE_CATEGORY]])).toBeNull();
  });

  it('in the done column with no recorded move into it → null: no made-up time', () => {
    expect(leadTimeOf([], DONE, [])).toBeNull();
  });
});

describe('percentileNearestRank', () => {
  it('is the value at rank ⌈p × n⌉, always one of the values', () => {
    expect(percentileNearestRank([15, 20, 35, 40, 50], 85)).toBe(50);
    expect(percentileNearestRank([50, 40, 35, 20, 15], 30)).toBe(20);
    const oneToTwenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentileNearestRank(oneToTwenty, 85)).toBe(17);
    // 85 × 100 ÷ 100 is exactly rank 85 (0.85 × 100 in floating point is 85.00000000000001).
    expect(percentileNearestRank(Array.from({ length: 100 }, (_, i) => i + 1), 85)).toBe(85);
    expect(percentileNearestRank([7], 85)).toBe(7);
    expect(percentileNearestRank([3, 1, 2], 0)).toBe(1);
    expect(percentileNearestRank([3, 1, 2], 100)).toBe(3);
    expect(percentileNearestRank([], 85)).toBeNull();
  });
});

describe('leadTimeSummary', () => {
  const at = (key: string, iso: string, days: number): IssueLeadTime => ({ issueKey: key, created: Date.parse(iso) - days * DAY, releasedAt: Date.parse(iso), via: 'done', versionId: null, days });
  const now = Date.parse('2025-06-18T12:00:00Z');

  it('buckets by UTC month of release, oldest first, a month without releases kept empty', () => {
    const summary = leadTimeSummary([at('ENG-3', '2025-05-02T10:00:00Z', 4), at('ENG-1', '2025-03-31T23:30:00Z', 10), at('ENG-2', '2025-03-01T00:00:00Z', 2)], now);
    expect(summary.months).toMatchObject([
      { key: '2025-03', count: 2, medianDays: 6, p85Days: 10, issueKeys: ['ENG-2', 'ENG-1'] },
      { key: '2025-04', count: 0, medianDays: null, p85Days: null, issueKeys: [] },
      { key: '2025-05', count: 1, medianDays: 4, p85Days: 4, issueKeys: ['ENG-3'] },
    ]);
  });

  it('the last 90 days are (now − 90 d, now]: the instant 90 days back is out, now itself is in', () => {
    expect(LEAD_TIME_WINDOW_DAYS).toBe(90);
    const edge = (key: string, t: number, days: number): IssueLeadTime => ({ issueKey: key, created: t - days * DAY, releasedAt: t, via: 'done', versionId: null, days });
    const summary = leadTimeSummary([edge('OUT-OLD', now - 90 * DAY, 1), edge('IN-OLD', now - 90 * DAY + 1, 2), edge('IN-NOW', now, 3), edge('OUT-FUTURE', now + 1, 4)], now);
    expect(summary.last90Days).toMatchObject({ key: 'last-90-days', count: 2, medianDays: 2.5, p85Days: 3, issueKeys: ['IN-OLD', 'IN-NOW'] });
    expect(summary.last90Days.leadTimes.map((l) => l.issueKey)).toEqual(summary.last90Days.issueKeys);
  });

  it('median (mean of the middle two for an even count) and 85th percentile on a known set', () => {
    expect(LEAD_TIME_PERCENTILE).toBe(85);
    const twenty = Array.from({ length: 20 }, (_, i) => at(`ENG-${i + 1}`, `2025-06-${String(i + 1).padStart(2, '0')}T09:00:00Z`, i + 1));
    expect(leadTimeSummary(twenty, now).months).toMatchObject([{ key: '2025-06', count: 20, medianDays: 10.5, p85Days: 17, issueKeys: twenty.map((l) => l.issueKey) }]);
    const odd = [2.5, 9, 1, 30, 4].map((days, i) => at(`ENG-${i}`, '2025-06-10T09:00:00Z', days));
    expect(leadTimeSummary(odd, now).last90Days).toMatchObject({ count: 5, medianDays: 4, p85Days: 30 });
  });

  it('no lead times: no months, and a last-90-days bucket of null values', () => {
    expect(leadTimeSummary([], now)).toMatchObject({ months: [], last90Days: { key: 'last-90-days', count: 0, medianDays: null, p85Days: null, issueKeys: [] } });
  });
});

it('over the generated demo, every issue’s lead time equals the test’s own computation from the raw data', () => {
  const demo = demoMetricsData();
  const { data } = demo;
  const doneStatus = data.boards[0]!.columns.at(-1)!.statusIds;
  const releaseOf = new Map(data.versions.filter((v) => v.released && v.releaseDate).map((v) => [v.id, Date.parse(`${v.releaseDate}T00:00:00Z`)]));
  // Independently: the earliest released fix version, else the last status move into the done column if it is there now.
  const expected = data.issues.flatMap((raw) => {
    const created = Date.parse(raw.fields.created);
    const released = raw.fields.fixVersionIds.map((id) => releaseOf.get(id)).filter((t): t is number => t !== undefined && t >= created).sort((a, b) => a - b);
    if (released.length) return [{ key: raw.key, releasedAt: released[0]!, via: 'release', days: (released[0]! - created) / DAY }];
    if (!doneStatus.includes(raw.fields.statusId)) return [];
    let lastIn: number | null = null;
    let inDone = false;
    for (const h of [...raw.changelog].sort((a, b) => Date.parse(a.created) - Date.parse(b.created))) {
      for (const item of h.items.filter((i) => i.fieldId === 'status')) {
        const nowDone = doneStatus.includes(String(item.to));
        if (nowDone && !inDone) lastIn = Date.parse(h.created);
        inDone = nowDone;
      }
    }
    return lastIn === null ? [] : [{ key: raw.key, releasedAt: lastIn, via: 'done', days: (lastIn - created) / DAY }];
  });
  const actual = demo.issues.flatMap((i, n) => {
    const l = issueLeadTime(i, demo.timelines[n]!, demo.versions, demo.done);
    return l === null ? [] : [{ key: l.issueKey, releasedAt: l.releasedAt, via: l.via, days: l.days }];
  });
  expect(actual).toEqual(expected);
  // Both ways are exercised: shipped in released versions, and done but in the unreleased next one.
  expect(expected.filter((e) => e.via === 'release').length).toBeGreaterThan(100);
  expect(expected.filter((e) => e.via === 'done').length).toBeGreaterThan(0);

  // The summary's last 90 days against the test's own median and nearest-rank 85th percentile.
  const recent = expected.filter((e) => e.releasedAt > demo.now - 90 * DAY && e.releasedAt <= demo.now).map((e) => e.days).sort((a, b) => a - b);
  const n = recent.length;
  const summary = leadTimeSummary(actual.map((a) => ({ issueKey: a.key, created: a.releasedAt - a.days * DAY, releasedAt: a.releasedAt, via: a.via as 'release' | 'done', versionId: null, days: a.days })), demo.now);
  expect(summary.last90Days).toMatchObject({ count: n, medianDays: n % 2 ? recent[(n - 1) / 2] : (recent[n / 2 - 1]! + recent[n / 2]!) / 2, p85Days: recent[Math.ceil((85 * n) / 100) - 1] });
  expect(summary.months.reduce((sum, m) => sum + m.count, 0)).toBe(expected.length);
});
