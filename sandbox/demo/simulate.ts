/**
 * Sprint-by-sprint simulation of the engagement: which issues are created when, by
 * whom, which sprints they are planned into, added to after start, removed from,
 * carried over, and whether they are finished. Status timelines come later (timeline.ts).
 */
import type { SandboxUser } from '../jira/model';
import type { Priority, TypeName } from './catalog';
import { DAY, HOUR, MINUTE, workTime } from './calendar';
import { resolutionItem, sprintItem, statusItem } from './changelog';
import { countedHoursBefore, demoCalendars } from './decisions';
import type { Draft } from './draft';
import { CLIENT_TIME_ZONE, DEMO_PEOPLE as P, DELIVERY_TIME_ZONE } from './people';
import type { Rng } from './random';
import { sprintById } from './schedule';
import type { Schedule, SprintPlan } from './schedule';
import { EPIC_NAMES, bugDescription, bugSummary, storyDescription, storySummary, taskSummary } from './words';

type Kind = 'carry' | 'plan' | 'add';
interface Member {
  d: Draft;
  kind: Kind;
}

const FIB: readonly (readonly [number, number])[] = [[1, 10], [2, 20], [3, 28], [5, 25], [8, 12], [13, 5]];
const SMALL: readonly (readonly [number, number])[] = [[1, 30], [2, 35], [3, 25], [5, 10]];
/** The long blocker's age in the delivery team's business hours (7 working days). */
const LONG_BLOCKER_COUNTED_HOURS = 56;

export class Simulation {
  readonly drafts: Draft[] = [];
  private pool: { d: Draft; readyAt: number }[] = [];
  private carry: Draft[] = [];
  private activeMembers: Member[] = [];
  private avgQuota = 1;

  constructor(
    private readonly rng: Rng,
    private readonly s: Schedule,
    private readonly now: number,
  ) {}

  run(issueCount: number): Draft[] {
    const { rng, s } = this;
    const slots = s.active.index;
    const epics = Math.min(EPIC_NAMES.length, Math.max(3, Math.round(issueCount / 80)));
    const guess = (issueCount * 0.85) / slots;
    const future1 = Math.round(guess * 0.6);
    const future2 = Math.round(guess * 0.15);
    const rest = Math.max(0, issueCount - epics - future1 - future2 - Math.round(issueCount * 0.05));
    this.avgQuota = Math.max(1, rest / slots);
    const weights = s.sprints.slice(0, slots).map(() => rng.between(0.85, 1.15));
    const total = weights.reduce((a, b) => a + b, 0);
    const rough = new Set([rng.int(2, slots), rng.int(2, slots)]);
    this.epics(epics);
    let cumulative = 0;
    let assigned = 0;
    for (let i = 0; i < slots; i++) {
      cumulative += ((weights[i] ?? 1) / total) * rest;
      const quota = Math.round(cumulative) - assigned;
      assigned += quota;
      const factor = rough.has(i + 1) ? 0.65 : rng.between(0.9, 1.06);
      this.sprint(sprintById(s, i + 1), quota, factor);
    }
    this.markBlockers(issueCount);
    this.future(future1, future2);
    this.backlog(issueCount - this.drafts.length);
    return this.drafts;
  }

  /** A new issue; its creation time moves into the reporter's working hours within [lo, hi]. */
  private create(type: TypeName, created: number, reporter: SandboxUser, labels: string[] = [], priority?: Priority, lo = created - 2 * DAY, hi = created): Draft {
    const { rng } = this;
    const summary = type === 'Story' ? storySummary(rng) : type === 'Task' ? taskSummary(rng) : bugSummary(rng);
    const estimate =
      type === 'Story' ? rng.weighted(FIB) : type === 'Task' ? (rng.chance(0.3) ? null : rng.weighted(SMALL)) : rng.chance(0.5) ? null : rng.weighted(SMALL);
    const d: Draft = {
      seq: this.drafts.length,
      type,
      summary,
      description: type === 'Story' ? storyDescription(summary) : type === 'Bug' ? bugDescription(summary, reporter.team === 'client') : null,
      labels,
      created: workTime(created, reporter.timeZone, lo, hi),
      reporter,
      assignee: rng.chance(0.3) ? rng.pick([P.dev1, P.dev2, P.dev3, P.dev4, P.dev5]) : null,
      priority: priority ?? rng.weighted<Priority>([['High', 20], ['Medium', 65], ['Low', 15]]),
      estimate,
      sprintField: [],
      chain: [],
      joinedAt: 0,
      outcome: 'todo',
      blockedAt: null,
      awaitingAcceptance: false,
      events: [],
      comments: [],
      status: 'To Do',
      resolvedAt: null,
      storyPoints: estimate,
      fixVersion: null,
      flagged: false,
    };
    this.drafts.push(d);
    return d;
  }

