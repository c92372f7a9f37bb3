/** Withdraw a pending decision (its raiser only), with an optional reason: the form is the confirmation. */
import { token } from '@atlaskit/tokens';
import { useId, useState } from 'react';
import type { DecisionView } from '../../../../../src/contract/resolvers';
import { describedBy, errorAt, Field, inputStyle } from '../../../../shared/formControls';
import { useWrite } from '../../../../shared/useWrite';
import { FormFrame } from './formFrame';

interface Props {
  decision: DecisionView;
  onDone: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}

export default function WithdrawForm({ decision, onDone, onCancel, onReload }: Props) {
  const id = useId();
  const [reason, setReason] = useState('');
  const write = useWrite('decisions/withdraw');
  const reasonError = errorAt(write.error?.fields, 'reason');
  const submit = () => {
    const trimmed = reason.trim();
    void write.submit({ decisionId: decision.id, expectedVersion: decision.version, ...(trimmed ? { reason: trimmed } : {}) }, (saved) => onDone(`${saved.id} withdrawn.`));
  };
  return (
    <FormFrame title={`Withdraw ${decision.id}?`} testId="withdraw-form" submitLabel="Withdraw decision" submitAppearance="danger" busy={write.busy} error={write.error} onSubmit={submit} onCancel={onCancel} onReload={onReload}>
      <p style={{ margin: 0, color: token('color.text.subtle') }}>It stays on record as withdrawn and its clock stops. This cannot be undone.</p>
      <Field id={`${id}-reason`} label="Reason (optional)" error={reasonError}>
        <textarea {...describedBy(`${id}-reason`, reasonError)} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} style={inputStyle} data-testid="withdraw-reason" />
      </Field>
    </FormFrame>
  );
}
