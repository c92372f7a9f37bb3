import type { Decision } from '../../src/domain/decisions/types';
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

/** A pending Product & UX decision; override what the test is about. */
export function aDecision(overrides: Partial<Decision> = {}): Decision {
  return {
    id: 'D-1',
    projectKey: 'ENG',
    issueId: '10001',
    issueKey: 'ENG-1',
    category: 'product',
    question: 'Q?',
    optionsConsidered: [],
    raisedBy: 'lead',
    raisedAt: T0,
    ownerIds: ['po'],
    dueAt: T0 + DAY,
    staleAt: T0 + 3 * DAY,
    status: 'pending',
    outcome: null,
    decidedBy: null,
    decidedAt: null,
    approval: null,
    supersedes: null,
    supersededBy: null,
    history: [],
    version: 1,
    ...overrides,
  };
}

export { DAY };