  private planned(created: number): Draft {
    const { rng } = this;
    const type = rng.weighted<TypeName>([['Story', 64], ['Task', 26], ['Bug', 10]]);
    if (type === 'Bug') return this.create('Bug', created, P.qa);
    const reporter =
      type === 'Story'
        ? rng.weighted<SandboxUser>([[P.productOwner, 45], [P.careLead, 8], [P.techLead, 17], [P.projectAdmin, 30]])
        : rng.weighted<SandboxUser>([[P.techLead, 50], [P.projectAdmin, 25], [P.dev2, 15], [P.qa, 10]]);
    return this.create(type, created, reporter);
  }

  private join(d: Draft, sp: SprintPlan, t: number, author: SandboxUser, carry = false): void {
    const to = [...d.sprintField, sp.id];
    d.events.push({ t, authorId: author.accountId, items: [sprintItem(d.sprintField, to, (id) => sprintById(this.s, id).name)] });
    d.sprintField = to;
    if (carry) d.chain.push(sp.id);
    else {
      d.chain = [sp.id];
      d.joinedAt = Math.max(t, sp.start);
    }
  }

  private leave(d: Draft, sp: SprintPlan, t: number, author: SandboxUser): void {
    const to = d.sprintField.filter((id) => id !== sp.id);
    d.events.push({ t, authorId: author.accountId, items: [sprintItem(d.sprintField, to, (id) => sprintById(this.s, id).name)] });
    d.sprintField = to;
    d.chain = [];
  }

  /** A new issue raised during a sprint: most are pulled into it after the start, the rest wait for the next planning. */
  private intake(d: Draft, sp: SprintPlan, members: Member[], limit: number): void {
    if (this.rng.chance(0.6) && d.created + 30 * MINUTE < limit) {
      const t = Math.min(d.created + this.rng.between(20 * MINUTE, 20 * HOUR), limit);
      this.join(d, sp, Math.max(t, sp.start + MINUTE), this.rng.chance(0.5) ? P.techLead : P.projectAdmin);
      members.push({ d, kind: 'add' });
    } else this.pool.push({ d, readyAt: d.created });
  }

