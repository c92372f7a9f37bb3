/**
 * A short fault run (the benchmark makes 300 actions): user actions under ~20 % injected Jira
 * faults, then one trigger run — nothing doubled, nothing lost, nothing left pending.
 */
import { faultRun } from '../../bench/faultRun';

jest.setTimeout(240_000);

it('lands every action once under injected Jira faults, and the trigger completes what is pending', async () => {
  const r = await faultRun({ actions: 60, seed: 'fault-run-test' });
  expect(r.actions).toBeGreaterThanOrEqual(60);
  expect(r.jiraFailuresInjected).toBeGreaterThan(r.jiraRequests / 10);
  expect(r.byOutcome.gaveUp).toBe(0);
  expect({ decisions: r.duplicateDecisions, verdicts: r.duplicateVerdicts, comments: r.duplicateComments, missing: r.missingComments, pending: r.pendingAfterTrigger }).toEqual({ decisions: 0, verdicts: 0, comments: 0, missing: 0, pending: 0 });
  expect(r.perKey['acceptance/requestChanges']?.actions ?? 0).toBeGreaterThan(5);
});
