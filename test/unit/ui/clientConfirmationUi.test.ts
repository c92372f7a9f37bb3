/** The words the settings page and the project page use for the client sponsor's confirmation. */
import type { ClientConfirmationView, PolicyChangeView } from '../../../src/contract/resolvers';
import { changeList, eventWords, pendingWords, unconfirmedWords } from '../../../static/shared/confirmationWords';

const linda = { accountId: 'acc-linda', displayName: 'Linda Okafor' };
const anna = { accountId: 'acc-anna', displayName: 'Anna Kowalczyk' };
const AT = '2026-11-18T15:00:00.000Z';
const gateOff = { path: 'acceptance.gateEnabled', label: 'Keep unaccepted work out of Done', before: 'on', after: 'off' };

const view = (over: Partial<ClientConfirmationView> = {}): ClientConfirmationView => ({ clientSponsor: linda, pending: null, unconfirmed: null, canConfirm: false, canAcknowledge: false, version: 3, ...over });

describe('what waits for the client sponsor, in words', () => {
  test('a list of changes', () => {
    expect(changeList([gateOff, { path: 'acceptorIds', label: 'Customer acceptors', before: 'Emily Carter', after: 'Anna Kowalczyk' }])).toBe('Keep unaccepted work out of Done (on → off); Customer acceptors (Emily Carter → Anna Kowalczyk)');
  });

  test('the client sponsor is asked; everyone else is told it is pending and who confirms', () => {
    const pending = { changes: [gateOff], proposedBy: anna, proposedAt: AT };
    expect(pendingWords(view({ pending, canConfirm: true }))).toMatch(/^Changes to the settings wait for your confirmation: Keep unaccepted work out of Done \(on → off\)\. Proposed by Anna Kowalczyk on .+2026/);
    expect(pendingWords(view({ pending }))).toMatch(/^Pending client confirmation: Keep unaccepted work out of Done \(on → off\)\. .* Until Linda Okafor \(client sponsor\) confirms them, the settings before these changes stay in force\.$/);
    expect(pendingWords(view())).toBeNull();
  });

  test('applied without confirmation: flagged until the right person acknowledges', () => {
    const unconfirmed = { changes: [gateOff], by: [anna], since: AT };
    expect(unconfirmedWords(view({ clientSponsor: null, unconfirmed }))).toMatch(/^Applied without client confirmation: .*Changed by Anna Kowalczyk since .* Flagged until a client sponsor is named and acknowledges them\.$/);
    expect(unconfirmedWords(view({ unconfirmed }))).toMatch(/Flagged until Linda Okafor \(client sponsor\) acknowledges them\.$/);
    expect(unconfirmedWords(view({ clientSponsor: anna, unconfirmed }))).toMatch(/Flagged until a client sponsor who did not make them acknowledges them\.$/);
    expect(unconfirmedWords(view({ unconfirmed, canAcknowledge: true }))).toMatch(/Please review and acknowledge them\.$/);
  });

  test('each history entry says what it records', () => {
    const entry = (kind: PolicyChangeView['kind'], proposal: PolicyChangeView['proposal'] = null): PolicyChangeView => ({ at: AT, by: linda, kind, proposal, changes: [] });
    expect(eventWords(entry('saved'))).toBe('saved');
    expect(eventWords(entry('proposed'))).toBe('proposed, waiting for the client sponsor');
    expect(eventWords(entry('proposed', { by: anna, at: AT }))).toMatch(/^proposed, waiting for the client sponsor \(replacing the proposal of Anna Kowalczyk from .+\)$/);
    expect(eventWords(entry('confirmed', { by: anna, at: AT }))).toMatch(/^confirmed the proposal of Anna Kowalczyk from /);
    expect(eventWords(entry('rejected', { by: anna, at: AT }))).toMatch(/^rejected the proposal of Anna Kowalczyk/);
    expect(eventWords(entry('applied-unconfirmed'))).toBe('applied without client confirmation (no client sponsor could confirm)');
    expect(eventWords(entry('acknowledged'))).toBe('acknowledged the changes applied without client confirmation');
  });
});