  private sprint(sp: SprintPlan, quota: number, factor: number): void {
    const { rng, s, now } = this;
    const prev = sp.index > 1 ? sprintById(s, sp.index - 1) : null;
    const active = sp.state === 'active';
    const limit = active ? now - 2 * HOUR : sp.end - 4 * HOUR;
    const members: Member[] = [];
    for (const d of this.carry) {
      this.join(d, sp, (prev?.complete ?? sp.start) + 1000, P.projectAdmin, true);
      members.push({ d, kind: 'carry' });
    }
    this.carry = [];
    const planLo = Math.max(prev?.complete ?? sp.start - 3 * HOUR, sp.start - 90 * MINUTE) + MINUTE;
    const planAt = () => rng.between(planLo, sp.start - MINUTE);
    const waiting = this.pool;
    this.pool = [];
    for (const p of waiting) {
      if (p.readyAt < planLo - HOUR) {
        this.join(p.d, sp, planAt(), P.projectAdmin);
        members.push({ d: p.d, kind: 'plan' });
      } else this.pool.push(p);
    }
    let left = quota;
    const take = (k: number) => {
      const x = Math.min(left, Math.max(0, k));
      left -= x;
      return x;
    };
    const inSprint = (from: number, to: number) => (to > from ? rng.between(from, to) : null);
    const q = this.avgQuota;
    for (const rel of s.releases) {
      if (rel.releaseAt < sp.start || rel.releaseAt >= sp.start + 14 * DAY || rel.releaseAt > now - 3 * HOUR) continue;
      for (let i = take(Math.max(1, Math.round(q * rng.between(0.03, 0.12)))); i > 0; i--) {
        const [lo, hi] = [rel.releaseAt + HOUR, Math.min(rel.releaseAt + 6.5 * DAY, now - 3 * HOUR)];
        const t = inSprint(lo, hi);
        if (t === null) break;
        const d = this.create('Bug', t, rng.chance(0.4) ? P.productOwner : P.careLead, ['user-found'], rng.chance(0.6) ? 'High' : 'Medium', lo, hi);
        this.intake(d, sp, members, limit);
      }
    }
    const [dLo, dHi] = [sp.start + 2 * HOUR, limit - HOUR];
    const during = (count: number, type: TypeName, reporter: () => SandboxUser, labels: () => string[], priority?: Priority) => {
      for (let i = take(count); i > 0; i--) {
        const t = inSprint(dLo, dHi);
        const d = t === null ? this.create(type, sp.start - rng.between(HOUR, 3 * DAY), reporter(), labels(), priority) : this.create(type, t, reporter(), labels(), priority, dLo, dHi);
        this.intake(d, sp, members, limit);
      }
    };
    if (rng.chance(0.35)) {
      const [lo, hi] = [sp.start + 9 * DAY, Math.min(sp.start + 11 * DAY, now - 3 * HOUR)];
      const t = inSprint(lo, hi);
      if (t !== null && take(1)) this.intake(this.create('Bug', t, P.careLead, ['user-found'], 'Medium', lo, hi), sp, members, limit);
    }
    during(Math.round(q * 0.03), 'Bug', () => P.productOwner, () => ['client-reported']);
    during(Math.round(q * 0.07), 'Bug', () => P.qa, () => (rng.chance(0.3) ? ['regression'] : []));
    during(Math.round(q * 0.03), 'Story', () => (rng.chance(0.6) ? P.productOwner : P.careLead), () => [], 'High');
    for (let i = take(left); i > 0; i--) {
      const created = rng.between(Math.max(s.kickoff, sp.start - 35 * DAY), sp.start - DAY);
      const d = this.planned(Math.max(created, s.kickoff - 5 * DAY));
      this.join(d, sp, planAt(), P.projectAdmin);
      members.push({ d, kind: 'plan' });
    }
    if (active) {
      this.activeMembers = members;
      const frac = Math.min(1, Math.max(0, (now - sp.start) / (sp.end - sp.start)));
      for (const m of members) {
        if (m.kind === 'plan' && now - sp.start > 1.5 * DAY && rng.chance(0.03)) {
          this.leave(m.d, sp, rng.between(Math.max(sp.start, m.d.joinedAt) + 12 * HOUR, now - 2 * HOUR), P.productOwner);
          this.pool.push({ d: m.d, readyAt: now });
          continue;
        }
        const p = m.kind === 'carry' ? Math.min(0.9, 0.3 + 0.8 * frac) : 0.75 * frac;
        m.d.outcome = rng.chance(p) ? 'done' : 'open';
      }
      return;
    }
    for (const m of members) {
      const d = m.d;
      if (m.kind === 'plan' && !d.labels.includes('user-found') && rng.chance(0.04)) {
        const t = rng.between(Math.max(sp.start + DAY, d.joinedAt + HOUR), sp.end - DAY);
        this.leave(d, sp, t, rng.chance(0.5) ? P.productOwner : P.projectAdmin);
        if (rng.chance(0.5)) this.pool.push({ d, readyAt: t });
        continue;
      }
      const p = (m.kind === 'carry' ? 0.88 : m.kind === 'plan' ? 0.8 : 0.7) * factor;
      if (rng.chance(p)) d.outcome = 'done';
      else this.carry.push(d);
    }
  }

