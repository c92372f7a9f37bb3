/** Team calendars (time zone, working days, hours), the daily overlap window and how clocks count. */
import { token } from '@atlaskit/tokens';
import { useMemo } from 'react';
import type { PolicyInput } from '../../../../src/contract/resolvers';
import { describedBy, errorAt, Field, FieldError, fieldsetStyle, inputStyle, legendStyle } from '../../../shared/formControls';
import type { SectionProps } from './policyDraft';

type Side = 'client' | 'delivery';
const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const grid = { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(160px, 1fr))', gap: token('space.150') } as const;
const inline = { display: 'inline-flex', alignItems: 'center', gap: token('space.050'), marginRight: token('space.150'), color: token('color.text') } as const;
const clockModes: { value: PolicyInput['clockMode']; label: string; hint: string }[] = [
  { value: 'wall', label: 'Wall-clock hours', hint: 'every hour counts, nights and weekends too' },
  { value: 'business', label: 'Business hours of the owning team', hint: 'technical: delivery team; product and scope: client team' },
  { value: 'overlap', label: 'Overlap window only', hint: 'only the daily window when both teams work' },
];

function timeZones(current: string[]): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...current, 'UTC', ...all])].sort();
}

function TeamCalendar({ side, zones, draft, change, fields }: SectionProps & { side: Side; zones: string[] }) {
  const cal = draft.calendars[side];
  const base = `policy.calendars.${side}`;
  const id = `calendar-${side}`;
  const err = (f: string) => errorAt(fields, `${base}.${f}`);
  return (
    <fieldset style={fieldsetStyle} data-testid={id}>
      <legend style={legendStyle}>{side === 'client' ? 'Client team' : 'Delivery team'}</legend>
      <div style={grid}>
        <Field id={`${id}-tz`} label="Time zone" error={err('timeZone')}>
          <select {...describedBy(`${id}-tz`, err('timeZone'))} value={cal.timeZone} onChange={(e) => change((d) => void (d.calendars[side].timeZone = e.target.value))} style={inputStyle}>
            {zones.map((zone) => (
              <option key={zone}>{zone}</option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-start`} label="Day starts" error={err('dayStart')}>
          <input {...describedBy(`${id}-start`, err('dayStart'))} type="time" value={cal.dayStart} onChange={(e) => change((d) => void (d.calendars[side].dayStart = e.target.value))} style={inputStyle} />
        </Field>
        <Field id={`${id}-end`} label="Day ends" error={err('dayEnd')}>
          <input {...describedBy(`${id}-end`, err('dayEnd'))} type="time" value={cal.dayEnd} onChange={(e) => change((d) => void (d.calendars[side].dayEnd = e.target.value))} style={inputStyle} />
        </Field>
      </div>
      <fieldset style={{ border: 'none', padding: 0, margin: `${token('space.150')} 0 0` }} aria-describedby={err('workingDays') ? `${id}-days-error` : undefined}>
        <legend style={{ font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle'), padding: 0 }}>Working days</legend>
        {days.map((label, i) => {
          const day = (i + 1) as PolicyInput['calendars']['client']['workingDays'][number];
          return (
            <label key={label} style={inline}>
              <input
                type="checkbox"
                checked={cal.workingDays.includes(day)}
                onChange={(e) => change((d) => void (d.calendars[side].workingDays = e.target.checked ? [...d.calendars[side].workingDays, day] : d.calendars[side].workingDays.filter((x) => x !== day)))}
              />
              {label}
            </label>
          );
        })}
        <FieldError id={`${id}-days`} error={err('workingDays')} />
      </fieldset>
      <FieldError id={`${id}-all`} error={fields?.[base]} />
    </fieldset>
  );
}

export function CalendarFields(props: SectionProps) {
  const { draft, change, fields } = props;
  const zones = useMemo(() => timeZones([draft.calendars.client.timeZone, draft.calendars.delivery.timeZone]), [draft.calendars.client.timeZone, draft.calendars.delivery.timeZone]);
  const err = (f: string) => errorAt(fields, `policy.overlapWindow.${f}`);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: token('space.200') }}>
      <TeamCalendar {...props} side="client" zones={zones} />
      <TeamCalendar {...props} side="delivery" zones={zones} />
      <fieldset style={fieldsetStyle} data-testid="overlap-window">
        <legend style={legendStyle}>Daily overlap window (UTC)</legend>
        <div style={grid}>
          <Field id="overlap-start" label="Starts (UTC)" error={err('start')}>
            <input {...describedBy('overlap-start', err('start'))} type="time" value={draft.overlapWindow.start} onChange={(e) => change((d) => void (d.overlapWindow.start = e.target.value))} style={inputStyle} />
          </Field>
          <Field id="overlap-end" label="Ends (UTC)" error={err('end')}>
            <input {...describedBy('overlap-end', err('end'))} type="time" value={draft.overlapWindow.end} onChange={(e) => change((d) => void (d.overlapWindow.end = e.target.value))} style={inputStyle} />
          </Field>
        </div>
        <FieldError id="overlap-all" error={fields?.['policy.overlapWindow']} />
      </fieldset>
      <fieldset style={fieldsetStyle} data-testid="clock-mode" aria-describedby={fields?.['policy.clockMode'] ? 'clock-mode-error' : undefined}>
        <legend style={legendStyle}>SLA and stale clocks count</legend>
        {clockModes.map((mode) => (
          <label key={mode.value} style={{ display: 'flex', gap: token('space.100'), alignItems: 'baseline', padding: `${token('space.050')} 0`, color: token('color.text') }}>
            <input type="radio" name="clock-mode" value={mode.value} checked={draft.clockMode === mode.value} onChange={() => change((d) => void (d.clockMode = mode.value))} />
            <span>
              {mode.label} <span style={{ font: token('font.body.small'), color: token('color.text.subtlest') }}>— {mode.hint}</span>
            </span>
          </label>
        ))}
        <FieldError id="clock-mode" error={fields?.['policy.clockMode']} />
      </fieldset>
    </div>
  );
}
