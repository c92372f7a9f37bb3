/** The engagement survey: how many days it stays open for the client team at the start of each quarter. */
import { DEFAULT_NPS_WINDOW_DAYS, NPS_LIMITS } from '../../../../src/contract/npsSettings';
import { describedBy, errorAt, Field, inputStyle } from '../../../shared/formControls';
import { NPS_LABELS } from './npsDraft';
import type { SectionProps } from './policyDraft';

export function NpsFields({ draft, change, fields }: SectionProps) {
  const error = errorAt(fields, 'policy.nps.windowDays');
  const { min, max } = NPS_LIMITS.windowDays;
  return (
    <div data-testid="nps-settings" style={{ maxWidth: '420px' }}>
      <Field
        id="nps-window-days"
        label={NPS_LABELS.windowDays}
        hint={`The quarterly survey asks the client team from the first day of each quarter, in the client team’s time zone. Default ${DEFAULT_NPS_WINDOW_DAYS} · ${min}–${max}, whole days`}
        error={error}
      >
        <input
          {...describedBy('nps-window-days', error)}
          type="number"
          min={min}
          max={max}
          step="1"
          inputMode="numeric"
          value={draft.nps.windowDays}
          onChange={(e) => change((d) => void (d.nps.windowDays = e.target.value))}
          style={inputStyle}
        />
      </Field>
    </div>
  );
}
