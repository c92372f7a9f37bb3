import type { Issue, Sprint } from '../../src/domain/types';

const DAY = 86_400_000;
export const T0 = Date.UTC(2026, 10, 2, 9, 0); // Monday 2 Nov 2026, 09:00 UTC

let nextIssue = 1;
/** An issue with sensible defaults; override what the test is about. */
export function anIssue(overrides: Partial<Issue> = {}): Issue {
  const n = nextIssue++;
  return {
    id: String(10000 + n),
    key: `ENG-${n}`,
    projectKey: 'ENG',
    summary: `Issue ${n}`,
    issueType: 'Story',
    status: 'To Do',
    statusCategory: 'new',
    storyPoints: 3,
    created: T0 - 10 * DAY,
    updated: T0,
    resolutionDate: null,
    labels: [],
    assignee: null,
    reporter: null,
    sprintIds: [],
    fixVersionIds: [],
    flagged: false,
    ...overrides,
  };
}

export function aSprint(overrides: Partial<Sprint> = {}): Sprint {
  return {
    id: 1,
    boardId: 1,
    name: 'ENG Sprint 1',
    state: 'closed',
    goal: null,
    startDate: T0,
    endDate: T0 + 14 * DAY,
    completeDate: T0 + 14 * DAY,
    ...overrides,
  };
}

export { DAY };
