/** The health signals: each signal's amber and red thresholds, which bugs count as escaped, which issues are new ideas and problems. */
import { token } from '@atlaskit/tokens';
import { defaultHealthSettings, HEALTH_LIMITS } from '../../../../src/contract/healthSettings';
import { Button } from '../../../shared/buttons';
import { describedBy, errorAt, Field, FieldError, fieldsetStyle, hintStyle, inputStyle, legendStyle } from '../../../shared/formControls';
import { DEFECT_ESCAPE_LABELS, defaultHealthDraft, FOUND_BY_OPTIONS, namesText, SIGNAL_ROWS, thresholdHint, type SignalRow } from './healthDraft';
import { PartnerFields } from './PartnerFields';
import type { SectionProps } from './policyDraft';

const grid = { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', gap: token('space.150') } as const;
const rowStyle = { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 300px), 1fr))', gap: token('space.150'), padding: `${token('space.100')} 0`, borderTop: `${token('border.width')} solid ${token('color.border')}` } as const;
// Amber and red side by side, one column each, so a signal with one number lines up with amber.
const amberRed = { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: token('space.150') } as const;
const T = 'policy.health.thresholds';
const D = 'policy.health.defectEscape';

function SignalThresholds({ row, draft, change, fields }: SectionProps & { row: SignalRow }) {
  const values = draft.health.thresholds[row.signal] as Record<string, string>;
  return (
    <div style={rowStyle} data-testid={`health-${row.signal}`}>
      <div>
        <div style={{ color: token('color.text'), fontWeight: token('font.weight.semibold') }}>{row.title}</div>
        <div style={hintStyle}>{row.rule}</div>
      </div>
      <div>
        <div style={amberRed}>
          {row.fields.map((field) => {
            const id = `health-${row.signal}-${field.key}`;
            const error = errorAt(fields, `${T}.${row.signal}.${field.key}`);
            return (
              <Field key={field.key} id={id} label={field.label} hint={thresholdHint(row.signal, field)} error={error}>
                <input
                  {...describedBy(id, error)}
                  type="number"
                  min={field.range.min}
                  max={field.range.max}
                  step={field.step}
                  inputMode={field.whole ? 'numeric' : 'decimal'}
                  value={values[field.key] ?? ''}
                  onChange={(e) => change((d) => void ((d.health.thresholds[row.signal] as Record<string, string>)[field.key] = e.target.value))}
                  style={inputStyle}
                />
              </Field>
            );
          })}
        </div>
        <FieldError id={`health-${row.signal}-all`} error={fields?.[`${T}.${row.signal}`]} />
      </div>
    </div>
  );
}

function DefectEscapeFields({ draft, change, fields }: SectionProps) {
  const escape = draft.health.defectEscape;
  const defaults = defaultHealthSettings().defectEscape;
  const err = (key: keyof typeof DEFECT_ESCAPE_LABELS) => errorAt(fields, `${D}.${key}`);
  return (
    <fieldset style={fieldsetStyle} data-testid="health-defect-escape">
      <legend style={legendStyle}>Which bugs escaped</legend>
      <div style={grid}>
        <Field id="health-bug-types" label={DEFECT_ESCAPE_LABELS.bugTypes} hint={`Issue type names, separated by commas (any case). Default: ${namesText(defaults.bugTypes)}`} error={err('bugTypes')}>
          <input {...describedBy('health-bug-types', err('bugTypes'))} type="text" value={escape.bugTypes} onChange={(e) => change((d) => void (d.health.defectEscape.bugTypes = e.target.value))} style={inputStyle} />
        </Field>
        <Field id="health-labels" label={DEFECT_ESCAPE_LABELS.labels} hint={`Jira labels, separated by commas. Default: ${namesText(defaults.labels)}`} error={err('labels')}>
          <input {...describedBy('health-labels', err('labels'))} type="text" value={escape.labels} onChange={(e) => change((d) => void (d.health.defectEscape.labels = e.target.value))} style={inputStyle} />
        </Field>
        <Field id="health-window-days" label={DEFECT_ESCAPE_LABELS.windowDays} hint={`A bug created this many days after a release counts against it. Default ${defaults.windowDays} · ${HEALTH_LIMITS.windowDays.min}–${HEALTH_LIMITS.windowDays.max}, whole days`} error={err('windowDays')}>
          <input
            {...describedBy('health-window-days', err('windowDays'))}
            type="number"
            min={HEALTH_LIMITS.windowDays.min}
            max={HEALTH_LIMITS.windowDays.max}
            step="1"
            inputMode="numeric"
            value={escape.windowDays}
            onChange={(e) => change((d) => void (d.health.defectEscape.windowDays = e.target.value))}
            style={inputStyle}
          />
        </Field>
      </div>
      <fieldset style={{ border: 'none', padding: 0, margin: `${token('space.150')} 0 0` }} data-testid="health-found-by" aria-describedby={err('foundBy') ? 'health-found-by-error' : undefined}>
        <legend style={{ font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle'), padding: 0 }}>A bug counts as found by users when it is</legend>
        {FOUND_BY_OPTIONS.map((option) => (
          <label key={option.value} style={{ display: 'flex', gap: token('space.100'), alignItems: 'baseline', padding: `${token('space.050')} 0`, color: token('color.text') }}>
            <input type="radio" name="health-found-by" value={option.value} checked={escape.foundBy === option.value} onChange={() => change((d) => void (d.health.defectEscape.foundBy = option.value))} />
            <span>
              {option.label}
              {option.value === defaults.foundBy ? <span style={{ font: token('font.body.small'), color: token('color.text.subtlest') }}> — default</span> : null}
            </span>
          </label>
        ))}
        <FieldError id="health-found-by" error={err('foundBy')} />
      </fieldset>
      <FieldError id="health-defect-escape-all" error={fields?.[D]} />
    </fieldset>
  );
}

export function HealthSignalsFields(props: SectionProps) {
  const { draft, change, fields, readOnly } = props;
  const atDefaults = JSON.stringify(draft.health) === JSON.stringify(defaultHealthDraft());
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: token('space.200') }}>
      <fieldset style={fieldsetStyle} data-testid="health-thresholds">
        <legend style={legendStyle}>Amber and red</legend>
        <p style={{ ...hintStyle, margin: `0 0 ${token('space.100')}` }}>Each signal of the project page turns amber, then red, at these numbers. An amber equal to its red goes straight to red.</p>
        {SIGNAL_ROWS.map((row) => (
          <SignalThresholds key={row.signal} {...props} row={row} />
        ))}
        <FieldError id="health-thresholds-all" error={fields?.[T]} />
      </fieldset>
      <DefectEscapeFields {...props} />
      <PartnerFields {...props} />
      <FieldError id="health-all" error={fields?.['policy.health']} />
      {readOnly ? null : (
        <div style={{ display: 'flex', alignItems: 'center', gap: token('space.150') }}>
          <Button onClick={() => change((d) => void (d.health = defaultHealthDraft()))} disabled={atDefaults} data-testid="health-reset">
            Reset to defaults
          </Button>
          <span style={hintStyle}>{atDefaults ? 'The health signals are at their defaults.' : 'Puts every health setting above back to its default; saving applies it.'}</span>
        </div>
      )}
    </div>
  );
}