  /**
   * Currently flagged blockers in the active sprint, flagged 6 h, 30 h, 50 h and 4 days ago (more at scale),
   * and one flagged 56 business hours of the delivery team ago: past the blocker rule's 48 h in the demo
   * policy's clock, which 4 days of wall time are not.
   */
  private markBlockers(issueCount: number): void {
    const { rng, now } = this;
    const ages = [96, 50, 30, 6];
    for (let extra = Math.floor(issueCount / 1000) - 1; extra > 0; extra--) ages.push(rng.int(2, 120));
    ages.sort((a, b) => b - a);
    for (const age of ages) {
      const at = now - age * HOUR;
      const open = this.activeMembers.filter((m) => m.d.outcome === 'open' && m.d.blockedAt === null && m.d.joinedAt < at - 3 * HOUR);
      const carried = open.filter((m) => m.kind === 'carry');
      const candidates = carried.length && at < this.s.active.start + DAY ? carried : open;
      if (candidates.length) rng.pick(candidates).d.blockedAt = at;
    }
    // An acceptance queue: a few finished stories and bugs wait for the client product owner.
    const ready = this.activeMembers.filter((m) => m.d.outcome === 'open' && m.d.type !== 'Task' && m.d.blockedAt === null && m.d.joinedAt < now - 8 * HOUR);
    for (let n = Math.max(2, Math.round(ready.length * 0.1)); n > 0 && ready.length; n--) {
      ready.splice(rng.int(0, ready.length - 1), 1)[0]!.d.awaitingAcceptance = true;
    }
    this.markLongBlocker();
  }

  /** Its own random stream, so the rest of the demo is what it was before this blocker. */
  private markLongBlocker(): void {
    const at = countedHoursBefore(this.now, LONG_BLOCKER_COUNTED_HOURS, { mode: 'business', calendar: demoCalendars().delivery });
    const open = this.activeMembers.filter((m) => m.d.outcome === 'open' && m.d.blockedAt === null && !m.d.awaitingAcceptance && m.d.joinedAt < at - 3 * HOUR);
    const carried = open.filter((m) => m.kind === 'carry');
    const candidates = carried.length ? carried : open;
    if (candidates.length) this.rng.fork('long-blocker').pick(candidates).d.blockedAt = at;
  }

  private future(count1: number, count2: number): void {
    const { rng, s, now } = this;
    const [f1, f2] = [sprintById(s, s.active.index + 1), sprintById(s, s.active.index + 2)];
    const addAt = (after: number) => (after + HOUR < now - 10 * MINUTE ? rng.between(Math.max(after + HOUR, now - 4 * DAY), now - 10 * MINUTE) : now - MINUTE);
    for (const p of this.pool) if (rng.chance(0.5)) this.join(p.d, f1, addAt(Math.max(p.readyAt, p.d.created)), P.projectAdmin);
    this.pool = [];
    for (const [sp, count] of [[f1, count1], [f2, count2]] as const) {
      for (let i = 0; i < count; i++) {
        const d = this.planned(rng.between(Math.max(s.kickoff, now - 40 * DAY), now - DAY));
        this.join(d, sp, addAt(d.created), P.projectAdmin);
      }
    }
  }

  private backlog(count: number): void {
    const { rng, s, now } = this;
    for (let i = 0; i < count; i++) {
      const d = this.planned(rng.between(s.kickoff, now - HOUR));
      if (d.created > now - 10 * MINUTE) d.created = now - 10 * MINUTE;
    }
  }

  /** Epics live outside sprints: started when their first sprint starts, done a few sprints later. */
  private epics(count: number): void {
    const { rng, s, now } = this;
    const slots = s.active.index;
    for (let j = 0; j < count; j++) {
      const startSprint = sprintById(s, 1 + Math.floor((j * slots) / count));
      const d = this.create('Epic', Math.max(s.kickoff - 5 * DAY, startSprint.start - 10 * DAY), P.productOwner);
      Object.assign(d, { summary: EPIC_NAMES[j] ?? `Epic ${j + 1}`, description: null, estimate: null, storyPoints: null, assignee: P.techLead });
      const started = workTime(startSprint.start + rng.between(HOUR, 2 * DAY), DELIVERY_TIME_ZONE, startSprint.start, now - HOUR);
      if (started > now - HOUR) continue;
      d.events.push({ t: started, authorId: P.techLead.accountId, items: [statusItem('To Do', 'In Progress')] });
      d.status = 'In Progress';
      const endSprint = s.sprints[startSprint.index + rng.int(2, 5)];
      if (!endSprint || endSprint.complete === null) continue;
      const done = workTime(endSprint.complete - rng.between(HOUR, DAY), CLIENT_TIME_ZONE, started + HOUR, endSprint.complete);
      d.events.push({ t: done, authorId: P.productOwner.accountId, items: [statusItem('In Progress', 'Done'), resolutionItem()] });
      d.status = 'Done';
      d.resolvedAt = done;
    }
  }
}
