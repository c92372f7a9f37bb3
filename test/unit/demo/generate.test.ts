import type { EngagementRole } from '../../../sandbox/jira/model';
import { DEMO_PEOPLE, demoPeopleByRole, generateEngagement } from '../../../sandbox/demo/generate';
import { DAY, NOW, demo, ms } from './fixtures';

describe('demo engagement: determinism', () => {
  it('produces identical JSON for the same options and different JSON for another seed', () => {
    const a = JSON.stringify(generateEngagement({ now: NOW, seed: 'alpha', issueCount: 200 }));
    const b = JSON.stringify(generateEngagement({ now: NOW, seed: 'alpha', issueCount: 200 }));
    const c = JSON.stringify(generateEngagement({ now: NOW, seed: 'beta', issueCount: 200 }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('derives every time from `now`', () => {
    const past = Date.UTC(2020, 2, 4, 9, 30);
    const data = generateEngagement({ now: past, issueCount: 150, closedSprints: 4 });
    const times = data.issues.flatMap((i) => [i.fields.created, i.fields.updated, ...i.changelog.map((h) => h.created), ...i.comments.map((c) => c.created)]);
    const ts = times.map(ms);
    expect(Math.max(...ts)).toBeLessThanOrEqual(past);
    expect(Math.min(...ts)).toBeGreaterThan(past - 5 * 14 * DAY - 40 * DAY);
  });

  it('honours issueCount, projectKey and baseUrl', () => {
    const data = generateEngagement({ now: NOW, issueCount: 321, projectKey: 'SHOP', baseUrl: 'http://127.0.0.1:9999' });
    expect(data.issues).toHaveLength(321);
    expect(data.projects[0]!.key).toBe('SHOP');
    expect(data.boards[0]!.projectKey).toBe('SHOP');
    expect(data.issues.map((i) => i.key)).toEqual(Array.from({ length: 321 }, (_, i) => `SHOP-${i + 1}`));
    expect(data.sprints[0]!.name).toBe('SHOP Sprint 1');
    expect(data.site.baseUrl).toBe('http://127.0.0.1:9999');
  });
});

describe('demo engagement: site, people and permissions', () => {
  const data = demo();
  const perms = data.projects[0]!.permissions;

  it('uses the Jira Cloud custom field ids', () => {
    expect(data.site).toEqual({
      baseUrl: 'http://localhost:4300',
      storyPointsFieldId: 'customfield_10016',
      sprintFieldId: 'customfield_10020',
      flaggedFieldId: 'customfield_10021',
    });
    expect(data.boards).toEqual([expect.objectContaining({ id: 1, type: 'scrum', projectKey: 'ENG', estimationFieldId: 'customfield_10016' })]);
  });

  it('names someone for every engagement role, on two teams in two time zones', () => {
    const roles: EngagementRole[] = ['client-product-owner', 'client-decision-maker', 'client-sponsor', 'delivery-tech-lead', 'delivery-sponsor', 'developer', 'project-admin'];
    for (const role of roles) expect(demoPeopleByRole(role).length).toBeGreaterThan(0);
    const client = data.users.filter((u) => u.team === 'client');
    const delivery = data.users.filter((u) => u.team === 'delivery');
    expect(new Set(client.map((u) => u.timeZone))).toEqual(new Set(['America/New_York']));
    expect(new Set(delivery.map((u) => u.timeZone))).toEqual(new Set(['Europe/Warsaw']));
    expect(delivery.filter((u) => u.role === 'developer').length).toBeGreaterThanOrEqual(5);
    expect(new Set(data.users.map((u) => u.accountId)).size).toBe(data.users.length);
    for (const u of data.users) {
      expect(u.accountId).toMatch(/^712020:[0-9a-f-]{36}$/);
      expect(u.emailAddress).toMatch(/@example\.(com|org)$/);
    }
  });

  it('grants permissions by role, and none to the guest', () => {
    const p = DEMO_PEOPLE;
    expect(perms[p.guest.accountId]).toBeUndefined();
    expect(perms[p.clientSponsor.accountId]).toEqual(['BROWSE_PROJECTS', 'ADD_COMMENTS']);
    expect(perms[p.decisionMaker.accountId]).toEqual(['BROWSE_PROJECTS', 'ADD_COMMENTS']);
    for (const who of [p.productOwner, p.techLead, p.dev1, p.qa]) {
      expect(perms[who.accountId]).toEqual(expect.arrayContaining(['BROWSE_PROJECTS', 'ADD_COMMENTS', 'EDIT_ISSUES', 'TRANSITION_ISSUES', 'CREATE_ISSUES']));
      expect(perms[who.accountId]).not.toContain('ADMINISTER_PROJECTS');
    }
    expect(perms[p.projectAdmin.accountId]).toContain('ADMINISTER_PROJECTS');
    expect(data.projects[0]!.leadAccountId).toBe(p.projectAdmin.accountId);
  });

  it('attributes every change to someone allowed to make it', () => {
    for (const issue of data.issues) {
      expect(perms[issue.fields.reporterId]).toContain('CREATE_ISSUES');
      for (const h of issue.changelog) expect(perms[h.authorId]).toContain('EDIT_ISSUES');
      for (const c of issue.comments) expect(perms[c.authorId]).toContain('ADD_COMMENTS');
    }
  });

  it('has the workflow statuses, a transition to each, and the issue types', () => {
    expect(data.statuses.map((s) => [s.name, s.categoryKey])).toEqual([
      ['To Do', 'new'], ['In Progress', 'indeterminate'], ['In Review', 'indeterminate'], ['Ready for Acceptance', 'indeterminate'], ['Done', 'done'],
    ]);
    expect(new Set(data.transitions.map((t) => t.toStatusId))).toEqual(new Set(data.statuses.map((s) => s.id)));
    expect(data.issueTypes.map((t) => t.name).sort()).toEqual(['Bug', 'Epic', 'Story', 'Task']);
    const columns = data.boards[0]!.columns.flatMap((c) => c.statusIds);
    expect(new Set(columns)).toEqual(new Set(data.statuses.map((s) => s.id)));
  });
});
