/** The engagement's people and budget: sponsors, customer acceptors, budget in story points. */
import { token } from '@atlaskit/tokens';
import { describedBy, errorAt, Field, fieldsetStyle, inputStyle, legendStyle } from '../../../shared/formControls';
import { UserPicker } from '../../../shared/UserPicker';
import type { SectionProps } from './policyDraft';

const grid = { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))', gap: token('space.150') } as const;
const one = (id: string | null) => (id ? [id] : []);

export function PeopleFields({ draft, change, fields, peopleFor, pick, readOnly }: SectionProps) {
  const budgetError = errorAt(fields, 'policy.budgetPoints');
  return (
    <fieldset style={fieldsetStyle} data-testid="policy-people">
      <legend style={legendStyle}>Sponsors, acceptors and budget</legend>
      <div style={grid}>
        <UserPicker id="client-sponsor" label="Client sponsor" selected={peopleFor(one(draft.clientSponsorId))} disabled={readOnly} error={errorAt(fields, 'policy.clientSponsorId')} onChange={(p) => change((d) => void (d.clientSponsorId = pick(p)[0] ?? null))} />
        <UserPicker id="delivery-sponsor" label="Delivery sponsor" selected={peopleFor(one(draft.deliverySponsorId))} disabled={readOnly} error={errorAt(fields, 'policy.deliverySponsorId')} onChange={(p) => change((d) => void (d.deliverySponsorId = pick(p)[0] ?? null))} />
        <UserPicker id="acceptors" label="Customer acceptors" multiple selected={peopleFor(draft.acceptorIds)} disabled={readOnly} error={errorAt(fields, 'policy.acceptorIds')} onChange={(p) => change((d) => void (d.acceptorIds = pick(p)))} />
        <Field id="budget-points" label="Engagement budget (story points)" hint="For the 5 % scope-change rule; empty: not set" error={budgetError}>
          <input {...describedBy('budget-points', budgetError)} type="number" min={0} step="any" inputMode="decimal" value={draft.budgetPoints} onChange={(e) => change((d) => void (d.budgetPoints = e.target.value))} style={inputStyle} />
        </Field>
      </div>
    </fieldset>
  );
}
