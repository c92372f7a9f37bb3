import { acceptanceGate } from '../../../src/app/acceptance/gate';
import type { AcceptanceStore, PolicyStore } from '../../../src/app/ports';
import type { ChangelogEntry } from '../../../src/domain/types';
import { anIssue, T0 } from '../../support/builders';
import { fakeJira } from '../../support/fakePorts';
import { aPolicy } from '../domain/policyBuilders';

const HOUR = 3_600_000;
const ACCEPTOR = 'acc-client-po';
/** A workflow where two statuses are named Done (Jira allows it: statuses are identified by id). */
const STATUSES = [
  { id: '10000', name: 'To Do', category: 'new' as const },
  { id: '3', name: 'In Progress', category: 'indeterminate' as const },
  { id: '10003', name: 'Ready for Acceptance', category: 'indeterminate' as const },
  { id: '10001', name: 'Done', category: 'done' as const },
  { id: '10099', name: 'Done', category: 'done' as const },
];

function gateDeps() {
  const issue = anIssue({ key: 'ENG-42', id: '10042', status: 'Ready for Acceptance', statusCategory: 'indeterminate' });
  const ports = fakeJira({ issues: [issue] });
  ports.jira.getProjectStatuses = async () => STATUSES;
  const entered: ChangelogEntry = {
    issueId: issue.id,
    id: '1',
    authorId: null,
    at: T0 - HOUR,
    changes: [{ fieldId: 'status', field: 'status', from: '3', fromString: 'In Progress', to: '10003', toString: 'Ready for Acceptance' }],
  };
  ports.jira.fetchChangelogs = async () => [entered];
  const policy = { ...aPolicy({ acceptorIds: [ACCEPTOR] }), acceptance: { readyStatus: 'Ready for Acceptance', returnStatus: 'In Progress', gateEnabled: true } };
  const policies: PolicyStore = { get: async () => ({ policy, version: 1, history: [] }), save: async () => false };
  const acceptance: AcceptanceStore = { get: async () => undefined, listByProject: async () => [], save: async () => false };
  return { jira: ports.jira, policies, acceptance };
}

describe('acceptanceGate (the workflow validator), statuses by id', () => {
  const waiting = { result: false, errorMessage: `Waiting for acceptance by the client: ask Person ${ACCEPTOR}` };

  it('keeps work awaiting acceptance out of every status in the Done category, whatever it is named', async () => {
    expect(await acceptanceGate(gateDeps(), 'ENG-42', '10001')).toEqual(waiting);
    expect(await acceptanceGate(gateDeps(), 'ENG-42', '10099')).toEqual(waiting);
  });

  it('refuses a target status it cannot find among the project’s statuses, saying why', async () => {
    expect(await acceptanceGate(gateDeps(), 'ENG-42', '10500')).toEqual({
      result: false,
      errorMessage: "Engagement Health cannot tell whether status 10500 is Done; ask your Jira admin to check that it belongs to this project's workflow",
    });
  });

  it('lets work move back into the workflow', async () => {
    expect(await acceptanceGate(gateDeps(), 'ENG-42', '3')).toEqual({ result: true });
  });
});
