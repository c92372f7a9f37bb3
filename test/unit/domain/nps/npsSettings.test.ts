import { defaultPolicy, withPolicyDefaults } from '../../../../src/domain/policy/defaults';
import { readablePolicy } from '../../../../src/domain/policy/readable';
import { validatePolicy } from '../../../../src/domain/policy/schema';
import { aPolicy } from '../policyBuilders';
import { isNpsFieldPlaced, npsDraftFrom, npsFromDraft, npsPathLabel } from '../../../../static/settings/src/policy/npsDraft';

describe('the policy’s survey settings (nps)', () => {
  it('default to a 14-day window; a policy saved before them reads the default', () => {
    expect(defaultPolicy().nps).toEqual({ windowDays: 14 });
    const { nps: _gone, ...older } = defaultPolicy();
    expect(withPolicyDefaults(older).nps).toEqual({ windowDays: 14 });
  });

  it('take whole days from 1 to 90', () => {
    for (const windowDays of [1, 14, 90]) expect(validatePolicy({ ...aPolicy(), nps: { windowDays } }).ok).toBe(true);
    for (const windowDays of [0, 91, 7.5, '14', null]) {
      expect(validatePolicy({ ...aPolicy(), nps: { windowDays } })).toEqual({ ok: false, fields: { 'nps.windowDays': 'Enter the survey window in whole days, from 1 to 90' } });
    }
    expect(validatePolicy({ ...aPolicy(), nps: { windowDays: 14, colour: 'red' } })).toEqual({ ok: false, fields: { 'nps.colour': 'This setting is not known' } });
  });

  it('a stored window that cannot be read shows the default, named in the problems', () => {
    const { policy, problems } = readablePolicy({ ...defaultPolicy(), nps: { windowDays: 500 } });
    expect(policy.nps.windowDays).toBe(14);
    expect(problems).toEqual({ 'nps.windowDays': 'The stored value could not be read, so the default is shown: Enter the survey window in whole days, from 1 to 90' });
  });

  it('the settings form edits it as text and names its path', () => {
    expect(npsDraftFrom({ windowDays: 21 })).toEqual({ windowDays: '21' });
    const fields: Record<string, string> = {};
    expect(npsFromDraft({ windowDays: ' 30 ' }, fields)).toEqual({ windowDays: 30 });
    expect(fields).toEqual({});
    npsFromDraft({ windowDays: '' }, fields);
    expect(fields).toEqual({ 'policy.nps.windowDays': 'Enter a number of days, 1–90.' });
    expect(isNpsFieldPlaced('policy.nps.windowDays')).toBe(true);
    expect(isNpsFieldPlaced('policy.nps.colour')).toBe(false);
    expect(npsPathLabel('nps.windowDays')).toBe('Engagement survey · Open for the first (days of each quarter)');
    expect(npsPathLabel('teams.client')).toBeUndefined();
  });
});
