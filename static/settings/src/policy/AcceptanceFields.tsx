/** Customer acceptance: which status means "ready for acceptance", where a change request sends the issue, and the Done gate. */
import { token } from '@atlaskit/tokens';
import type { ProjectSettingsView } from '../../../../src/contract/resolvers';
import { describedBy, errorAt, Field, FieldError, fieldsetStyle, hintStyle, inputStyle, legendStyle } from '../../../shared/formControls';
import type { SectionProps } from './policyDraft';

type Statuses = ProjectSettingsView['statuses'];
const grid = { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))', gap: token('space.150') } as const;
const categoryWords = { new: 'to do', indeterminate: 'in progress', done: 'done' } as const;

/**
 * The project's statuses by id (a shared name is told apart by its id), plus a saved one the workflow
 * no longer has (so it shows instead of vanishing). A setting saved before ids holds a name: the one
 * status of that name keeps it as its value, so saving the form does not rewrite the setting.
 */
function optionsFor(statuses: Statuses, saved: string | null): { value: string; label: string }[] {
  const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  const legacy = saved !== null && !statuses.some((s) => s.id === saved) && statuses.filter((s) => sameName(s.name, saved)).length === 1 ? saved : null;
  const options = statuses.map((s) => {
    const shared = statuses.filter((o) => sameName(o.name, s.name)).length > 1;
    return { value: legacy !== null && sameName(s.name, legacy) ? legacy : s.id, label: `${s.name} (${categoryWords[s.category]}${shared ? `, status ${s.id}` : ''})` };
  });
  if (saved && !options.some((o) => o.value === saved)) options.push({ value: saved, label: `${saved} (not in the workflow)` });
  return options;
}

export function AcceptanceFields({ draft, change, fields, statuses }: SectionProps & { statuses: Statuses }) {
  const acceptance = draft.acceptance;
  const readyError = errorAt(fields, 'policy.acceptance.readyStatus');
  const returnError = errorAt(fields, 'policy.acceptance.returnStatus');
  const gateError = errorAt(fields, 'policy.acceptance.gateEnabled');
  const otherError = fields?.['policy.acceptance'];
  return (
    <fieldset style={fieldsetStyle} data-testid="policy-acceptance">
      <legend style={legendStyle}>Acceptance</legend>
      <div style={grid}>
        <Field id="acceptance-ready-status" label="Ready for acceptance status" hint="An issue in this status awaits the customer acceptors’ verdict." error={readyError}>
          <select {...describedBy('acceptance-ready-status', readyError)} value={acceptance.readyStatus ?? ''} onChange={(e) => change((d) => void (d.acceptance.readyStatus = e.target.value || null))} style={inputStyle}>
            <option value="">Automatic (a status named like “Ready for acceptance”, else Done)</option>
            {optionsFor(statuses, acceptance.readyStatus).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="acceptance-return-status" label="On a change request, move the issue to" hint="The feedback is always posted as a comment mentioning the assignee." error={returnError}>
          <select {...describedBy('acceptance-return-status', returnError)} value={acceptance.returnStatus ?? ''} onChange={(e) => change((d) => void (d.acceptance.returnStatus = e.target.value || null))} style={inputStyle}>
            <option value="">Leave where it is</option>
            {optionsFor(statuses, acceptance.returnStatus).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div style={{ marginTop: token('space.150') }}>
        <label style={{ display: 'flex', gap: token('space.100'), alignItems: 'baseline', color: token('color.text') }}>
          <input
            type="checkbox"
            {...describedBy('acceptance-gate', gateError)}
            aria-describedby={gateError ? 'acceptance-gate-error acceptance-gate-hint' : 'acceptance-gate-hint'}
            checked={acceptance.gateEnabled}
            onChange={(e) => change((d) => void (d.acceptance.gateEnabled = e.target.checked))}
          />
          Keep unaccepted work out of Done (workflow validator)
        </label>
        <div id="acceptance-gate-hint" style={{ ...hintStyle, marginLeft: token('space.300') }}>
          A transition into a Done status is refused until an acceptor has accepted the issue. Add the app’s validator to the project’s workflow for this to apply.
        </div>
        <FieldError id="acceptance-gate" error={gateError} />
        <FieldError id="acceptance-other" error={otherError} />
      </div>
    </fieldset>
  );
}
