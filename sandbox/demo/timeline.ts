/**
 * Per-issue finishing: the status timeline inside the issue's sprints (in the actors'
 * working hours), assignees, estimates and re-estimates, backlog ranking, blockers,
 * fix version, priority changes and comments. Every event lands in [created, now].
 */
import type { SandboxUser } from '../jira/model';
import type { Priority, StatusName } from './catalog';
import { DAY, HOUR, MINUTE, workTime } from './calendar';
import {
  assigneeItem, fixVersionItem, flaggedItem, labelsItem, pointsItem, priorityItem, rankItem, resolutionItem, statusItem,
} from './changelog';
import type { Draft } from './draft';
import { DEMO_PEOPLE as P, DEVELOPERS } from './people';
import type { Rng } from './random';
import { releaseForSprint, sprintById } from './schedule';
import type { Schedule } from './schedule';
import { AREA_LABELS, BLOCKER_REASONS, CHANGE_REQUESTS, commentText } from './words';

const FIB = [1, 2, 3, 5, 8, 13];

/** Workflow path of an issue: code review may bounce it back; the client may request changes at acceptance. */
function flow(d: Draft, loop: boolean, rejected: boolean): StatusName[] {
  const review: StatusName[] = loop ? ['In Progress', 'In Review', 'In Progress', 'In Review'] : ['In Progress', 'In Review'];
  if (d.type === 'Task') return [...review, 'Done'];
  const acceptance: StatusName[] = rejected ? ['Ready for Acceptance', 'In Progress', 'In Review', 'Ready for Acceptance'] : ['Ready for Acceptance'];
  return [...review, ...acceptance, 'Done'];
}

/** `t` moved into `who`'s working hours, kept within [lo, hi]. */
const at = (t: number, who: SandboxUser, lo: number, hi: number): number =>
  hi <= lo ? lo : Math.min(hi, Math.max(lo, workTime(Math.min(hi, Math.max(lo, t)), who.timeZone, lo, hi)));

const sortedBetween = (rng: Rng, lo: number, hi: number, n: number): number[] =>
  Array.from({ length: n }, () => rng.between(lo, hi)).sort((a, b) => a - b);

