import { gateMessage, gateVerdict, unknownStatusMessage, type GateInput } from '../../../src/domain/acceptance/gate';
import { accepted, done, HOUR, inProgress, inReady, READY, rejected, T0 } from './acceptanceBuilders';

const gate = (overrides: Partial<GateInput>): ReturnType<typeof gateVerdict> =>
  gateVerdict({
    record: undefined,
    facts: inReady(T0),
    ready: READY,
    settings: { readyStatus: 'Ready for Acceptance', returnStatus: 'In Progress', gateEnabled: true },
    toStatusCategory: 'done',
    toStatusId: '10001',
    acceptorNames: ['Emily Carter'],
    ...overrides,
  });

const REFUSED = { result: false, errorMessage: 'Waiting for acceptance by the client: ask Emily Carter' };

describe('gateVerdict', () => {
  it('refuses Done for work awaiting acceptance, naming who to ask', () => {
    expect(gate({})).toEqual(REFUSED);
    expect(gate({ acceptorNames: ['Emily Carter', 'Jordan Ellis'] })).toEqual({ result: false, errorMessage: 'Waiting for acceptance by the client: ask Emily Carter or Jordan Ellis' });
  });

  it('asks for an acceptor to be named when the settings name none', () => {
    expect(gate({ acceptorNames: [] })).toEqual({ result: false, errorMessage: 'Waiting for acceptance by the client: name a customer acceptor in the project settings' });
    expect(gateMessage(['  '])).toBe('Waiting for acceptance by the client: name a customer acceptor in the project settings');
  });

  it('refuses Done for work not ready, with changes requested, or re-submitted after an acceptance', () => {
    expect(gate({ facts: inProgress() })).toEqual(REFUSED);
    expect(gate({ record: rejected(undefined, T0, T0 + HOUR), facts: inProgress(T0) })).toEqual(REFUSED);
    expect(gate({ record: accepted(undefined, T0, T0 + HOUR), facts: inReady(T0 + 5 * HOUR) })).toEqual(REFUSED);
  });

  it('allows Done once accepted', () => {
    expect(gate({ record: accepted(undefined, T0, T0 + HOUR), facts: inReady(T0) })).toEqual({ result: true });
    const twice = accepted(rejected(undefined, T0, T0 + HOUR), T0 + 2 * HOUR, T0 + 3 * HOUR);
    expect(gate({ record: twice, facts: inReady(T0 + 2 * HOUR) })).toEqual({ result: true });
  });

  it('allows everything with the gate off', () => {
    expect(gate({ settings: { readyStatus: null, returnStatus: null, gateEnabled: false } })).toEqual({ result: true });
    expect(gate({ settings: { readyStatus: null, returnStatus: null, gateEnabled: false }, facts: inProgress() })).toEqual({ result: true });
  });

  it('allows transitions into statuses outside the Done category', () => {
    expect(gate({ toStatusCategory: 'indeterminate', toStatusId: '3' })).toEqual({ result: true });
    expect(gate({ toStatusCategory: 'new', toStatusId: '10000', facts: inProgress() })).toEqual({ result: true });
  });

  it('cannot apply when the ready status is the Done category itself (work only awaits acceptance once done)', () => {
    expect(gate({ ready: { name: 'Done', isDoneCategory: true, ids: ['10001'] }, facts: inProgress() })).toEqual({ result: true });
  });

  it('allows moves between Done-category statuses: the issue is already done', () => {
    expect(gate({ facts: done(null) })).toEqual({ result: true });
  });

  it('reads only the record it is given: without one, an issue in the ready status is refused', () => {
    // The app passes the record from app storage; an issue property claiming acceptance never reaches this check.
    expect(gate({ record: undefined, facts: inReady(T0) })).toEqual(REFUSED);
  });

  it('refuses a move into a status it cannot classify, saying why, rather than guessing it is not Done', () => {
    const unknown = { toStatusCategory: null, toStatusId: '10099' };
    const message = "Engagement Health cannot tell whether status 10099 is Done; ask your Jira admin to check that it belongs to this project's workflow";
    expect(unknownStatusMessage('10099')).toBe(message);
    expect(unknownStatusMessage(undefined)).toBe("Engagement Health cannot tell whether the target status is Done; ask your Jira admin to check that it belongs to this project's workflow");
    expect(gate(unknown)).toEqual({ result: false, errorMessage: message });
    expect(gate({ ...unknown, facts: inProgress() })).toEqual({ result: false, errorMessage: message });
  });

  it('lets a move into an unknown status through only where its category would not matter', () => {
    const unknown = { toStatusCategory: null, toStatusId: '10099' };
    expect(gate({ ...unknown, settings: { readyStatus: null, returnStatus: null, gateEnabled: false } })).toEqual({ result: true });
    expect(gate({ ...unknown, record: accepted(undefined, T0, T0 + HOUR), facts: inReady(T0) })).toEqual({ result: true });
    expect(gate({ ...unknown, facts: done(null) })).toEqual({ result: true });
  });
});
