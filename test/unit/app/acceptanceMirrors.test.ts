import { repairAcceptanceMirrors, writeAcceptanceMirror } from '../../../src/app/acceptance/mirror';
import type { AcceptanceStore } from '../../../src/app/ports';
import { ACCEPTANCE_PROPERTY_KEY, acceptanceMirror } from '../../../src/domain/acceptance/mirror';
import type { AcceptanceRecord } from '../../../src/domain/acceptance/types';
import { fakeJira } from '../../support/fakePorts';
import { record, verdict } from '../domain/acceptanceBuilders';

function acceptanceStore(records: AcceptanceRecord[]): AcceptanceStore {
  return {
    get: async (_project, issueId) => records.find((r) => r.issueId === issueId),
    listByProject: async () => records,
    save: () => Promise.reject(new Error('the mirror repair must not write verdicts')),
  };
}

/** A Jira whose issue properties are a map by key; search finds the issues whose acceptanceState is set. */
function jiraWithProperties(initial: Record<string, unknown>) {
  const ports = fakeJira({});
  const properties = new Map(Object.entries(initial));
  const writes: string[] = [];
  ports.jira.searchIssueProperty = async (jql, propertyKey) => {
    expect(jql).toBe('project = "ENG" AND acceptanceState is not EMPTY');
    expect(propertyKey).toBe(ACCEPTANCE_PROPERTY_KEY);
    return [...properties]
      .filter(([, value]) => (value as { state?: unknown } | null)?.state != null)
      .map(([issueKey, value]) => ({ issueId: issueKey.replace('ENG-', ''), issueKey, value }));
  };
  ports.jira.setIssueProperty = async (issueKey, propertyKey, value) => {
    expect(propertyKey).toBe(ACCEPTANCE_PROPERTY_KEY);
    writes.push(issueKey);
    properties.set(issueKey, structuredClone(value));
  };
  return { jira: ports.jira, properties, writes };
}

describe('repairAcceptanceMirrors (hourly)', () => {
  const accepted = record('1', [verdict({ verdict: 'accepted' })]);
  const rejected = record('2', [verdict({ verdict: 'changes-requested', feedback: 'No.' })]);

  it('writes the missing mirrors, rewrites forged ones (also where no verdict exists), then, run again, writes nothing', async () => {
    const jira = jiraWithProperties({ 'ENG-2': { state: 'accepted' }, 'ENG-3': { state: 'accepted' } });
    const deps = { jira: jira.jira, acceptance: acceptanceStore([accepted, rejected]) };
    expect(await repairAcceptanceMirrors(deps, 'ENG')).toEqual({ rewritten: ['ENG-1', 'ENG-2', 'ENG-3'], failures: [] });
    expect(jira.properties.get('ENG-1')).toEqual(acceptanceMirror(accepted));
    expect(jira.properties.get('ENG-2')).toEqual(acceptanceMirror(rejected));
    expect(jira.properties.get('ENG-3')).toEqual({ state: null, round: null, verdictAt: null });
    expect(await repairAcceptanceMirrors(deps, 'ENG')).toEqual({ rewritten: [], failures: [] });
  });

  it('one issue that cannot be written is reported; the others are still repaired', async () => {
    const jira = jiraWithProperties({});
    const set = jira.jira.setIssueProperty;
    jira.jira.setIssueProperty = async (issueKey, key, value) => {
      if (issueKey === 'ENG-1') throw new Error('Issue does not exist or you do not have permission to see it.');
      return set(issueKey, key, value);
    };
    expect(await repairAcceptanceMirrors({ jira: jira.jira, acceptance: acceptanceStore([accepted, rejected]) }, 'ENG')).toEqual({
      rewritten: ['ENG-2'],
      failures: [{ issueKey: 'ENG-1', message: 'Issue does not exist or you do not have permission to see it.' }],
    });
  });
});

describe('writeAcceptanceMirror (on every verdict)', () => {
  it('writes what the record says; a failed write is logged, not thrown (the verdict is stored, the hourly repair retries)', async () => {
    const jira = jiraWithProperties({});
    expect(await writeAcceptanceMirror({ jira: jira.jira }, record('7', [verdict({})]))).toBe(true);
    expect(jira.properties.get('ENG-7')).toEqual({ state: 'accepted', round: 1, verdictAt: '2026-01-12T15:00:00.000Z' });

    jira.jira.setIssueProperty = async () => {
      throw new Error('Jira is unavailable');
    };
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(await writeAcceptanceMirror({ jira: jira.jira }, record('7', [verdict({})]))).toBe(false);
      expect(warn).toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});
