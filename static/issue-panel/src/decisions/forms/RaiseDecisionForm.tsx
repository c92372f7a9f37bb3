/** Raise a decision on the issue: category (with its owners and SLA), question, options considered; a scope decision's estimated impact. */
import { token } from '@atlaskit/tokens';
import { useId, useState } from 'react';
import type { CategoryRuleView, DecisionCategoryKey, DecisionView } from '../../../../../src/contract/resolvers';
import { Button } from '../../../../shared/buttons';
import { describedBy, errorAt, Field, FieldError, fieldsetStyle, inputStyle, legendStyle } from '../../../../shared/formControls';
import { names } from '../../../../shared/decisionLabels';
import { useWrite } from '../../../../shared/useWrite';
import { FormFrame } from './formFrame';

interface Props {
  categories: CategoryRuleView[];
  supersedes?: DecisionView;
  onDone: (message: string) => void;
  onCancel: () => void;
}

function ruleWords(rule: CategoryRuleView): string {
  const sla = rule.slaHours === null ? 'no response SLA' : `answer within ${rule.slaHours} h`;
  return `decides: ${names(rule.owners)} · ${sla}`;
}

export default function RaiseDecisionForm({ categories, supersedes, onDone, onCancel }: Props) {
  const id = useId();
  const [category, setCategory] = useState<DecisionCategoryKey | null>(supersedes?.category ?? null);
  const [question, setQuestion] = useState('');
  const [options, setOptions] = useState<string[]>(['']);
  // A superseding decision states its own estimate: the old one's may no longer hold.
  const [impact, setImpact] = useState({ text: '', unreadable: false });
  const estimates = category === 'scope';
  const write = useWrite('decisions/raise');
  const fields = write.error?.fields;

  const submit = () => {
    const local: Record<string, string> = {};
    if (!category) local.category = 'Choose a category.';
    if (!question.trim()) local.question = 'Write the question to decide.';
    // Only a scope decision sends an estimate; an empty box means not estimated.
    // A number box reads "" for what it cannot parse ("1e"): its validity tells that apart from an empty box.
    const impactPoints = estimates && impact.text.trim() !== '' ? Number(impact.text.trim()) : null;
    if (estimates && (impact.unreadable || (impactPoints !== null && !Number.isFinite(impactPoints)))) local.impactPoints = 'Write the impact as a number of story points, or leave it empty.';
    if (!category || Object.keys(local).length > 0) return write.refuse(local);
    const optionsConsidered = options.map((o) => o.trim()).filter(Boolean);
    const estimate = impactPoints !== null ? { impactPoints } : {};
    void write.submit({ category, question: question.trim(), optionsConsidered, ...estimate, ...(supersedes ? { supersedes: supersedes.id } : {}) }, (raised) =>
      onDone(`${raised.id} raised${supersedes ? `, superseding ${supersedes.id}` : ''}.`),
    );
  };

  return (
    <FormFrame title={supersedes ? `Supersede ${supersedes.id}` : 'Raise a decision'} testId="raise-form" submitLabel="Raise decision" busy={write.busy} error={write.error} onSubmit={submit} onCancel={onCancel}>
      {supersedes ? (
        <p style={{ margin: 0, color: token('color.text.subtle') }} data-testid="raise-supersedes">
          The new decision replaces {supersedes.id} (“{supersedes.question}”), which stays on record.
          <FieldError id={`${id}-supersedes`} error={errorAt(fields, 'supersedes')} />
        </p>
      ) : null}
      <fieldset style={fieldsetStyle} aria-describedby={errorAt(fields, 'category') ? `${id}-category-error` : undefined}>
        <legend style={legendStyle}>Category</legend>
        {categories.map((rule) => (
          <label key={rule.category} style={{ display: 'flex', gap: token('space.100'), alignItems: 'baseline', padding: `${token('space.050')} 0` }}>
            <input type="radio" name={`${id}-category`} value={rule.category} checked={category === rule.category} onChange={() => setCategory(rule.category)} />
            <span>
              <span style={{ fontWeight: token('font.weight.semibold') }}>{rule.label}</span>
              <span style={{ display: 'block', font: token('font.body.small'), color: token('color.text.subtle') }}>{ruleWords(rule)}</span>
            </span>
          </label>
        ))}
        <FieldError id={`${id}-category`} error={errorAt(fields, 'category')} />
      </fieldset>
      {estimates ? (
        <Field id={`${id}-impact`} label="Estimated impact (points), optional" error={errorAt(fields, 'impactPoints')} hint="In story points; leave it empty if not estimated.">
          <input
            {...describedBy(`${id}-impact`, errorAt(fields, 'impactPoints'))}
            type="number"
            min={0}
            step="any"
            inputMode="decimal"
            value={impact.text}
            onChange={(e) => setImpact({ text: e.target.value, unreadable: e.target.validity.badInput })}
            style={inputStyle}
            data-testid="raise-impact"
          />
        </Field>
      ) : null}
      <Field id={`${id}-question`} label="Question" error={errorAt(fields, 'question')}>
        <textarea {...describedBy(`${id}-question`, errorAt(fields, 'question'))} value={question} onChange={(e) => setQuestion(e.target.value)} rows={3} style={inputStyle} data-testid="raise-question" />
      </Field>
      <fieldset style={fieldsetStyle}>
        <legend style={legendStyle}>Options considered</legend>
        <div style={{ display: 'flex', flexDirection: 'column', gap: token('space.075') }}>
          {options.map((option, i) => {
            const error = errorAt(fields, `optionsConsidered.${i}`);
            return (
              <div key={i}>
                <div style={{ display: 'flex', gap: token('space.075') }}>
                  <input
                    {...describedBy(`${id}-option-${i}`, error)}
                    aria-label={`Option ${i + 1}`}
                    value={option}
                    onChange={(e) => setOptions(options.map((o, j) => (j === i ? e.target.value : o)))}
                    style={inputStyle}
                    data-testid="raise-option"
                  />
                  <Button appearance="subtle" aria-label={`Remove option ${i + 1}`} onClick={() => setOptions(options.filter((_, j) => j !== i))} disabled={options.length === 1}>
                    Remove
                  </Button>
                </div>
                <FieldError id={`${id}-option-${i}`} error={error} />
              </div>
            );
          })}
        </div>
        <FieldError id={`${id}-options`} error={fields?.optionsConsidered} />
        <Button appearance="subtle" onClick={() => setOptions([...options, ''])} style={{ marginTop: token('space.075'), paddingLeft: 0 }} data-testid="raise-add-option">
          + Add an option
        </Button>
      </fieldset>
    </FormFrame>
  );
}
