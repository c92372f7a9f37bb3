/** The partner signal's settings: which issue types are new ideas and problems (its thresholds are with the others). */
import { defaultHealthSettings } from '../../../../src/contract/healthSettings';
import { describedBy, errorAt, Field, FieldError, fieldsetStyle, inputStyle, legendStyle } from '../../../shared/formControls';
import { namesText, PARTNER_LABELS } from './healthDraft';
import type { SectionProps } from './policyDraft';

const P = 'policy.health.partner';

export function PartnerFields({ draft, change, fields }: SectionProps) {
  const defaults = defaultHealthSettings().partner;
  const error = errorAt(fields, `${P}.ideaTypes`);
  return (
    <fieldset style={fieldsetStyle} data-testid="health-partner">
      <legend style={legendStyle}>Which issues are new ideas and problems</legend>
      <Field
        id="health-idea-types"
        label={PARTNER_LABELS.ideaTypes}
        hint={`Issue type names, separated by commas (any case). The partner signal counts the issues of these types the client team raised, leaving out what an app created and follow-ups of a change request. Default: ${namesText(defaults.ideaTypes)}`}
        error={error}
      >
        <input {...describedBy('health-idea-types', error)} type="text" value={draft.health.partner.ideaTypes} onChange={(e) => change((d) => void (d.health.partner.ideaTypes = e.target.value))} style={inputStyle} />
      </Field>
      <FieldError id="health-partner-all" error={fields?.[P]} />
    </fieldset>
  );
}
