import type { ClientConfirmationView, ClientControlChangeView, PersonView } from '../contract/resolvers';
import { clientControlSetting } from '../domain/policy/clientControl';
import { mayAcknowledge } from '../domain/policy/proposals';
import type { EngagementPolicy, PolicyProposal, PolicySettingChange, UnconfirmedChanges } from '../domain/policy/types';
import { showableText } from '../domain/text';

/** What the confirmation view reads of the policy record. */
export interface ConfirmationRecord {
  policy: EngagementPolicy;
  version: number;
  pending: PolicyProposal | null;
  unconfirmed: UnconfirmedChanges | null;
}

const idsIn = (value: unknown): string[] => (typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const namesPeople = (c: PolicySettingChange) => ['person', 'people'].includes(clientControlSetting(c.path)?.kind ?? '');

/** Every account id the confirmation view names: the client sponsor, who proposed or made the changes, the people in them. */
export function confirmationPeople({ policy, pending, unconfirmed }: ConfirmationRecord): string[] {
  const changes = [...(pending?.changes ?? []), ...(unconfirmed?.changes ?? [])].filter(namesPeople);
  return [
    ...idsIn(policy.clientSponsorId),
    ...(pending ? [pending.proposedBy] : []),
    ...(unconfirmed?.byAccountIds ?? []),
    ...changes.flatMap((c) => [...idsIn(c.before), ...idsIn(c.after)]),
  ];
}

/** A client-control setting's value in words: "on"/"off", a status, a name, names joined, or "—" for nobody. */
function settingWords(path: string, value: unknown, name: (id: string) => PersonView): string {
  const setting = clientControlSetting(path);
  if (setting?.kind === 'switch') return value ? 'on' : 'off';
  if (setting?.kind === 'status') return typeof value === 'string' ? showableText(value) : 'automatic';
  const names = idsIn(value).map((id) => name(id).displayName);
  return names.length > 0 ? names.join(', ') : '—';
}

const changeWords = (name: (id: string) => PersonView) => (c: PolicySettingChange): ClientControlChangeView => ({
  path: c.path,
  label: clientControlSetting(c.path)?.label ?? showableText(c.path),
  before: settingWords(c.path, c.before, name),
  after: settingWords(c.path, c.after, name),
});

const iso = (ms: number) => new Date(ms).toISOString();

/** Where the client sponsor's confirmation stands, as `caller` may act on it. */
export function confirmationView(record: ConfirmationRecord, caller: string, name: (id: string) => PersonView): ClientConfirmationView {
  const sponsor = record.policy.clientSponsorId;
  const words = changeWords(name);
  const { pending, unconfirmed } = record;
  return {
    clientSponsor: sponsor ? name(sponsor) : null,
    pending: pending ? { changes: pending.changes.map(words), proposedBy: name(pending.proposedBy), proposedAt: iso(pending.proposedAt) } : null,
    unconfirmed: unconfirmed ? { changes: unconfirmed.changes.map(words), by: unconfirmed.byAccountIds.map(name), since: iso(unconfirmed.since) } : null,
    canConfirm: pending !== null && sponsor === caller,
    canAcknowledge: unconfirmed !== null && mayAcknowledge(unconfirmed, caller, sponsor),
    version: record.version,
  };
}
