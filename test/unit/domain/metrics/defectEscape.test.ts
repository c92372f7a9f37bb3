import { defectEscapeByVersion } from '../../../../src/domain/metrics/defectEscape';
import { defaultHealthSettings } from '../../../../src/domain/signals/thresholds';
import type { DefectEscapeSettings } from '../../../../src/domain/signals/thresholds';
import type { Issue } from '../../../../src/domain/types';
import { DAY, demoMetricsData, issue, version } from './metricsBuilders';

const d = (day: number) => day * DAY;
const CLIENT = 'client-po';
const clients = new Set([CLIENT]);
const settings: DefectEscapeSettings = { bugTypes: ['Bug'], foundBy: 'either', labels: ['user-found', 'client-reported'], windowDays: 7 };
const noSubtasks = (i: Issue) => i.summary.startsWith('sub');

const bug = (key: string, createdAt: number, extra: Partial<Issue> = {}): Issue => ({ ...issue(key, {}), issueType: 'Bug', created: createdAt, labels: ['user-found'], ...extra });
const feature = (key: string, fixVersionIds: string[], extra: Partial<Issue> = {}): Issue => ({ ...issue(key, {}), fixVersionIds, ...extra });

describe('defectEscapeByVersion', () => {
  it('released, dated versions only, oldest first; the rate is escaped ÷ features with the keys behind both', () => {
    const versions = [version('v2', 40), version('next', 60, false), version('v1', 20), version('undated', null)];
    const issues = [feature('ENG-1', ['v1']), feature('ENG-2', ['v1']), feature('ENG-3', ['v2']), bug('ENG-4', d(22)), bug('ENG-5', d(41))];
    expect(defectEscapeByVersion(versions, issues, settings, clients, noSubtasks)).toEqual([
      { versionId: 'v1', versionName: 'vv1', releaseDate: d(20), windowEnd: d(27), escaped: 1, features: 2, rate: 0.5, escapedIssueKeys: ['ENG-4'], featureIssueKeys: ['ENG-1', 'ENG-2'] },
      { versionId: 'v2', versionName: 'vv2', releaseDate: d(40), windowEnd: d(47), escaped: 1, features: 1, rate: 1, escapedIssueKeys: ['ENG-5'], featureIssueKeys: ['ENG-3'] },
    ]);
  });

  it('the window is [release date, release date + 7 days): the release instant is in, 7 days later is out', () => {
    const issues = [bug('AT', d(20)), bug('BEFORE', d(20) - 1), bug('LAST', d(27) - 1), bug('AFTER', d(27)), feature('ENG-1', ['v1'])];
    expect(defectEscapeByVersion([version('v1', 20)], issues, settings, clients, noSubtasks)[0]).toMatchObject({ escaped: 2, escapedIssueKeys: ['AT', 'LAST'] });
  });

  it('a bug in the windows of two releases counts for the most recent release before its creation', () => {
    const issues = [bug('ENG-1', d(21)), bug('ENG-2', d(24)), bug('ENG-3', d(26)), feature('ENG-4', ['v1']), feature('ENG-5', ['v2'])];
    expect(defectEscapeByVersion([version('v1', 20), version('v2', 24)], issues, settings, clients, noSubtasks).map((r) => [r.versionId, r.escapedIssueKeys])).toEqual([
      ['v1', ['ENG-1']],
      ['v2', ['ENG-2', 'ENG-3']],
    ]);
  });

  it('found by users: the client team’s reporter, a label, either or both, as configured; bug types and labels compare case-insensitively', () => {
    const byClient = bug('CLIENT', d(21), { labels: [], reporter: { accountId: CLIENT, displayName: 'PO' } });
    const labelled = bug('LABEL', d(21), { labels: ['Client-Reported'], reporter: { accountId: 'dev', displayName: 'Dev' }, issueType: 'bug' });
    const internal = bug('INTERNAL', d(21), { labels: ['regression'], reporter: { accountId: 'qa', displayName: 'QA' } });
    const defect = bug('DEFECT', d(21), { issueType: 'Defect' });
    const both = bug('BOTH', d(21), { labels: ['user-found'], reporter: { accountId: CLIENT, displayName: 'PO' } });
    const issues = [byClient, labelled, internal, defect, both, feature('ENG-1', ['v1'])];
    const keys = (s: Partial<DefectEscapeSettings>) => defectEscapeByVersion([version('v1', 20)], issues, { ...settings, ...s }, clients, noSubtasks)[0]!.escapedIssueKeys;
    expect(keys({ foundBy: 'client-reporter' })).toEqual(['CLIENT', 'BOTH']);
    expect(keys({ foundBy: 'label' })).toEqual(['LABEL', 'BOTH']);
    expect(keys({ foundBy: 'either' })).toEqual(['CLIENT', 'LABEL', 'BOTH']);
    expect(keys({ foundBy: 'both' })).toEqual(['BOTH']);
    expect(keys({ foundBy: 'label', bugTypes: ['BUG', 'defect'] })).toEqual(['LABEL', 'DEFECT', 'BOTH']);
    expect(keys({ foundBy: 'label', windowDays: 0 })).toEqual([]);
  });

  it('features are the version’s other issues: not bugs, Epics or sub-tasks; an issue in two versions counts in each', () => {
    const issues = [
      feature('STORY', ['v1']),
      feature('TASK', ['v1', 'v2', 'v1'], { issueType: 'Task' }),
      feature('EPIC', ['v1'], { issueType: 'Epic' }),
      feature('SUB', ['v1'], { issueType: 'Sub-task', summary: 'sub of STORY' }),
      feature('FIXED-BUG', ['v1'], { issueType: 'Bug' }),
      feature('ELSEWHERE', ['v9']),
    ];
    expect(defectEscapeByVersion([version('v1', 20), version('v2', 40)], issues, settings, clients, noSubtasks).map((r) => [r.versionId, r.featureIssueKeys])).toEqual([
      ['v1', ['STORY', 'TASK']],
      ['v2', ['TASK']],
    ]);
  });

  it('no features shipped → rate null, the escaped bugs still listed; no versions → no rows', () => {
    expect(defectEscapeByVersion([version('v1', 20)], [bug('ENG-1', d(21))], settings, clients, noSubtasks)).toEqual([
      { versionId: 'v1', versionName: 'vv1', releaseDate: d(20), windowEnd: d(27), escaped: 1, features: 0, rate: null, escapedIssueKeys: ['ENG-1'], featureIssueKeys: [] },
    ]);
    expect(defectEscapeByVersion([], [bug('ENG-1', d(21))], settings, clients, noSubtasks)).toEqual([]);
  });
});

