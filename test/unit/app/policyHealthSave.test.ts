/** Saving the health settings through the settings page's use case: refused text saves nothing; an old record reads the defaults. */
import type { UseCaseContext } from '../../../src/app/context';
import { policyView, savePolicy } from '../../../src/app/policy';
import type { StoredPolicy } from '../../../src/app/ports';
import { defaultHealthSettings } from '../../../src/domain/signals/thresholds';
import { unsafeTextMessage } from '../../../src/domain/text';
import { T0 } from '../../support/builders';
import { fakeJira, memoryPolicyStore, useCaseContext } from '../../support/fakePorts';
import { aPolicy, DECISION_MAKER, PRODUCT_OWNER, TECH_LEAD } from '../domain/policyBuilders';

const ADMIN = 'acc-admin';
const people = [TECH_LEAD, PRODUCT_OWNER, DECISION_MAKER].map((accountId) => ({ accountId, displayName: accountId, active: true, accountType: 'atlassian' }));

function context(store: ReturnType<typeof memoryPolicyStore>['store']): UseCaseContext {
  const ports = fakeJira({ grants: { [ADMIN]: ['BROWSE_PROJECTS', 'ADMINISTER_PROJECTS'] } });
  const jira = { ...ports.jira, getPeople: async (ids: string[]) => people.filter((p) => ids.includes(p.accountId)) };
  return { ...useCaseContext(ADMIN, { ...ports, jira }, T0), policies: store };
}

describe('saving the health settings', () => {
  it('saves changed thresholds and names at once, and the view shows them', async () => {
    const { store, saves } = memoryPolicyStore({ policy: aPolicy(), version: 1, history: [] });
    const policy = aPolicy();
    policy.health.thresholds.blockers = { amberHours: 12, redHours: 36 };
    policy.health.defectEscape.bugTypes = ['Bug', 'Defect'];
    const view = await savePolicy(context(store), 'ENG', policy, 1);
    expect(saves).toHaveLength(1);
    expect(view.policy.health).toEqual(policy.health);
    expect(view.history).toHaveLength(1);
    expect(view.history[0]!.kind).toBe('saved');
    expect(view.history[0]!.changes.map((c) => c.path)).toEqual(['health.thresholds.blockers.amberHours', 'health.thresholds.blockers.redHours', 'health.defectEscape.bugTypes']);
    expect(view.history[0]!.changes[2]).toEqual({ path: 'health.defectEscape.bugTypes', before: 'Bug', after: 'Bug, Defect' });
  });

  it('refuses bad text and inverted thresholds with field errors, and stores nothing', async () => {
    const { store, saves } = memoryPolicyStore();
    const policy = aPolicy();
    policy.health.defectEscape.labels = ['user-found', 'client\ud800'];
    policy.health.defectEscape.bugTypes = ['Bug\u0000'];
    policy.health.thresholds.acceptance = { amberFirstPassPercent: 50, redFirstPassPercent: 70 };
    await expect(savePolicy(context(store), 'ENG', policy, 0)).rejects.toMatchObject({
      code: 'invalid',
      fields: {
        'policy.health.defectEscape.labels': unsafeTextMessage('A label'),
        'policy.health.defectEscape.bugTypes': unsafeTextMessage('An issue type name'),
        'policy.health.thresholds.acceptance.redFirstPassPercent': 'Red must be at most the amber percentage: a lower first-pass rate is worse',
      },
    });
    expect(saves).toEqual([]);
  });

  it('shows a policy stored before the health settings existed with their defaults, and nothing unreadable', async () => {
    const { health: _missing, ...old } = aPolicy();
    const { store } = memoryPolicyStore({ policy: old, version: 3, history: [] } as unknown as StoredPolicy);
    const view = await policyView(context(store), 'ENG');
    expect(view.policy.health).toEqual(defaultHealthSettings());
    expect(view.problems).toEqual({});
    expect(view.version).toBe(3);
  });
});
