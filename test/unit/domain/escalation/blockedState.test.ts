import { blockSources, type BlockerSettings } from '../../../../src/domain/escalation/blockedState';
import { blockerClock } from '../../../../src/domain/escalation/clocks';
import { aScannedIssue, anEscalationPolicy, at, BLOCKED_STATUS, IN_PROGRESS, UNBLOCKER } from './escalationBuilders';

const all: BlockerSettings = { enabled: true, flagged: true, blockedStatusIds: [BLOCKED_STATUS, '10006'], blockedByLinks: true };
const names = new Map([[BLOCKED_STATUS, 'Blocked'], [IN_PROGRESS, 'In Progress']]);
const NOW = at('2026-10-30T12:00:00Z');
const T1 = at('2026-10-20T08:00:00Z');
const T2 = at('2026-10-22T08:00:00Z');
const T3 = at('2026-10-26T08:00:00Z');

describe('blockSources', () => {
  it('is not blocked with no flag, no blocked status and no open link', () => {
    const issue = aScannedIssue({ blockedBy: [{ issueKey: 'ENG-9', since: T1, assigneeId: UNBLOCKER, done: true }] });
    expect(blockSources(issue, all, names, NOW)).toEqual({ sources: [], blockedSince: null });
  });

  it('counts the flag since it was last set, unless the settings leave flags out', () => {
    const issue = aScannedIssue({ flaggedSince: T2 });
    expect(blockSources(issue, all, names, NOW)).toEqual({ sources: [{ kind: 'flagged', since: T2 }], blockedSince: T2 });
    expect(blockSources(issue, { ...all, flagged: false }, names, NOW)).toEqual({ sources: [], blockedSince: null });
  });

  it('counts a blocked status since it was entered, naming it (its id when the name is unknown)', () => {
    const issue = aScannedIssue({ statusId: [{ since: -Infinity, value: IN_PROGRESS }, { since: T2, value: BLOCKED_STATUS }] });
    expect(blockSources(issue, all, names, NOW).sources).toEqual([{ kind: 'status', since: T2, statusId: BLOCKED_STATUS, statusName: 'Blocked' }]);
    expect(blockSources(issue, all, new Map(), NOW).sources).toEqual([{ kind: 'status', since: T2, statusId: BLOCKED_STATUS, statusName: BLOCKED_STATUS }]);
  });

  it('reads the status at `now`: before the issue entered the blocked status, or after it left, it is not blocked', () => {
    const issue = aScannedIssue({ statusId: [{ since: -Infinity, value: IN_PROGRESS }, { since: T2, value: BLOCKED_STATUS }, { since: T3, value: IN_PROGRESS }] });
    expect(blockSources(issue, all, names, T2 - 1).blockedSince).toBeNull();
    expect(blockSources(issue, all, names, T3 - 1).blockedSince).toBe(T2);
    expect(blockSources(issue, all, names, NOW).blockedSince).toBeNull();
  });

  it('keeps one episode while the issue moves from one blocked status to another', () => {
    const issue = aScannedIssue({ statusId: [{ since: -Infinity, value: IN_PROGRESS }, { since: T2, value: BLOCKED_STATUS }, { since: T3, value: '10006' }] });
    expect(blockSources(issue, all, names, NOW).sources).toEqual([{ kind: 'status', since: T2, statusId: '10006', statusName: '10006' }]);
  });

  it('takes the creation for a blocked status held since before any recorded change, and leaves it out when the creation is unknown', () => {
    const history = [{ since: -Infinity, value: BLOCKED_STATUS }];
    expect(blockSources(aScannedIssue({ statusId: history, created: T1 }), all, names, NOW).blockedSince).toBe(T1);
    expect(blockSources(aScannedIssue({ statusId: history }), all, names, NOW)).toEqual({ sources: [], blockedSince: null });
  });

  it('counts each "is blocked by" link to an issue not done, unless the settings leave links out', () => {
    const issue = aScannedIssue({
      blockedBy: [
        { issueKey: 'ENG-7', since: T1, assigneeId: null, done: true },
        { issueKey: 'ENG-8', since: T3, assigneeId: UNBLOCKER, done: false },
      ],
    });
    expect(blockSources(issue, all, names, NOW)).toEqual({ sources: [{ kind: 'link', since: T3, issueKey: 'ENG-8', assigneeId: UNBLOCKER }], blockedSince: T3 });
    expect(blockSources(issue, { ...all, blockedByLinks: false }, names, NOW).blockedSince).toBeNull();
  });

  it('starts the episode at the earliest source still blocking: flag, then status, then links', () => {
    const issue = aScannedIssue({
      flaggedSince: T3,
      statusId: [{ since: -Infinity, value: IN_PROGRESS }, { since: T2, value: BLOCKED_STATUS }],
      blockedBy: [{ issueKey: 'ENG-8', since: T1, assigneeId: UNBLOCKER, done: false }],
    });
    const state = blockSources(issue, all, names, NOW);
    expect(state.sources.map((s) => s.kind)).toEqual(['flagged', 'status', 'link']);
    expect(state.blockedSince).toBe(T1);
  });
});

describe('blockerClock', () => {
  it('counts the delivery team’s hours on a business clock; wall and overlap as the policy says', () => {
    const business = anEscalationPolicy();
    expect(blockerClock(business)).toEqual({ mode: 'business', calendar: business.calendars.delivery });
    expect(business.calendars.delivery.timeZone).toBe('Europe/Warsaw');
    expect(blockerClock(anEscalationPolicy({ clockMode: 'wall' }))).toEqual({ mode: 'wall' });
    const overlap = anEscalationPolicy({ clockMode: 'overlap' });
    expect(blockerClock(overlap)).toEqual({ mode: 'overlap', window: { start: '14:00', end: '18:00' }, calendars: [overlap.calendars.client, overlap.calendars.delivery] });
  });
});
