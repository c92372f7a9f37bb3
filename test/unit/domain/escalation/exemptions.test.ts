import { isExempt } from '../../../../src/domain/escalation/exemptions';
import { defaultEscalationSettings } from '../../../../src/domain/escalation/settings';

const exemptions = { labels: ['no-escalation', 'vendor-internal'], issueTypes: ['Epic', 'sub-task'], statusIds: ['10010'] };
const story = { labels: [] as string[], issueType: 'Story', statusId: '3' };

describe('isExempt', () => {
  it('is null for an issue none of the exemptions name', () => {
    expect(isExempt(story, exemptions)).toBeNull();
    expect(isExempt({ ...story, statusId: null }, exemptions)).toBeNull();
  });

  it('exempts by label, exactly as Jira spells labels', () => {
    expect(isExempt({ ...story, labels: ['backend', 'vendor-internal'] }, exemptions)).toBe('label "vendor-internal"');
    expect(isExempt({ ...story, labels: ['No-Escalation'] }, exemptions)).toBeNull();
    expect(isExempt({ ...story, labels: ['no-escalation'] }, defaultEscalationSettings().exemptions)).toBe('label "no-escalation"');
  });

  it('exempts by issue type, whatever the case', () => {
    expect(isExempt({ ...story, issueType: 'epic' }, exemptions)).toBe('issue type "epic"');
    expect(isExempt({ ...story, issueType: 'Sub-task' }, exemptions)).toBe('issue type "Sub-task"');
  });

  it('exempts by status id', () => {
    expect(isExempt({ ...story, statusId: '10010' }, exemptions)).toBe('status 10010');
    expect(isExempt({ ...story, statusId: '1001' }, exemptions)).toBeNull();
  });

  it('gives the label first when several exemptions apply', () => {
    expect(isExempt({ labels: ['no-escalation'], issueType: 'Epic', statusId: '10010' }, exemptions)).toBe('label "no-escalation"');
    expect(isExempt({ labels: [], issueType: 'Epic', statusId: '10010' }, exemptions)).toBe('issue type "Epic"');
  });
});
