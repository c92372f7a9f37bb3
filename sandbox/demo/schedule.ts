/**
 * The engagement's calendar: two-week sprints (Monday 08:00 UTC to the Friday of the
 * second week), the active one started a few days before `now`, and a release every
 * two sprints on the Tuesday after the second sprint ends.
 */
import type { SandboxSprint, SandboxVersion } from '../jira/model';
import { BOARD_ID } from './catalog';
import { DAY, HOUR, MINUTE, dayOfWeek, iso, ymd } from './calendar';
import type { Rng } from './random';
import { SPRINT_GOALS } from './words';

export interface SprintPlan {
  id: number;
  index: number; // 1-based
  name: string;
  state: 'future' | 'active' | 'closed';
  goal: string;
  created: number;
  start: number;
  end: number;
  /** When the sprint was completed (closed sprints only). */
  complete: number | null;
}

export interface ReleasePlan {
  id: string;
  name: string;
  /** Sprint indexes whose finished work ships in this release. */
  sprintIndexes: [number, number];
  start: number;
  releaseAt: number;
  released: boolean;
}

export interface Schedule {
  sprints: SprintPlan[];
  active: SprintPlan;
  releases: ReleasePlan[];
  /** Project kick-off, three weeks before sprint 1. */
  kickoff: number;
}

const SPRINT = 14 * DAY;

export function planSchedule(rng: Rng, now: number, closedSprints: number, projectKey: string): Schedule {
  const today = Math.floor(now / DAY);
  let sinceMonday = (dayOfWeek(today) + 6) % 7;
  if (sinceMonday < 2) sinceMonday += 7;
  const activeStart = (today - sinceMonday) * DAY + 8 * HOUR;
  const activeIndex = closedSprints + 1;
  const sprints: SprintPlan[] = [];
  for (let index = 1; index <= activeIndex + 2; index++) {
    const start = activeStart + (index - activeIndex) * SPRINT;
    const end = start + 11 * DAY + 8 * HOUR; // Friday 16:00 UTC
    const state = index < activeIndex ? 'closed' : index === activeIndex ? 'active' : 'future';
    const complete =
      state !== 'closed' ? null : rng.chance(0.2) ? start + SPRINT - rng.int(20, 60) * MINUTE : end + rng.int(15, 150) * MINUTE;
    const planned = index === 1 ? start - 6 * DAY : start - SPRINT + rng.int(1, 9) * DAY;
    const created = Math.min(planned, now - (index - activeIndex + 2) * HOUR);
    sprints.push({ id: index, index, name: `${projectKey} Sprint ${index}`, state, goal: rng.pick(SPRINT_GOALS), created, start, end, complete });
  }
  const active = sprints[activeIndex - 1];
  const first = sprints[0];
  if (!active || !first) throw new Error('schedule needs at least one sprint');
  const releases: ReleasePlan[] = [];
  for (let k = 1; 2 * k - 1 <= activeIndex; k++) {
    const last = sprints[2 * k - 1];
    const firstOfPair = sprints[2 * k - 2];
    if (!last || !firstOfPair) break;
    const releaseAt = last.end + 4 * DAY - 2 * HOUR; // Tuesday 14:00 UTC
    releases.push({
      id: String(10000 + k - 1),
      name: `${2 + Math.floor((k - 1) / 10)}.${(k - 1) % 10}`,
      sprintIndexes: [2 * k - 1, 2 * k],
      start: firstOfPair.start,
      releaseAt,
      released: releaseAt <= now,
    });
  }
  return { sprints, active, releases, kickoff: first.start - 21 * DAY };
}

export function releaseForSprint(schedule: Schedule, sprintIndex: number): ReleasePlan {
  const release = schedule.releases[Math.ceil(sprintIndex / 2) - 1];
  if (!release) throw new Error(`no release for sprint ${sprintIndex}`);
  return release;
}

/** Sprint `id` of the schedule (ids are 1-based indexes). */
export function sprintById(schedule: Schedule, id: number): SprintPlan {
  const sprint = schedule.sprints[id - 1];
  if (!sprint) throw new Error(`no sprint ${id}`);
  return sprint;
}

export function toSandboxSprint(p: SprintPlan): SandboxSprint {
  const out: SandboxSprint = { id: p.id, boardId: BOARD_ID, name: p.name, state: p.state, goal: p.goal, createdDate: iso(p.created) };
  if (p.state !== 'future') {
    out.startDate = iso(p.start);
    out.endDate = iso(p.end);
  }
  if (p.complete !== null) out.completeDate = iso(p.complete);
  return out;
}

export function toSandboxVersion(r: ReleasePlan, projectId: string): SandboxVersion {
  return {
    id: r.id,
    projectId,
    name: r.name,
    description: `Storefront release ${r.name}`,
    released: r.released,
    archived: false,
    startDate: ymd(r.start),
    releaseDate: ymd(r.releaseAt),
  };
}