it('over the generated demo, each release’s escaped bugs and features equal the test’s own count from the raw data', () => {
  const demo = demoMetricsData();
  const { data } = demo;
  const defaults = defaultHealthSettings().defectEscape;
  const result = defectEscapeByVersion(demo.versions, demo.issues, defaults, demo.clientAccountIds, (i) => demo.subtaskIssueIds.has(i.id));

  const typeName = new Map(data.issueTypes.map((t) => [t.id, t.name]));
  const releases = data.versions.filter((v) => v.released && v.releaseDate).map((v) => ({ id: v.id, at: Date.parse(`${v.releaseDate}T00:00:00Z`) }));
  const expected = releases
    .sort((a, b) => a.at - b.at)
    .map((r) => {
      const escaped = data.issues.filter((raw) => {
        if (typeName.get(raw.fields.issueTypeId) !== 'Bug') return false;
        const byUser = raw.fields.labels.includes('user-found') || raw.fields.labels.includes('client-reported') || demo.clientAccountIds.has(raw.fields.reporterId);
        const created = Date.parse(raw.fields.created);
        const latest = Math.max(...releases.filter((x) => x.at <= created).map((x) => x.at));
        return byUser && latest === r.at && created < r.at + 7 * DAY;
      });
      const features = data.issues.filter((raw) => raw.fields.fixVersionIds.includes(r.id) && !['Bug', 'Epic'].includes(typeName.get(raw.fields.issueTypeId)!));
      return { versionId: r.id, escapedIssueKeys: escaped.map((i) => i.key), featureIssueKeys: features.map((i) => i.key) };
    });
  expect(result.map((r) => ({ versionId: r.versionId, escapedIssueKeys: r.escapedIssueKeys, featureIssueKeys: r.featureIssueKeys }))).toEqual(expected);
  for (const r of result) expect(r.rate).toBe(r.features ? r.escaped / r.features : null);
  // The demo is not trivial: users find bugs after most releases, and each release ships features.
  expect(result.length).toBe(6);
  expect(result.filter((r) => r.escaped > 0).length).toBeGreaterThanOrEqual(4);
  expect(result.every((r) => r.features > 0)).toBe(true);
});
