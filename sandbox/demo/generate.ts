/**
 * Deterministic demo engagement for the local sandbox.
 *
 * Harborline Outfitters, a US apparel retailer (client, America/New_York), has
 * outsourced the replatforming of its web store to Vistula Software House (delivery
 * team, Europe/Warsaw). Project ENG "Storefront Replatform" runs two-week Scrum
 * sprints on board 1: by default 12 closed sprints, one active sprint that started a
 * few days before `now`, and two future sprints; a release (2.0, 2.1, …) ships every
 * two sprints on a Tuesday, the next one is unreleased.
 *
 * The history is realistic enough for the health metrics: unfinished work carries
 * over, issues are added after a sprint starts and some are removed mid-sprint,
 * estimates change (some during a sprint), customers report `user-found` bugs in the
 * week after each release, the client product owner accepts work from "Ready for
 * Acceptance", and a few blockers are flagged right now (6 h, 30 h, 50 h and 4 days
 * ago, and one 56 business hours of the delivery team ago, so the 48 h escalation rule has
 * cases on both sides in wall and in business hours); a few issues are blocked by others
 * through "Blocks" links (links.ts). People: see people.ts.
 *
 * Same options → identical output (JSON.stringify-equal); every time derives from `now`.
 * Scale: { issueCount: 10000, closedSprints: 60 } gives ~10 000 issues and ~150 000
 * changelog items.
 */
import type { SandboxData } from '../jira/model';
import { FLAGGED_FIELD, ISSUE_TYPES, PROJECT_ID, SPRINT_FIELD, STATUSES, STORY_POINTS_FIELD, TRANSITIONS, demoBoard } from './catalog';
import { buildIssues } from './issues';
import { seedIssueLinks } from './links';
import { DEMO_PEOPLE, demoPermissions, demoUsers } from './people';
import { createRng } from './random';
import { demoGroups, demoProjectRoles, demoRoleActors } from './teams';
import { planSchedule, toSandboxSprint, toSandboxVersion } from './schedule';
import { Simulation } from './simulate';
import { finishIssue } from './timeline';

export { DEMO_PEOPLE, DEMO_TITLES, DEVELOPERS, demoPeopleByRole, CLIENT_TIME_ZONE, DELIVERY_TIME_ZONE } from './people';
export type { DemoPersonKey } from './people';

export interface DemoOptions {
  seed?: string | number;
  /** Epoch ms; every time in the data derives from it. */
  now: number;
  /** Default 500. */
  issueCount?: number;
  /** Default 12. */
  closedSprints?: number;
  /** Default http://localhost:4300 */
  baseUrl?: string;
  /** Default 'ENG'. */
  projectKey?: string;
}

export const DEMO_DEFAULT_SEED = 'engagement-health-demo';
export const DEMO_PROJECT_NAME = 'Storefront Replatform';

export function generateEngagement(options: DemoOptions): SandboxData {
  const { now, seed = DEMO_DEFAULT_SEED, issueCount = 500, closedSprints = 12, baseUrl = 'http://localhost:4300', projectKey = 'ENG' } = options;
  if (!Number.isFinite(now)) throw new Error('generateEngagement: `now` must be epoch milliseconds');
  if (!Number.isInteger(issueCount) || issueCount < 0) throw new Error('generateEngagement: `issueCount` must be a non-negative integer');
  if (!Number.isInteger(closedSprints) || closedSprints < 0) throw new Error('generateEngagement: `closedSprints` must be a non-negative integer');
  const rng = createRng(seed);
  const schedule = planSchedule(rng.fork('schedule'), now, closedSprints, projectKey);
  const drafts = new Simulation(rng.fork('simulation'), schedule, now).run(issueCount);
  const issueRng = rng.fork('issues');
  for (const d of drafts) finishIssue(d, schedule, now, issueRng.fork(d.seq));
  const { issues, sequences } = buildIssues(drafts, projectKey);
  const data: SandboxData = {
    site: { baseUrl, storyPointsFieldId: STORY_POINTS_FIELD, sprintFieldId: SPRINT_FIELD, flaggedFieldId: FLAGGED_FIELD },
    users: demoUsers(),
    projects: [
      { id: PROJECT_ID, key: projectKey, name: DEMO_PROJECT_NAME, leadAccountId: DEMO_PEOPLE.projectAdmin.accountId, permissions: demoPermissions(), roleActors: demoRoleActors() },
    ],
    groups: demoGroups(),
    projectRoles: demoProjectRoles(),
    statuses: STATUSES.map((x) => ({ ...x })),
    issueTypes: ISSUE_TYPES.map((x) => ({ ...x })),
    transitions: TRANSITIONS.map((x) => ({ ...x })),
    boards: [demoBoard(projectKey)],
    sprints: schedule.sprints.map(toSandboxSprint),
    versions: schedule.releases.map((r) => toSandboxVersion(r, PROJECT_ID)),
    issues,
    sequences,
  };
  seedIssueLinks(data, now, rng.fork('links'));
  return data;
}
