/**
 * The daily note: the issue of this project it is posted on as a comment at the end of each of the
 * delivery team's working days (its watchers get it by email), or none. Posting needs the scanner in
 * Live: the section says so while it is in Preview.
 */
import { useState } from 'react';
import { describedBy, errorAt, Field, inputStyle } from '../../../shared/formControls';
import { DAILY_NOTE_LABELS, keyWarning, postToIssueKeyFrom } from './dailyNoteDraft';
import type { SectionProps } from './policyDraft';

export function DailyNoteFields({ draft, change, fields }: SectionProps) {
  const key = draft.dailyNote.postToIssueKey;
  // What is typed, kept as typed while it is the draft's key (the draft holds what the server gets; a discard resets it).
  const [typedText, setTyped] = useState(key ?? '');
  const typed = postToIssueKeyFrom(typedText) === key ? typedText : (key ?? '');
  const error = errorAt(fields, 'policy.dailyNote.postToIssueKey') ?? keyWarning(typed) ?? undefined;
  const { dayEnd, timeZone } = draft.calendars.delivery;
  const live = draft.escalation.mode === 'live';
  const hint =
    key === null
      ? 'Leave empty to post no note: the project page shows the note either way.'
      : `Posted on ${key} at the delivery team’s end of each working day (${dayEnd}, ${timeZone}), once a day.${live ? '' : ' Nothing is posted while escalations are in Preview.'}`;
  return (
    <div data-testid="daily-note-settings" style={{ maxWidth: '420px' }}>
      <Field id="daily-note-issue" label={DAILY_NOTE_LABELS.postToIssueKey} hint={hint} error={error}>
        <input
          {...describedBy('daily-note-issue', error)}
          type="text"
          placeholder="ENG-12"
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(e) => {
            setTyped(e.target.value);
            const next = postToIssueKeyFrom(e.target.value);
            change((d) => void (d.dailyNote.postToIssueKey = next));
          }}
          style={inputStyle}
        />
      </Field>
    </div>
  );
}
