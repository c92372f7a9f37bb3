/**
 * "Raise a concern" (lazy chunk, shared by the project page and the issue panel): free text, optionally
 * about the panel's issue; says before anyone writes who reads it and what the calibration call does.
 */
import { token } from '@atlaskit/tokens';
import { useId, useState, type CSSProperties, type FormEvent } from 'react';
import { CONCERN_LIMITS } from '../../../src/contract/calibration';
import type { ConcernReaderView, RaisedConcernView } from '../../../src/contract/resolvers';
import { Button } from '../buttons';
import { describedBy, errorAt, Field, FormAlert, hintStyle, inputStyle } from '../formControls';
import { useWrite } from '../useWrite';
import { CALL_NOTICE, readersWords } from './concernWords';

interface Props {
  /** The panel's issue, offered as what the concern is about; absent on the project page. */
  issueKey?: string;
  /** The readers when the page knows them already; else the form says their roles. */
  readers?: readonly ConcernReaderView[];
  onDone: (answer: RaisedConcernView) => void;
  onCancel: () => void;
}

const formStyle: CSSProperties = { display: 'flex', flexDirection: 'column', gap: token('space.150'), padding: token('space.150'), borderRadius: token('radius.medium', '6px'), background: token('elevation.surface.sunken') };
const noteStyle: CSSProperties = { margin: 0, color: token('color.text.subtle'), font: token('font.body.small') };

const textMaxLength = CONCERN_LIMITS.textMaxLength;

export default function ConcernForm({ issueKey, readers, onDone, onCancel }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [linkIssue, setLinkIssue] = useState(true);
  const write = useWrite('concerns/raise');
  const error = errorAt(write.error?.fields, 'text');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (write.busy) return;
    const trimmed = text.trim();
    if (!trimmed) return write.refuse({ text: 'Write the concern.' });
    if (trimmed.length > textMaxLength) return write.refuse({ text: `The concern must be at most ${textMaxLength} characters.` });
    void write.submit({ text: trimmed, ...(issueKey ? { linkIssue } : {}) }, onDone);
  };
  return (
    <form onSubmit={submit} aria-label="Raise a concern" data-testid="concern-form" noValidate style={formStyle}>
      <p style={noteStyle} data-testid="concern-readers">
        {readersWords(readers)} {CALL_NOTICE}
      </p>
      <Field id={`${id}-text`} label="Your concern (required)" error={error} hint={`${text.trim().length} of ${textMaxLength} characters`}>
        <textarea {...describedBy(`${id}-text`, error)} required value={text} onChange={(e) => setText(e.target.value)} rows={4} maxLength={textMaxLength} style={inputStyle} data-testid="concern-text" />
      </Field>
      {issueKey ? (
        <label style={{ ...hintStyle, display: 'flex', alignItems: 'center', gap: token('space.075'), color: token('color.text') }}>
          <input type="checkbox" checked={linkIssue} onChange={(e) => setLinkIssue(e.target.checked)} data-testid="concern-link-issue" />
          About {issueKey}
        </label>
      ) : null}
      {write.error ? <FormAlert error={write.error} /> : null}
      <div style={{ display: 'flex', gap: token('space.100') }}>
        <Button type="submit" appearance="primary" disabled={write.busy} data-testid="concern-submit">
          {write.busy ? 'Raising…' : 'Raise the concern'}
        </Button>
        <Button appearance="subtle" onClick={onCancel} disabled={write.busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
