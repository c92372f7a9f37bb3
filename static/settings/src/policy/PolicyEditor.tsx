/**
 * The decision-rights matrix as one form over `policy/get`'s view. Saving sends the
 * whole policy with the version it was read at; the server's field messages are
 * shown next to their fields. Read-only (disabled controls) without `canEdit`.
 */
import { token } from '@atlaskit/tokens';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import type { PersonView, PolicyView, ProjectSettingsView } from '../../../../src/contract/resolvers';
import { Button } from '../../../shared/buttons';
import { FormAlert } from '../../../shared/formControls';
import { useWrite } from '../../../shared/useWrite';
import { AcceptanceFields } from './AcceptanceFields';
import { CalendarFields } from './CalendarFields';
import { CategoryRulesFields } from './CategoryRulesFields';
import { isDailyNoteFieldPlaced } from './dailyNoteDraft';
import { DailyNoteFields } from './DailyNoteFields';
import { isEscalationFieldPlaced } from './escalationDraft';
import { EscalationPreview } from './EscalationPreview';
import { EscalationFields } from './EscalationFields';
import { isHealthFieldPlaced } from './healthDraft';
import { HealthSignalsFields } from './HealthSignalsFields';
import { isNpsFieldPlaced } from './npsDraft';
import { NpsFields } from './NpsFields';
import { PeopleFields } from './PeopleFields';
import { isTeamsFieldPlaced } from './teamsDraft';
import { TeamsFields } from './TeamsFields';
import { draftFromPolicy, pathLabel, policyFromDraft, problemFields, type PolicyDraft, type SectionProps } from './policyDraft';
import { UnreadableNotice } from './UnreadableNotice';

const placed = /^policy\.(categories\.(technical|product|scope)\.(ownerIds|slaHours|staleHours|escalateToIds)|clientSponsorId|deliverySponsorId|acceptorIds|budgetPoints|calendars\.(client|delivery)(\.(timeZone|workingDays|dayStart|dayEnd))?|overlapWindow(\.(start|end))?|clockMode|acceptance(\.(readyStatus|returnStatus|gateEnabled))?)([.[]|$)/;

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: token('space.100') }}>
      <h3 style={{ margin: 0, font: token('font.heading.small'), color: token('color.text') }}>{title}</h3>
      {children}
    </div>
  );
}

interface Props {
  view: PolicyView;
  /** The project's workflow statuses (from settings/get), for the acceptance and escalation statuses. */
  statuses: ProjectSettingsView['statuses'];
  /** The groups and roles the teams are chosen from (from settings/get). */
  teamChoices: ProjectSettingsView['teamChoices'];
  onSaved: (view: PolicyView) => void;
  onReload: () => void;
  /** Shown beside the save button after a save. */
  savedNotice: string | null;
}

export function PolicyEditor({ view, statuses, teamChoices, onSaved, onReload, savedNotice }: Props) {
  // An editor starts from the pending proposal, so saving something else keeps it (and changing it back withdraws it).
  const initial = useMemo(() => draftFromPolicy(view.canEdit && view.proposedPolicy ? view.proposedPolicy : view.policy), [view]);
  const [draft, setDraft] = useState<PolicyDraft>(initial);
  const [known, setKnown] = useState(() => new Map(view.people.map((p) => [p.accountId, p])));
  const write = useWrite('policy/save');
  const readOnly = !view.canEdit;
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  // What could not be read is shown blanked; saving (even unchanged) writes the blanks over it.
  const unreadable = Object.keys(view.problems).length > 0;
  const fields = write.error?.fields ?? (unreadable ? problemFields(view.problems) : undefined);
  const unplaced = Object.entries(write.error?.fields ?? {}).filter(([path]) => !placed.test(path) && !isHealthFieldPlaced(path) && !isEscalationFieldPlaced(path) && !isTeamsFieldPlaced(path) && !isNpsFieldPlaced(path) && !isDailyNoteFieldPlaced(path));

  const section: SectionProps = {
    draft,
    fields,
    readOnly,
    change: (edit) =>
      setDraft((current) => {
        const next = structuredClone(current);
        edit(next);
        return next;
      }),
    peopleFor: (ids) => ids.map((id) => known.get(id) ?? { accountId: id, displayName: 'Unknown user' }),
    pick: (people: PersonView[]) => {
      setKnown((map) => new Map([...map, ...people.map((p) => [p.accountId, p] as const)]));
      return people.map((p) => p.accountId);
    },
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const converted = policyFromDraft(draft);
    if ('fields' in converted) return write.refuse(converted.fields);
    void write.submit({ policy: converted.policy, expectedVersion: view.version }, onSaved);
  };

  return (
    <form onSubmit={save} noValidate aria-label="Decision rights" data-testid="policy-form">
      {unreadable ? <UnreadableNotice problems={view.problems} canEdit={view.canEdit} /> : null}
      <fieldset disabled={readOnly || write.busy} style={{ border: 'none', padding: 0, margin: 0, minWidth: 0, display: 'flex', flexDirection: 'column', gap: token('space.300') }}>
        <Part title="Who decides what">
          <CategoryRulesFields {...section} />
        </Part>
        <Part title="People and budget">
          <PeopleFields {...section} />
        </Part>
        <Part title="Teams">
          <TeamsFields {...section} choices={teamChoices} />
        </Part>
        <Part title="Calendars and clocks">
          <CalendarFields {...section} />
        </Part>
        <Part title="Customer acceptance">
          <AcceptanceFields {...section} statuses={statuses} />
        </Part>
        <Part title="Health signals">
          <HealthSignalsFields {...section} />
        </Part>
        <Part title="Engagement survey">
          <NpsFields {...section} />
        </Part>
        <Part title="Escalations">
          <EscalationFields {...section} statuses={statuses} preview={<EscalationPreview unsaved={dirty} />} />
        </Part>
        <Part title="Daily note">
          <DailyNoteFields {...section} />
        </Part>
      </fieldset>
      {readOnly ? null : (
        <div style={{ position: 'sticky', bottom: 0, display: 'flex', flexDirection: 'column', gap: token('space.100'), padding: `${token('space.150')} 0`, background: token('elevation.surface') }}>
          {write.error ? <FormAlert error={write.error} onReload={onReload} /> : null}
          {unplaced.length > 0 ? (
            <ul style={{ margin: 0, color: token('color.text.danger') }} data-testid="policy-other-errors">
              {unplaced.map(([path, message]) => (
                <li key={path}>
                  {pathLabel(path)}: {message}
                </li>
              ))}
            </ul>
          ) : null}
          <div style={{ display: 'flex', alignItems: 'center', gap: token('space.150') }}>
            <Button type="submit" appearance="primary" disabled={write.busy || (!dirty && !unreadable)} data-testid="policy-save">
              {write.busy ? 'Saving…' : 'Save settings'}
            </Button>
            {dirty ? (
              <Button appearance="subtle" onClick={() => setDraft(initial)} disabled={write.busy}>
                Discard changes
              </Button>
            ) : null}
            <span role="status" data-testid="policy-status" style={{ color: dirty || !savedNotice ? token('color.text.subtlest') : token('color.text.success'), font: token('font.body.small') }}>
              {dirty ? 'Unsaved changes' : unreadable ? 'Save to replace what could not be read' : (savedNotice ?? 'No changes')}
            </span>
          </div>
        </div>
      )}
    </form>
  );
}
