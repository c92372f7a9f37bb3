/** The decision-rights matrix: per category its owners, response SLA, stale threshold and escalation. */
import { token } from '@atlaskit/tokens';
import { categoryKeys, categoryLabels } from '../../../shared/decisionLabels';
import { describedBy, errorAt, Field, fieldsetStyle, inputStyle, legendStyle } from '../../../shared/formControls';
import { UserPicker } from '../../../shared/UserPicker';
import type { SectionProps } from './policyDraft';

const grid = { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))', gap: token('space.150') } as const;

export function CategoryRulesFields({ draft, change, fields, peopleFor, pick, readOnly }: SectionProps) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: token('space.200') }}>
      {categoryKeys.map((key) => {
        const rule = draft.categories[key];
        const base = `policy.categories.${key}`;
        const id = `rule-${key}`;
        return (
          <fieldset key={key} style={fieldsetStyle} data-testid={`rule-${key}`}>
            <legend style={legendStyle}>{categoryLabels[key]}</legend>
            <div style={grid}>
              <UserPicker id={`${id}-owners`} label="Owners (record the outcome)" multiple selected={peopleFor(rule.ownerIds)} disabled={readOnly} error={errorAt(fields, `${base}.ownerIds`)} onChange={(p) => change((d) => void (d.categories[key].ownerIds = pick(p)))} />
              <UserPicker id={`${id}-escalate`} label="Escalates to" multiple selected={peopleFor(rule.escalateToIds)} disabled={readOnly} error={errorAt(fields, `${base}.escalateToIds`)} onChange={(p) => change((d) => void (d.categories[key].escalateToIds = pick(p)))} />
              <Field id={`${id}-sla`} label="Response SLA (hours)" hint="Empty: no SLA" error={errorAt(fields, `${base}.slaHours`)}>
                <input {...describedBy(`${id}-sla`, errorAt(fields, `${base}.slaHours`))} type="number" min={1} step="any" inputMode="decimal" value={rule.slaHours} onChange={(e) => change((d) => void (d.categories[key].slaHours = e.target.value))} style={inputStyle} />
              </Field>
              <Field id={`${id}-stale`} label="Stale after (hours)" hint="A pending decision then escalates" error={errorAt(fields, `${base}.staleHours`)}>
                <input {...describedBy(`${id}-stale`, errorAt(fields, `${base}.staleHours`))} type="number" min={1} step="any" inputMode="decimal" required value={rule.staleHours} onChange={(e) => change((d) => void (d.categories[key].staleHours = e.target.value))} style={inputStyle} />
              </Field>
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
