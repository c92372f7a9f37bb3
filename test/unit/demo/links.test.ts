/** The demo's "Blocks" links: recorded on both issues, and cases on both sides of the blocker rule's 48 business hours. */
import { countedMsBetween } from '../../../src/domain/calendar/countedTime';
import { demoCalendars } from '../../../sandbox/demo/decisions';
import { generateEngagement } from '../../../sandbox/demo/generate';
import type { SandboxData, SandboxIssue } from '../../../sandbox/jira/model';
import { HOUR, NOW, demo, ms } from './fixtures';

const clock = { mode: 'business', calendar: demoCalendars().delivery } as const;
const businessHours = (since: number, now: number) => countedMsBetween(since, now, clock) / HOUR;
const linkItems = (issue: SandboxIssue) => issue.changelog.flatMap((h) => h.items.filter((i) => i.field === 'Link').map((item) => ({ at: ms(h.created), item })));

function facts(data: SandboxData, now: number) {
  const byId = new Map(data.issues.map((i) => [i.id, i]));
  const category = (i: SandboxIssue) => data.statuses.find((s) => s.id === i.fields.statusId)!.categoryKey;
  const active = data.sprints.find((s) => s.state === 'active')!.id;
  return (data.issueLinks ?? []).map((link) => {
    const blocker = byId.get(link.inwardIssueId)!;
    const blocked = byId.get(link.outwardIssueId)!;
    const added = linkItems(blocked).filter((x) => x.item.to === blocker.key).at(-1)!;
    return { link, blocker, blocked, since: added.at, hours: businessHours(added.at, now), open: category(blocker) !== 'done', inActiveSprint: blocked.fields.sprintIds.includes(active) };
  });
}

describe('demo issue links', () => {
  const data = demo();

  it('records each link on both issues, the way Jira words it', () => {
    for (const { link, blocker, blocked, since } of facts(data, NOW)) {
      expect(link.typeId).toBe('10000');
      expect(linkItems(blocked).at(-1)).toEqual({ at: since, item: expect.objectContaining({ fieldId: 'issuelinks', to: blocker.key, toString: `This issue is blocked by ${blocker.key}` }) });
      expect(linkItems(blocker).at(-1)).toEqual({ at: since, item: expect.objectContaining({ to: blocked.key, toString: `This issue blocks ${blocked.key}` }) });
      expect(ms(blocked.fields.created)).toBeLessThan(since);
      expect(ms(blocker.fields.created)).toBeLessThan(since);
    }
    // A link removed again: its items on both issues, no link now.
    const removed = data.issues.filter((i) => linkItems(i).some((x) => x.item.from !== null));
    expect(removed).toHaveLength(2);
    expect((data.issueLinks ?? []).some((l) => removed.some((i) => i.id === l.inwardIssueId || i.id === l.outwardIssueId))).toBe(false);
  });

  it.each([
    ['the fixtures\' now', NOW, undefined],
    ['a Monday morning', Date.UTC(2025, 9, 13, 7, 0), undefined],
    ['a Sunday night, another seed', Date.UTC(2025, 9, 19, 23, 0), 'other'],
    ['Europe\'s DST change', Date.UTC(2025, 2, 30, 1, 30), undefined],
  ])('at %s: one issue of the active sprint blocked by an open issue past 48 business hours, one within', (_name, now, seed) => {
    const at = now === NOW && seed === undefined ? data : generateEngagement({ now, ...(seed ? { seed } : {}) });
    const links = facts(at, now).filter((f) => f.open && f.inActiveSprint);
    expect(links.some((f) => f.hours > 48)).toBe(true);
    expect(links.some((f) => f.hours < 48)).toBe(true);
    const flagged = at.issues.filter((i) => i.fields.flagged).map((i) => ms(i.changelog.filter((h) => h.items.some((x) => x.fieldId === 'customfield_10021')).at(-1)!.created));
    expect(flagged.some((since) => businessHours(since, now) > 48)).toBe(true);
  });
});