export function finishIssue(d: Draft, s: Schedule, now: number, rng: Rng): void {
  const push = (t: number, author: SandboxUser, ...items: Draft['events'][number]['items']) => d.events.push({ t, authorId: author.accountId, items });
  const firstPlan = d.events.length ? (d.events[0]?.t ?? now) : now;
  let workStart: number | null = null;
  let workEnd: number | null = null;
  let assignee = d.assignee;

  if (d.type !== 'Epic' && d.outcome !== 'todo' && d.chain.length) {
    const chain = d.chain.map((id) => sprintById(s, id));
    const first = chain[0]!;
    const last = chain[chain.length - 1]!;
    const closedDone = d.outcome === 'done' && last.complete !== null;
    const hi = d.blockedAt !== null ? d.blockedAt - HOUR : closedDone ? last.complete! - 20 * MINUTE : now - 30 * MINUTE;
    const lo = d.joinedAt + Math.min(rng.between(20, 240) * MINUTE, (hi - d.joinedAt) * 0.3);
    let steps: StatusName[];
    let times: number[];
    let doneFloor = lo;
    if (d.outcome === 'done' && hi - lo > HOUR) {
      steps = flow(d, rng.chance(0.3), rng.chance(0.12));
      let tIp: number;
      let tDone: number;
      if (chain.length > 1 && last.start > lo) {
        const firstEnd = Math.min(first.complete ?? hi, hi);
        tIp = rng.chance(0.7) ? lo + rng.between(0, 0.8) * (firstEnd - lo) : last.start + rng.between(0, 0.3) * (hi - last.start);
        doneFloor = Math.max(tIp, last.start);
        tDone = doneFloor + rng.between(0.3, 1) * (hi - doneFloor);
      } else {
        tIp = lo + rng.between(0, 0.5) * (hi - lo);
        tDone = tIp + rng.between(0.3, 1) * (hi - tIp);
      }
      times = [tIp, ...sortedBetween(rng, tIp, tDone, steps.length - 2), tDone];
    } else {
      d.outcome = 'open';
      const full = flow(d, false, false);
      const carried = chain.length > 1;
      let k = d.blockedAt !== null ? 1 : d.awaitingAcceptance ? 3 : rng.weighted<number>(carried ? [[1, 30], [2, 25], [3, 45]] : [[0, 25], [1, 30], [2, 20], [3, 25]]);
      k = Math.min(k, full.length - 1);
      if (hi - lo < HOUR) k = 0;
      steps = full.slice(0, k);
      times = sortedBetween(rng, lo, hi, k);
    }
    if (steps.length) {
      let worker: SandboxUser = assignee ?? (d.type === 'Task' && rng.chance(0.1) ? P.qa : rng.pick(DEVELOPERS));
      const selfAssigned = assignee === null ? worker : null;
      const reassignTo = steps.length > 2 && rng.chance(0.08) ? rng.pick(DEVELOPERS.filter((u) => u.accountId !== worker.accountId)) : null;
      let prevStatus: StatusName = 'To Do';
      let prev = -Infinity;
      for (let i = 0; i < steps.length; i++) {
        const status = steps[i]!;
        if (reassignTo && i === 1) {
          const t = at(prev + rng.between(0.1, 0.6) * Math.max(2 * MINUTE, times[1]! - prev), P.techLead, prev + MINUTE, hi - 10 * MINUTE);
          push(t, P.techLead, assigneeItem(worker, reassignTo));
          worker = reassignTo;
          prev = Math.max(prev, t);
        }
        const clientStep = status === 'Done' ? d.type !== 'Task' : prevStatus === 'Ready for Acceptance';
        const author = status === 'Ready for Acceptance' ? P.qa : clientStep ? (rng.chance(0.75) ? P.productOwner : P.careLead) : status === 'Done' ? P.techLead : worker;
        const floor = Math.max(prev + MINUTE, status === 'Done' ? doneFloor + MINUTE : lo);
        const t = at(times[i]!, author, floor, hi);
        times[i] = t;
        push(t, author, statusItem(prevStatus, status), ...(status === 'Done' ? [resolutionItem()] : []));
        if (clientStep && status !== 'Done') d.comments.push({ t: t + 2 * MINUTE, authorId: author.accountId, text: rng.pick(CHANGE_REQUESTS) });
        prev = t;
        prevStatus = status;
      }
      if (selfAssigned) {
        const first = times[0]!;
        push(Math.max(d.created + 1000, at(first - rng.between(1, 90) * MINUTE, selfAssigned, d.created + MINUTE, first - MINUTE)), selfAssigned, assigneeItem(null, selfAssigned));
      }
      assignee = worker;
      d.status = prevStatus;
      workStart = times[0] ?? null;
      workEnd = prev;
      if (prevStatus === 'Done') {
        d.resolvedAt = prev;
        const release = releaseForSprint(s, last.index);
        d.fixVersion = release;
        const vAt = Math.min(prev + rng.between(10 * MINUTE, 2 * DAY), now - MINUTE, release.releaseAt - HOUR);
        push(at(Math.max(vAt, prev + MINUTE), P.projectAdmin, prev + MINUTE, Math.max(prev + MINUTE, vAt)), P.projectAdmin, fixVersionItem(release.id, release.name));
        if (rng.chance(0.07) && workStart !== null && prev - workStart > 4 * HOUR) {
          const on = at(workStart + rng.between(0.05, 0.5) * (prev - workStart), worker, workStart, prev - 2 * HOUR);
          const off = at(on + rng.between(0.2, 0.9) * (prev - on), worker, on + 20 * MINUTE, prev - MINUTE);
          push(on, worker, flaggedItem(true));
          push(off, worker, flaggedItem(false));
          d.comments.push({ t: on + 5 * MINUTE, authorId: worker.accountId, text: rng.pick(BLOCKER_REASONS) });
        }
      }
      if (d.blockedAt !== null) {
        push(d.blockedAt, worker, flaggedItem(true));
        d.flagged = true;
        d.comments.push({ t: d.blockedAt + 10 * MINUTE, authorId: worker.accountId, text: rng.pick(BLOCKER_REASONS) });
      }
    } else if (rng.chance(0.5) && now - 10 * MINUTE > d.joinedAt) {
      const dev = rng.pick(DEVELOPERS);
      if (!assignee) {
        push(at(rng.between(d.joinedAt, now - 10 * MINUTE), P.techLead, d.joinedAt, now - 10 * MINUTE), P.techLead, assigneeItem(null, dev));
        assignee = dev;
      }
    }
  }
  const activityEnd = Math.min(now - MINUTE, Math.max(workEnd ?? firstPlan, d.created + 2 * DAY));

  // Estimates: most are given in refinement after creation; some change later, a few mid-sprint.
  if (d.type !== 'Epic') {
    let points: number | null = d.estimate;
    let estimatedAt = d.created;
    if (points !== null && rng.chance(0.7) && firstPlan - d.created > 2 * HOUR) {
      const who = rng.chance(0.6) ? P.techLead : P.projectAdmin;
      estimatedAt = at(rng.between(d.created + HOUR, firstPlan - 10 * MINUTE), who, d.created + HOUR, firstPlan - 10 * MINUTE);
      push(estimatedAt, who, pointsItem(null, points));
    }
    if (points !== null && rng.chance(0.12)) {
      const duringSprint = d.chain.length > 0 && rng.chance(0.6);
      const lo = duringSprint ? d.joinedAt + HOUR : estimatedAt + MINUTE;
      const hi = duringSprint ? Math.min(sprintById(s, d.chain[0]!).end, workEnd ?? now) - 10 * MINUTE : Math.min(firstPlan, now) - MINUTE;
      if (hi > lo) {
        const i = FIB.indexOf(points);
        const next = FIB[Math.max(0, Math.min(FIB.length - 1, i + (rng.chance(0.65) ? 1 : -1)))]!;
        if (next !== points) {
          push(at(rng.between(lo, hi), P.techLead, lo, hi), P.techLead, pointsItem(points, next));
          points = next;
        }
      }
    }
    d.storyPoints = points;
    if (rng.chance(0.35) && firstPlan - d.created > 2 * HOUR) {
      const label = rng.pick(AREA_LABELS);
      push(at(rng.between(d.created + MINUTE, firstPlan - MINUTE), P.techLead, d.created + MINUTE, firstPlan - MINUTE), P.techLead, labelsItem(d.labels, [...d.labels, label]));
      d.labels = [...d.labels, label];
    }
    // Backlog ranking by the product owner and the delivery manager.
    const ranks = rng.weighted<number>([[2, 5], [3, 10], [4, 15], [5, 20], [6, 20], [7, 15], [8, 10], [9, 5]]);
    const rankEnd = Math.min(activityEnd, workStart ?? activityEnd);
    for (let i = 0; i < ranks && rankEnd > d.created + 2 * MINUTE; i++) {
      const who = rng.chance(0.5) ? P.productOwner : P.projectAdmin;
      push(at(rng.between(d.created + MINUTE, rankEnd), who, d.created + MINUTE, rankEnd), who, rankItem(rng.chance(0.6)));
    }
  }
  if (rng.chance(0.05) && activityEnd > d.created + HOUR) {
    const to = rng.pick((['High', 'Medium', 'Low'] as Priority[]).filter((p) => p !== d.priority));
    push(at(rng.between(d.created + HOUR, activityEnd), P.productOwner, d.created + HOUR, activityEnd), P.productOwner, priorityItem(d.priority, to));
    d.priority = to;
  }
  d.assignee = assignee;
  if (rng.chance(0.12) && activityEnd > d.created + HOUR) {
    const n = rng.int(1, 3);
    for (const t of sortedBetween(rng, d.created + 30 * MINUTE, activityEnd, n)) {
      const client = rng.chance(0.45);
      const author = client
        ? rng.weighted<SandboxUser>([[P.productOwner, 60], [P.careLead, 20], [P.decisionMaker, 12], [P.clientSponsor, 8]])
        : (assignee ?? P.techLead);
      d.comments.push({ t: at(t, author, d.created + 30 * MINUTE, activityEnd), authorId: author.accountId, text: commentText(rng, client) });
    }
  }
}
