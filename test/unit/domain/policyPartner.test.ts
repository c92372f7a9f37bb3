/**
 * The policy's partner-signal settings (`health.partner`): the idea and problem types validated as
 * the defect escape's bug types are, and how a stored policy reads them back. Its thresholds are in
 * healthSettings.test.ts with the others.
 */
import { readablePolicy } from '../../../src/domain/policy/readable';
import { validatePolicy } from '../../../src/domain/policy/schema';
import type { EngagementPolicy } from '../../../src/domain/policy/types';
import { unsafeTextMessage } from '../../../src/domain/text';
import { aPolicy } from './policyBuilders';

const P = 'health.partner';

const withPartner = (partner: unknown): EngagementPolicy => {
  const policy = structuredClone(aPolicy()) as unknown as { health: Record<string, unknown> };
  if (partner === undefined) delete policy.health.partner;
  else policy.health.partner = partner;
  return policy as unknown as EngagementPolicy;
};
const refused = (partner: unknown) => {
  const result = validatePolicy(withPartner(partner));
  if (result.ok) throw new Error(`expected ${JSON.stringify(partner)} to be refused`);
  return result.fields;
};

describe('the partner signal’s idea and problem types', () => {
  it('default to Story, Improvement and Bug, and pass validation', () => {
    expect(aPolicy().health.partner).toEqual({ ideaTypes: ['Story', 'Improvement', 'Bug'] });
    expect(validatePolicy(aPolicy()).ok).toBe(true);
  });

  it('accepts names, trimmed', () => {
    const result = validatePolicy(withPartner({ ideaTypes: [' Idea ', 'Problem', 'Ошибка 🐞'] }));
    expect(result.ok && result.policy.health.partner.ideaTypes).toEqual(['Idea', 'Problem', 'Ошибка 🐞']);
  });

  it('needs at least one type, each of 1–60 characters, named once (any case), at most 20', () => {
    expect(refused({ ideaTypes: [] })).toEqual({ [`${P}.ideaTypes`]: 'Name at least one issue type that is a new idea or problem' });
    for (const bad of ['', '  ', 'x'.repeat(61), 7, null]) expect(refused({ ideaTypes: [bad] })).toEqual({ [`${P}.ideaTypes`]: 'Enter issue type names of 1 to 60 characters' });
    expect(refused({ ideaTypes: ['Story', 'story '] })).toEqual({ [`${P}.ideaTypes`]: 'Each issue type can be named only once' });
    expect(refused({ ideaTypes: 'Story' })).toEqual({ [`${P}.ideaTypes`]: 'Name the issue types that are new ideas and problems' });
    expect(refused({ ideaTypes: Array.from({ length: 21 }, (_, i) => `t${i}`) })).toEqual({ [`${P}.ideaTypes`]: 'Name at most 20 issue types' });
  });

  it.each(['Story\u0000', 'Story\ud800', 'Story\nBug'])('refuses %j with the text rule’s message, on the list', (bad) => {
    expect(refused({ ideaTypes: ['Bug', bad] })).toEqual({ [`${P}.ideaTypes`]: unsafeTextMessage('An issue type name') });
  });

  it('is a required, strict section', () => {
    expect(refused(undefined)).toEqual({ [P]: 'Set the partner signal settings' });
    expect(refused('Story')).toEqual({ [P]: 'Set the partner signal settings' });
    expect(refused({ ideaTypes: ['Story'], colour: 'green' })).toEqual({ [`${P}.colour`]: 'This setting is not known' });
  });
});

describe('the partner settings of a stored policy, read back', () => {
  it('a policy saved before they existed reads the defaults, with no problems', () => {
    const { policy, problems } = readablePolicy(withPartner(undefined));
    expect(problems).toEqual({});
    expect(policy.health.partner).toEqual({ ideaTypes: ['Story', 'Improvement', 'Bug'] });
  });

  it('a name that cannot be read is left out; a list left unusable reads its default', () => {
    const kept = readablePolicy(withPartner({ ideaTypes: ['Story', 'x\u0000', 'Idea'] }));
    expect(kept.policy.health.partner.ideaTypes).toEqual(['Story', 'Idea']);
    expect(Object.keys(kept.problems)).toEqual([`${P}.ideaTypes.1`]);
    const emptied = readablePolicy(withPartner({ ideaTypes: ['\ud800'] }));
    expect(emptied.policy.health.partner.ideaTypes).toEqual(['Story', 'Improvement', 'Bug']);
    expect(emptied.problems[`${P}.ideaTypes`]).toBe('The stored value could not be read, so the default is shown: Name at least one issue type that is a new idea or problem');
  });
});
