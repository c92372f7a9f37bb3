import { estimateAt, issueTimeline, sprintIdsAt, statusIdAt } from '../../../../src/domain/metrics/issueTimeline';
import { heldSince, valueAt } from '../../../../src/domain/metrics/fieldHistory';
import { parseEstimate, parseSprintIds, parseStatusId } from '../../../../src/domain/metrics/parseChangeValues';
import { replayFieldBackwards } from '../../../../src/domain/metrics/replayFieldBackwards';
import type { ChangelogEntry } from '../../../../src/domain/types';
import { DAY, DONE, FIELDS, IN_PROGRESS, OTHER_POINTS_FIELD, TODO, entry, issue, pointsChange, sprintChange, statusChange } from './metricsBuilders';

describe('changelog value parsing', () => {
  it('reads sprint ids as comma lists, numbers, brackets or nothing', () => {
    expect(parseSprintIds('12, 13')).toEqual([12, 13]);
    expect(parseSprintIds('12,13,x')).toEqual([12, 13]);
    expect(parseSprintIds('[14]')).toEqual([14]);
    expect(parseSprintIds(15)).toEqual([15]);
    expect(parseSprintIds(null)).toEqual([]);
    expect(parseSprintIds(undefined)).toEqual([]);
    expect(parseSprintIds('')).toEqual([]);
  });
  it('reads estimates and status ids from strings or numbers; empty is null', () => {
    expect(parseEstimate('5.0')).toBe(5);
    expect(parseEstimate(0.5)).toBe(0.5);
    expect(parseEstimate('')).toBeNull();
    expect(parseEstimate('five')).toBeNull();
    expect(parseEstimate(null)).toBeNull();
    expect(parseStatusId(10001)).toBe('10001');
    expect(parseStatusId(' 3 ')).toBe('3');
    expect(parseStatusId(null)).toBeNull();
  });
});

describe('field history', () => {
  const h = [{ since: -Infinity, value: 'a' }, { since: 100, value: 'b' }, { since: 200, value: 'b' }, { since: 300, value: 'c' }];
  it('a change takes effect at its own instant', () => {
    expect(valueAt(h, 99)).toBe('a');
    expect(valueAt(h, 100)).toBe('b');
    expect(valueAt(h, 1e9)).toBe('c');
  });
  it('heldSince spans consecutive segments and is null when the predicate fails', () => {
    expect(heldSince(h, 250, (v) => v === 'b')).toBe(100);
    expect(heldSince(h, 50, (v) => v === 'a')).toBe(-Infinity);
    expect(heldSince(h, 350, (v) => v === 'b')).toBeNull();
  });
  it('replays backwards from the current value by each change’s `from`', () => {
    expect(replayFieldBackwards(5, [{ at: 100, from: null, to: '3' }, { at: 200, from: '3', to: '5' }], parseEstimate)).toEqual([
      { since: -Infinity, value: null },
      { since: 100, value: 3 },
      { since: 200, value: 5 },
    ]);
    // Unknown current value: the newest change's `to` stands in.
    expect(replayFieldBackwards(undefined, [{ at: 100, from: 10000, to: 3 }], parseStatusId)).toEqual([
      { since: -Infinity, value: '10000' },
      { since: 100, value: '3' },
    ]);
  });
});

describe('issueTimeline', () => {
  const story = issue('ENG-1', { sprintIds: [1, 2], points: 8, statusId: DONE });
  const entries: ChangelogEntry[] = [
    // given out of order, with another issue's and another estimate field's entries mixed in
    entry(story, 20 * DAY, sprintChange([1], [1, 2])),
    entry(story, 2 * DAY, pointsChange(null, 3)),
    entry(story, 5 * DAY, sprintChange([], [1])),
    entry(story, 8 * DAY, pointsChange(3, 5), pointsChange(1, 2, OTHER_POINTS_FIELD)),
    entry(story, 12 * DAY, statusChange(TODO, IN_PROGRESS)),
    entry(story, 22 * DAY, pointsChange(5, 8)),
    entry(story, 25 * DAY, statusChange(IN_PROGRESS, DONE)),
    entry(issue('ENG-9', {}), 6 * DAY, sprintChange([], [7])),
  ];
  const t = issueTimeline(story, entries, FIELDS, false);

  it('knows the sprints, estimate and status at any instant', () => {
    expect(sprintIdsAt(t, 0)).toEqual([]);
    expect(sprintIdsAt(t, 5 * DAY)).toEqual([1]);
    expect(sprintIdsAt(t, 21 * DAY)).toEqual([1, 2]);
    expect(estimateAt(t, DAY)).toBeNull();
    expect(estimateAt(t, 3 * DAY)).toBe(3);
    expect(estimateAt(t, 10 * DAY)).toBe(5);
    expect(estimateAt(t, 30 * DAY)).toBe(8);
    expect(statusIdAt(t, 0)).toBe(TODO);
    expect(statusIdAt(t, 13 * DAY)).toBe(IN_PROGRESS);
    expect(statusIdAt(t, 25 * DAY)).toBe(DONE);
  });

  it('without any changelog, the current fields hold for all time (an app installed late still has values)', () => {
    const quiet = issueTimeline(issue('ENG-2', { sprintIds: [4], points: 2, statusId: IN_PROGRESS }), [], FIELDS, false);
    expect(sprintIdsAt(quiet, -1e12)).toEqual([4]);
    expect(estimateAt(quiet, 0)).toBe(2);
    expect(statusIdAt(quiet, 0)).toBe(IN_PROGRESS);
  });

  it('an issue-count board has no estimate; the Sprint field is found by name when its id is unknown', () => {
    const byName = issueTimeline(story, [{ issueId: story.id, id: 'x', authorId: null, at: 5 * DAY, changes: [{ fieldId: 'Sprint', field: 'Sprint', from: null, fromString: null, to: '1', toString: 'S1' }] }], { sprintFieldId: null, estimationFieldId: null }, false);
    expect(sprintIdsAt(byName, 0)).toEqual([]);
    expect(sprintIdsAt(byName, 6 * DAY)).toEqual([1, 2]);
    expect(estimateAt(byName, 6 * DAY)).toBeNull();
  });
});
