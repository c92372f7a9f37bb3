/** Request changes (lazy chunk): the client's feedback, required, posted as a comment on the issue. */
import { token } from '@atlaskit/tokens';
import { useId, useState } from 'react';
import type { IssueAcceptanceView } from '../../../../src/contract/resolvers';
import { describedBy, errorAt, Field, inputStyle } from '../../../shared/formControls';
import { useWrite } from '../../../shared/useWrite';
import { FormFrame } from '../decisions/forms/formFrame';

interface Props {
  view: IssueAcceptanceView;
  onDone: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}

const FEEDBACK_MAX = 5000;

export default function RequestChangesForm({ view, onDone, onCancel, onReload }: Props) {
  const id = useId();
  const [feedback, setFeedback] = useState('');
  const write = useWrite('acceptance/requestChanges');
  const error = errorAt(write.error?.fields, 'feedback');
  const submit = () => {
    const text = feedback.trim();
    if (!text) return write.refuse({ feedback: 'Say what needs to change.' });
    if (text.length > FEEDBACK_MAX) return write.refuse({ feedback: `At most ${FEEDBACK_MAX} characters.` });
    // Says only what the app has done: the comment may still be pending in the outbox.
    void write.submit({ feedback: text, expectedVersion: view.version }, (answer) =>
      onDone(answer.pending.some((p) => p.kind === 'comment') ? `Changes requested on ${view.issueKey}. The comment to the assignee is pending: the app posts it shortly.` : `Changes requested on ${view.issueKey}: your feedback is on the issue as a comment.`),
    );
  };
  return (
    <FormFrame title={`Request changes to ${view.issueKey}`} testId="request-changes-form" submitLabel="Request changes" busy={write.busy} error={write.error} onSubmit={submit} onCancel={onCancel} onReload={onReload}>
      <p style={{ margin: 0, color: token('color.text.subtle') }}>
        Your feedback is posted as a comment on the issue, mentioning its assignee. If the project chose so, the issue also moves back to work. Round {view.round + 1} starts when it is ready again.
      </p>
      <Field id={`${id}-feedback`} label="What needs to change (required)" error={error}>
        <textarea {...describedBy(`${id}-feedback`, error)} required value={feedback} onChange={(e) => setFeedback(e.target.value)} rows={4} maxLength={FEEDBACK_MAX} style={inputStyle} data-testid="request-changes-feedback" />
      </Field>
    </FormFrame>
  );
}
