/** Record a decision's outcome; a Scope & timeline decision also needs the written approve/reject. */
import { token } from '@atlaskit/tokens';
import { useId, useState } from 'react';
import type { DecisionView } from '../../../../../src/contract/resolvers';
import { describedBy, errorAt, Field, FieldError, fieldsetStyle, inputStyle, legendStyle } from '../../../../shared/formControls';
import { useWrite } from '../../../../shared/useWrite';
import { FormFrame } from './formFrame';

interface Props {
  decision: DecisionView;
  onDone: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}

type Verdict = 'approved' | 'rejected';

export default function RecordOutcomeForm({ decision, onDone, onCancel, onReload }: Props) {
  const id = useId();
  const needsApproval = decision.category === 'scope';
  const [outcome, setOutcome] = useState('');
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [approvalText, setApprovalText] = useState('');
  const write = useWrite('decisions/record');
  const fields = write.error?.fields;
  const outcomeError = errorAt(fields, 'outcome');
  const verdictError = fields?.['approval.verdict'] ?? fields?.approval;
  const textError = fields?.['approval.text'];

  const submit = () => {
    const local: Record<string, string> = {};
    if (!outcome.trim()) local.outcome = 'Write what was decided.';
    if (needsApproval && !verdict) local['approval.verdict'] = 'Choose approve or reject.';
    if (needsApproval && !approvalText.trim()) local['approval.text'] = 'Scope & timeline decisions need the written approval.';
    if (Object.keys(local).length > 0) return write.refuse(local);
    const approval = needsApproval && verdict ? { approval: { verdict, text: approvalText.trim() } } : {};
    void write.submit({ decisionId: decision.id, outcome: outcome.trim(), expectedVersion: decision.version, ...approval }, (saved) => onDone(`${saved.id} decided.`));
  };

  return (
    <FormFrame title={`Record the outcome of ${decision.id}`} testId="record-form" submitLabel="Record outcome" busy={write.busy} error={write.error} onSubmit={submit} onCancel={onCancel} onReload={onReload}>
      <Field id={`${id}-outcome`} label="Outcome" error={outcomeError}>
        <textarea {...describedBy(`${id}-outcome`, outcomeError)} value={outcome} onChange={(e) => setOutcome(e.target.value)} rows={3} style={inputStyle} data-testid="record-outcome" />
      </Field>
      {needsApproval ? (
        <>
          <fieldset style={fieldsetStyle} aria-describedby={verdictError ? `${id}-verdict-error` : undefined}>
            <legend style={legendStyle}>Decision maker’s verdict</legend>
            {(['approved', 'rejected'] as const).map((value) => (
              <label key={value} style={{ display: 'inline-flex', gap: token('space.075'), marginRight: token('space.200') }}>
                <input type="radio" name={`${id}-verdict`} value={value} checked={verdict === value} onChange={() => setVerdict(value)} data-testid={`record-${value}`} />
                {value === 'approved' ? 'Approve' : 'Reject'}
              </label>
            ))}
            <FieldError id={`${id}-verdict`} error={verdictError} />
          </fieldset>
          <Field id={`${id}-approval`} label="Written approval (in the decision maker’s words)" error={textError}>
            <textarea {...describedBy(`${id}-approval`, textError)} value={approvalText} onChange={(e) => setApprovalText(e.target.value)} rows={2} style={inputStyle} data-testid="record-approval-text" />
          </Field>
        </>
      ) : null}
    </FormFrame>
  );
}
