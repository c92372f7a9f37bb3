/** Concerns and calibration calls in words, as the project page and the issue panel say them. Pure. */
import type { ConcernCallView, ConcernReaderView, ConcernWaitReason } from '../../../src/contract/resolvers';

/**
 * Who reads a concern, named where the settings name them.
 * @example readersWords([{ displayName: 'Linda', role: 'client sponsor' }, { displayName: 'Kasia', role: 'delivery sponsor' }]) //=> 'You, Linda (client sponsor) and Kasia (delivery sponsor) read it; nobody else in the app does.'
 * @example readersWords([]) //=> 'You, the client sponsor and the delivery sponsor read it (no sponsor is named in the settings yet); nobody else in the app does.'
 * @example readersWords(undefined) //=> 'You, the client sponsor and the delivery sponsor read it; nobody else in the app does.'
 */
export function readersWords(readers: readonly Pick<ConcernReaderView, 'displayName' | 'role'>[] | undefined): string {
  if (readers === undefined) return 'You, the client sponsor and the delivery sponsor read it; nobody else in the app does.';
  if (readers.length === 0) return 'You, the client sponsor and the delivery sponsor read it (no sponsor is named in the settings yet); nobody else in the app does.';
  const named = readers.map((r) => `${r.displayName} (${r.role})`);
  return `You, ${named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`} read it; nobody else in the app does.`;
}

/**
 * Who reads the project's concerns, said above their list.
 * @example listReadersWords([{ displayName: 'Linda', role: 'client sponsor' }]) //=> 'Each concern is read by whoever raised it and by Linda (client sponsor); by nobody else in the app.'
 */
export function listReadersWords(readers: readonly Pick<ConcernReaderView, 'displayName' | 'role'>[]): string {
  if (readers.length === 0) return 'Each concern is read by whoever raised it and by the sponsors, once the settings name them; by nobody else in the app.';
  const named = readers.map((r) => `${r.displayName} (${r.role})`);
  return `Each concern is read by whoever raised it and by ${named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`}; by nobody else in the app.`;
}

/** What the calibration call does with the words: said before anyone writes. */
export const CALL_NOTICE =
  'It opens a calibration call: a Jira issue in this project, assigned to the delivery sponsor and due within a week. Everyone who can see the project can see that issue; it quotes your words without your name.';

const WAITING: Record<ConcernWaitReason, string> = {
  'next-scan': 'The calibration call is created with the next hourly scan.',
  preview: 'No calibration call yet: the project’s escalations are in Preview, so nothing is created in Jira (the settings page lists it).',
  'no-delivery-sponsor': 'No calibration call yet: it waits for a delivery sponsor in the project settings, who holds the call.',
};

/**
 * Where a concern's call stands, from the ledger only.
 * @example callWords({ state: 'created', issueKey: 'ENG-120' }, 'next-scan') //=> 'Calibration call ENG-120 created.'
 */
export function callWords(call: ConcernCallView, waitReason: ConcernWaitReason): string {
  if (call.state === 'created') return `Calibration call ${call.issueKey} created.`;
  if (call.state === 'planned') return 'The calibration call is being created in Jira.';
  return WAITING[waitReason];
}
