/**
 * The escalation scanner: Preview or Live, each rule on or off with when it fires (set elsewhere on
 * this page, shown here read-only) and whom it addresses, what makes an issue blocked, the reminder
 * ladder's repeat, the exemptions, and the working-hours rule.
 */
import { token } from '@atlaskit/tokens';
import type { ReactNode } from 'react';
import { defaultEscalationSettings, ESCALATION_LIMITS } from '../../../../src/contract/escalationSettings';
import type { ProjectSettingsView } from '../../../../src/contract/resolvers';
import { describedBy, errorAt, Field, FieldError, fieldsetStyle, hintStyle, inputStyle, legendStyle } from '../../../shared/formControls';
import { ESCALATION_LABELS as L, MODE_OPTIONS, repeatHint, ruleRecipients, RULES, ruleThreshold, statusChoices, type EscalationRuleKey } from './escalationDraft';
import { namesText } from './healthDraft';
import type { PolicyDraft, SectionProps } from './policyDraft';

type Statuses = ProjectSettingsView['statuses'];
const E = 'policy.escalation';
const R = `${E}.rules`;
const grid = { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))', gap: token('space.150') } as const;
const rowStyle = { display: 'flex', flexDirection: 'column', gap: token('space.100'), padding: `${token('space.150')} 0`, borderTop: `${token('border.width')} solid ${token('color.border')}` } as const;
const choiceStyle = { display: 'flex', gap: token('space.100'), alignItems: 'baseline', padding: `${token('space.050')} 0`, color: token('color.text') } as const;
const subLegend = { font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle'), padding: 0 } as const;
const plainFieldset = { border: 'none', padding: 0, margin: 0, minWidth: 0 } as const;
const warningStyle = { font: token('font.body.small'), color: token('color.text.warning') } as const;
const termStyle = { font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle') } as const;

/** An on/off switch: a checkbox announced as a switch, with its state in words beside it. */
function Switch({ id, label, checked, error, onChange }: { id: string; label: string; checked: boolean; error?: string; onChange: (on: boolean) => void }) {
  return (
    <div>
      <label style={{ ...choiceStyle, alignItems: 'center', fontWeight: token('font.weight.semibold') }}>
        <input type="checkbox" role="switch" {...describedBy(id, error)} checked={checked} onChange={(e) => onChange(e.target.checked)} />
        <span>{label}</span>
        <span data-testid={`${id}-state`} style={{ font: token('font.body.small'), fontWeight: token('font.weight.regular'), color: checked ? token('color.text.success') : token('color.text.subtlest') }}>
          {checked ? 'On' : 'Off'}
        </span>
      </label>
      <FieldError id={id} error={error} />
    </div>
  );
}

/** Statuses chosen by id from the project's, as a list of checkboxes. */
function StatusChecklist({ id, legend, hint, statuses, chosen, error, onChange }: { id: string; legend: string; hint: string; statuses: Statuses; chosen: string[]; error?: string; onChange: (ids: string[]) => void }) {
  const choices = statusChoices(statuses, chosen);
  return (
    <fieldset style={plainFieldset} data-testid={id} aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`} aria-invalid={error ? true : undefined}>
      <legend style={subLegend}>{legend}</legend>
      <div style={{ maxHeight: '10rem', overflowY: 'auto', padding: `${token('space.050')} 0` }}>
        {choices.length === 0 ? <div style={hintStyle}>This project has no statuses to choose from.</div> : null}
        {choices.map((c) => (
          <label key={c.id} style={{ ...choiceStyle, padding: `${token('space.025')} 0` }}>
            <input type="checkbox" value={c.id} checked={chosen.includes(c.id)} onChange={(e) => onChange(e.target.checked ? [...chosen, c.id] : chosen.filter((x) => x !== c.id))} />
            {c.label}
          </label>
        ))}
      </div>
      <div id={`${id}-hint`} style={hintStyle}>
        {hint}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

/** When the rule fires and whom it addresses, read-only: both are set elsewhere on the page. */
function RuleFacts({ rule, draft, peopleFor }: { rule: EscalationRuleKey; draft: PolicyDraft; peopleFor: SectionProps['peopleFor'] }) {
  const threshold = ruleThreshold(rule, draft);
  const recipients = ruleRecipients(rule, draft, peopleFor);
  return (
    <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: token('space.150'), rowGap: token('space.050'), color: token('color.text') }}>
      <dt style={termStyle}>When</dt>
      <dd style={{ margin: 0 }}>
        <span data-testid={`escalation-${rule}-threshold`}>{threshold.words}</span>
        {threshold.warning ? <div style={warningStyle}>{threshold.warning}</div> : null}
      </dd>
      <dt style={termStyle}>To</dt>
      <dd style={{ margin: 0 }}>
        <span data-testid={`escalation-${rule}-recipients`}>{recipients.to}</span>
        {recipients.now ? <div style={hintStyle}>{recipients.now}</div> : null}
        {recipients.warning ? <div style={warningStyle}>{recipients.warning}</div> : null}
      </dd>
    </dl>
  );
}

function BlockerSources({ draft, change, fields, statuses }: SectionProps & { statuses: Statuses }) {
  const blocker = draft.escalation.rules.blocker;
  const err = (key: string) => errorAt(fields, `${R}.blocker.${key}`);
  return (
    <fieldset style={plainFieldset} data-testid="escalation-blocker-sources">
      <legend style={subLegend}>An issue counts as blocked while</legend>
      <label style={choiceStyle}>
        <input type="checkbox" {...describedBy('escalation-blocker-flagged', err('flagged'))} checked={blocker.flagged} onChange={(e) => change((d) => void (d.escalation.rules.blocker.flagged = e.target.checked))} />
        it is flagged (Flagged = Impediment)
      </label>
      <FieldError id="escalation-blocker-flagged" error={err('flagged')} />
      <label style={choiceStyle}>
        <input
          type="checkbox"
          {...describedBy('escalation-blocker-links', err('blockedByLinks'))}
          checked={blocker.blockedByLinks}
          onChange={(e) => change((d) => void (d.escalation.rules.blocker.blockedByLinks = e.target.checked))}
        />
        it is linked “is blocked by” an issue that is not done
      </label>
      <FieldError id="escalation-blocker-links" error={err('blockedByLinks')} />
      <div style={{ marginTop: token('space.100') }}>
        <StatusChecklist
          id="escalation-blocker-statuses"
          legend="or it is in one of these statuses"
          hint="Its age counts from when the flag was set, the status entered or the link added."
          statuses={statuses}
          chosen={blocker.blockedStatusIds}
          error={err('blockedStatusIds')}
          onChange={(ids) => change((d) => void (d.escalation.rules.blocker.blockedStatusIds = ids))}
        />
      </div>
    </fieldset>
  );
}

function RuleRow(props: SectionProps & { rule: (typeof RULES)[number]; statuses: Statuses }) {
  const { rule, draft, change, fields, peopleFor } = props;
  const id = `escalation-${rule.key}`;
  const enabledError = errorAt(fields, `${R}.${rule.key}.enabled`);
  const repeatError = errorAt(fields, `${R}.decisionReminder.repeatHours`);
  return (
    <div style={rowStyle} data-testid={`escalation-rule-${rule.key}`}>
      <div>
        <div style={{ color: token('color.text'), fontWeight: token('font.weight.semibold') }}>{rule.title}</div>
        <div style={hintStyle}>{rule.rule}</div>
      </div>
      <Switch id={`${id}-enabled`} label={rule.switchLabel} checked={draft.escalation.rules[rule.key].enabled} error={enabledError} onChange={(on) => change((d) => void (d.escalation.rules[rule.key].enabled = on))} />
      <RuleFacts rule={rule.key} draft={draft} peopleFor={peopleFor} />
      {rule.key === 'blocker' ? <BlockerSources {...props} /> : null}
      {rule.key === 'decisionReminder' ? (
        <div style={{ maxWidth: '16rem' }}>
          <Field id={`${id}-repeat`} label={L.repeatHours} hint={repeatHint()} error={repeatError}>
            <input
              {...describedBy(`${id}-repeat`, repeatError)}
              type="number"
              min={ESCALATION_LIMITS.repeatHours.min}
              max={ESCALATION_LIMITS.repeatHours.max}
              step="any"
              inputMode="decimal"
              value={draft.escalation.rules.decisionReminder.repeatHours}
              onChange={(e) => change((d) => void (d.escalation.rules.decisionReminder.repeatHours = e.target.value))}
              style={inputStyle}
            />
          </Field>
        </div>
      ) : null}
      <FieldError id={`${id}-all`} error={fields?.[`${R}.${rule.key}`]} />
    </div>
  );
}

function Exemptions({ draft, change, fields, statuses }: SectionProps & { statuses: Statuses }) {
  const exemptions = draft.escalation.exemptions;
  const defaults = defaultEscalationSettings().exemptions;
  const err = (key: keyof typeof exemptions) => errorAt(fields, `${E}.exemptions.${key}`);
  return (
    <fieldset style={fieldsetStyle} data-testid="escalation-exemptions">
      <legend style={legendStyle}>Leave these issues alone</legend>
      <p style={{ ...hintStyle, margin: `0 0 ${token('space.100')}` }}>The scanner posts nothing on an issue that matches any of these.</p>
      <div style={grid}>
        <Field id="escalation-exempt-labels" label={L.labels} hint={`Jira labels, separated by commas. Default: ${namesText(defaults.labels)}`} error={err('labels')}>
          <input {...describedBy('escalation-exempt-labels', err('labels'))} type="text" value={exemptions.labels} onChange={(e) => change((d) => void (d.escalation.exemptions.labels = e.target.value))} style={inputStyle} />
        </Field>
        <Field id="escalation-exempt-types" label={L.issueTypes} hint="Issue type names, separated by commas (any case). Default: none" error={err('issueTypes')}>
          <input {...describedBy('escalation-exempt-types', err('issueTypes'))} type="text" value={exemptions.issueTypes} onChange={(e) => change((d) => void (d.escalation.exemptions.issueTypes = e.target.value))} style={inputStyle} />
        </Field>
        <StatusChecklist
          id="escalation-exempt-statuses"
          legend={L.statusIds}
          hint="Issues in these statuses are skipped. Default: none"
          statuses={statuses}
          chosen={exemptions.statusIds}
          error={err('statusIds')}
          onChange={(ids) => change((d) => void (d.escalation.exemptions.statusIds = ids))}
        />
      </div>
      <FieldError id="escalation-exemptions-all" error={fields?.[`${E}.exemptions`]} />
    </fieldset>
  );
}

export function EscalationFields(props: SectionProps & { statuses: Statuses; preview?: ReactNode }) {
  const { draft, change, fields, preview } = props;
  const escalation = draft.escalation;
  const modeError = errorAt(fields, `${E}.mode`);
  const hoursError = errorAt(fields, `${E}.workingHoursOnly`);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: token('space.200') }} data-testid="policy-escalation">
      <fieldset style={fieldsetStyle} data-testid="escalation-mode" aria-describedby={modeError ? 'escalation-mode-error' : undefined}>
        <legend style={legendStyle}>{L.mode}</legend>
        {MODE_OPTIONS.map((option) => (
          <label key={option.value} style={choiceStyle}>
            <input type="radio" name="escalation-mode" value={option.value} checked={escalation.mode === option.value} onChange={() => change((d) => void (d.escalation.mode = option.value))} />
            <span>
              <strong>{option.label}</strong> — {option.sentence}
              {option.value === defaultEscalationSettings().mode ? <span style={{ font: token('font.body.small'), color: token('color.text.subtlest') }}> (default)</span> : null}
            </span>
          </label>
        ))}
        <FieldError id="escalation-mode" error={modeError} />
      </fieldset>
      {/* "What would be posted now" (EscalationPreview, passed in by PolicyEditor): each comment with its full text and recipients. */}
      {preview ?? null}
      <fieldset style={fieldsetStyle} data-testid="escalation-rules">
        <legend style={legendStyle}>Rules</legend>
        <p style={{ ...hintStyle, margin: 0 }}>Each rule posts one comment per step on the issue, mentioning its recipients. Its threshold is set where it says.</p>
        {RULES.map((rule) => (
          <RuleRow key={rule.key} {...props} rule={rule} />
        ))}
        <FieldError id="escalation-rules-all" error={fields?.[`${R}`]} />
      </fieldset>
      <Exemptions {...props} />
      <div>
        <label style={choiceStyle}>
          <input
            type="checkbox"
            {...describedBy('escalation-working-hours', hoursError)}
            aria-describedby={hoursError ? 'escalation-working-hours-error escalation-working-hours-hint' : 'escalation-working-hours-hint'}
            checked={escalation.workingHoursOnly}
            onChange={(e) => change((d) => void (d.escalation.workingHoursOnly = e.target.checked))}
          />
          {L.workingHoursOnly}
        </label>
        <div id="escalation-working-hours-hint" style={{ ...hintStyle, marginLeft: token('space.300') }}>
          A comment due while none of its recipients’ teams is at work (Calendars and clocks) waits for the next working hour.
        </div>
        <FieldError id="escalation-working-hours" error={hoursError} />
      </div>
      <FieldError id="escalation-all" error={fields?.[E]} />
    </div>
  );
}
