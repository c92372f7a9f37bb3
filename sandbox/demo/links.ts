/**
 * The demo's "is blocked by" links, recorded as Jira records them (a Link item on both issues), so
 * the blocker rule has cases on both sides of its 48 h in the demo policy's clock (the delivery
 * team's business hours):
 * - an open issue of the active sprint blocked for 60 business hours by another open issue (due),
 * - one blocked for 6 business hours (not yet),
 * - one blocked by an issue finished since (the link no longer blocks),
 * - a link added and removed again (history only, no link now).
 */
import { BLOCKS_LINK_TYPE, linkItem } from '../jira/issueLinks';
import type { SandboxChangeItem, SandboxData, SandboxIssue, SandboxIssueLink } from '../jira/model';
import { HOUR, iso } from './calendar';
import { typeId } from './catalog';
import { countedHoursBefore, demoCalendars } from './decisions';
import { DEMO_PEOPLE as P } from './people';
import type { Rng } from './random';

const FIRST_LINK_ID = 10000;

/** The counted hours before `now` each link was added (and the removed one removed). */
export const DEMO_LINK_AGES = { due: 60, recent: 6, blockerDone: 30, removed: { added: 40, removed: 20 } } as const;

export function seedIssueLinks(data: SandboxData, now: number, rng: Rng): void {
  const active = data.sprints.find((s) => s.state === 'active');
  if (!active) return;
  const clock = { mode: 'business', calendar: demoCalendars().delivery } as const;
  const ago = (hours: number) => countedHoursBefore(now, hours, clock);
  const category = (i: SandboxIssue) => data.statuses.find((s) => s.id === i.fields.statusId)?.categoryKey;
  const statusName = (i: SandboxIssue) => data.statuses.find((s) => s.id === i.fields.statusId)?.name;
  const used = new Set<string>();
  const workItems = data.issues.filter((i) => i.fields.issueTypeId !== typeId('Epic'));
  const existedBy = (t: number) => (i: SandboxIssue) => !used.has(i.id) && Date.parse(i.fields.created) < t - HOUR;
  /** Open in the active sprint, not flagged, not waiting for the client: blocked only by its link. */
  const blockable = (t: number) =>
    workItems.filter((i) => existedBy(t)(i) && i.fields.sprintIds.at(-1) === active.id && category(i) !== 'done' && !i.fields.flagged && statusName(i) !== 'Ready for Acceptance');
  const openBlocker = (t: number) => workItems.filter((i) => existedBy(t)(i) && category(i) !== 'done');
  const pick = (list: SandboxIssue[]) => {
    if (list.length === 0) return undefined;
    const issue = rng.pick(list);
    used.add(issue.id);
    return issue;
  };

  const links: SandboxIssueLink[] = (data.issueLinks ??= []);
  const record = (issue: SandboxIssue, t: number, item: SandboxChangeItem) => {
    issue.changelog.push({ id: String(data.sequences.history++), authorId: P.techLead.accountId, created: iso(t), items: [item] });
    issue.changelog.sort((a, b) => Date.parse(a.created) - Date.parse(b.created));
    if (Date.parse(issue.fields.updated) < t) issue.fields.updated = iso(t);
  };
  /** `blocker` blocks `blocked` from `t` (until `removedAt`, when given). */
  const link = (blocked: SandboxIssue | undefined, blocker: SandboxIssue | undefined, t: number, removedAt?: number) => {
    if (!blocked || !blocker) return;
    record(blocked, t, linkItem(BLOCKS_LINK_TYPE.inward, blocker.key, true));
    record(blocker, t, linkItem(BLOCKS_LINK_TYPE.outward, blocked.key, true));
    if (removedAt === undefined) {
      const id = FIRST_LINK_ID + links.length;
      links.push({ id: String(id), typeId: BLOCKS_LINK_TYPE.id, inwardIssueId: blocker.id, outwardIssueId: blocked.id });
      data.sequences.link = id;
      return;
    }
    record(blocked, removedAt, linkItem(BLOCKS_LINK_TYPE.inward, blocker.key, false));
    record(blocker, removedAt, linkItem(BLOCKS_LINK_TYPE.outward, blocked.key, false));
  };

  const due = ago(DEMO_LINK_AGES.due);
  link(pick(blockable(due)), pick(openBlocker(due)), due);
  const recent = ago(DEMO_LINK_AGES.recent);
  link(pick(blockable(recent)), pick(openBlocker(recent)), recent);
  const finishedAt = ago(DEMO_LINK_AGES.blockerDone);
  const finished = workItems.filter((i) => existedBy(finishedAt)(i) && i.fields.resolutionDate !== null && Date.parse(i.fields.resolutionDate) > finishedAt + HOUR);
  link(pick(blockable(finishedAt)), pick(finished), finishedAt);
  const [added, removed] = [ago(DEMO_LINK_AGES.removed.added), ago(DEMO_LINK_AGES.removed.removed)];
  link(pick(blockable(added)), pick(openBlocker(added)), added, removed);
}
