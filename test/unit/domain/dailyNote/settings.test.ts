import { readablePolicy } from '../../../../src/domain/policy/readable';
import { validatePolicy } from '../../../../src/domain/policy/schema';
import { aPolicy } from '../policyBuilders';

const withIssue = (postToIssueKey: unknown) => ({ ...aPolicy(), dailyNote: { postToIssueKey } });

describe('the daily note’s settings', () => {
  it('default: posted nowhere', () => {
    expect(aPolicy().dailyNote).toEqual({ postToIssueKey: null });
  });

  it('takes an issue key (typed in any case) or null', () => {
    expect(validatePolicy(withIssue('ENG-12'))).toMatchObject({ ok: true, policy: { dailyNote: { postToIssueKey: 'ENG-12' } } });
    expect(validatePolicy(withIssue(' eng-12 '))).toMatchObject({ ok: true, policy: { dailyNote: { postToIssueKey: 'ENG-12' } } });
    expect(validatePolicy(withIssue(null))).toMatchObject({ ok: true });
  });

  it.each(['', 'ENG', 'ENG-0', '12', 'ENG 12', 'ENG-1\n2', `ENG-${'1'.repeat(80)}`, 12])('refuses %p on its field', (value) => {
    expect(validatePolicy(withIssue(value))).toEqual({ ok: false, fields: { 'dailyNote.postToIssueKey': 'Enter the key of an issue of this project, such as ENG-12, or leave it empty to post no note' } });
  });

  it('a stored key that cannot be read is blanked (nothing is posted), a policy from before the setting reads the default', () => {
    const { policy, problems } = readablePolicy(withIssue('\ud800'));
    expect(policy.dailyNote.postToIssueKey).toBeNull();
    expect(problems['dailyNote.postToIssueKey']).toMatch(/^The stored value could not be read, so it is shown empty/);
    const { dailyNote: _gone, ...before } = aPolicy();
    expect(readablePolicy(before)).toMatchObject({ policy: { dailyNote: { postToIssueKey: null } }, problems: {} });
  });
});
