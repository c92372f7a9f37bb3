/**
 * "Today's note" (a lazy chunk, with its own call): the delivery team's note of today — so far, while
 * the day is under way — and of the previous working days, one shown at a time; each line's issue key
 * opens the issue; the note copies as text or Markdown. Every word comes from the server's note: it is
 * Jira's data and the app's records, never typed for it.
 */
import { token } from '@atlaskit/tokens';
import { useState, type CSSProperties } from 'react';
import type { NoteDaysView, NoteDayView } from '../../../../src/contract/dailyNote';
import { formatDateTime, formatShortDateTime } from '../../../shared/decisionLabels';
import { ErrorState, Loading } from '../../../shared/states';
import { useReloadable } from '../../../shared/useReloadable';
import { CopyNote } from './CopyNote';
import { dayLabel, postingWords } from './noteWords';
import { IssueKeyButton } from '../escalations/IssueKeyButton';

const subtle: CSSProperties = { margin: 0, color: token('color.text.subtle') };
const card: CSSProperties = {
  display: 'flex',
  flexDirection: 'column',
  gap: token('space.150'),
  padding: token('space.200'),
  border: `${token('border.width')} solid ${token('color.border')}`,
  borderRadius: token('radius.medium', '6px'),
  background: token('elevation.surface.raised'),
  boxShadow: token('elevation.shadow.raised'),
};
const dayButton = (chosen: boolean): CSSProperties => ({
  border: `${token('border.width')} solid ${chosen ? token('color.border.selected') : token('color.border')}`,
  borderRadius: token('radius.small', '3px'),
  padding: `${token('space.050')} ${token('space.100')}`,
  background: chosen ? token('color.background.selected') : token('color.background.neutral.subtle'),
  color: chosen ? token('color.text.selected') : token('color.text'),
  font: token('font.body.small'),
  fontWeight: chosen ? token('font.weight.semibold') : token('font.weight.regular'),
  cursor: 'pointer',
});

export default function DailyNoteSection({ labelledBy }: { labelledBy: string }) {
  const { state } = useReloadable('note/days');
  if (state.status === 'loading') return <Loading label="Loading today’s note" />;
  if (state.status === 'failed') return <ErrorState error={state.error} />;
  return <DailyNotes view={state.data} labelledBy={labelledBy} />;
}

function DailyNotes({ view, labelledBy }: { view: NoteDaysView; labelledBy: string }) {
  const [chosen, setChosen] = useState(0);
  const day = view.days[chosen] ?? view.days[0];
  return (
    <section aria-labelledby={labelledBy} data-testid="daily-note" style={{ display: 'flex', flexDirection: 'column', gap: token('space.150') }}>
      <p style={subtle} data-testid="daily-note-posting">
        {postingWords(view.posting, view.timeZone)}{' '}
        {view.snapshotAt === null ? 'The health snapshot has not been computed yet: blockers, shipped and in-progress work appear once it is.' : <>From the health snapshot of <span title={formatDateTime(view.snapshotAt)}>{formatShortDateTime(view.snapshotAt)}</span> and the app’s records.</>}
      </p>
      <div role="group" aria-label="Choose the day" style={{ display: 'flex', gap: token('space.075'), flexWrap: 'wrap' }} data-testid="daily-note-days">
        {view.days.map((d, i) => (
          <button key={d.note.date} type="button" aria-pressed={i === chosen} style={dayButton(i === chosen)} onClick={() => setChosen(i)} data-testid="daily-note-day-choice" data-date={d.note.date}>
            {dayLabel(d, i)}
          </button>
        ))}
      </div>
      {day ? <NoteCard day={day} /> : <p style={subtle}>The delivery team’s calendar has no working day.</p>}
    </section>
  );
}

function NoteCard({ day }: { day: NoteDayView }) {
  const { note, posted } = day;
  return (
    <article style={card} data-testid="daily-note-day" data-date={note.date} data-final={note.final}>
      <div style={{ display: 'flex', flexDirection: 'column', gap: token('space.050') }}>
        <h3 style={{ margin: 0, font: token('font.heading.small'), color: token('color.text') }} data-testid="daily-note-title">
          {note.title}
        </h3>
        <p style={subtle} data-testid="daily-note-coverage">
          {note.coverage}
        </p>
        {posted ? (
          <p style={{ ...subtle, color: token('color.text.success') }} data-testid="daily-note-posted">
            Posted as a comment on <IssueKeyButton issueKey={posted.issueKey} strong testId="daily-note-issue-key" />, <span title={formatDateTime(posted.at)}>{formatShortDateTime(posted.at)}</span>.
          </p>
        ) : null}
      </div>
      {note.sections.map((section) => (
        <div key={section.key} data-testid="daily-note-section" data-section={section.key}>
          <h4 style={{ margin: `0 0 ${token('space.050')}`, font: token('font.heading.xsmall'), color: token('color.text') }}>
            {section.title} {section.lines.length > 0 ? <span style={{ color: token('color.text.subtlest'), fontWeight: token('font.weight.regular') }}>({section.lines.length + section.more})</span> : null}
          </h4>
          {section.lines.length === 0 ? (
            <p style={{ ...subtle, color: token('color.text.subtlest') }} data-testid="daily-note-empty">
              {section.empty}
            </p>
          ) : (
            <ul style={{ margin: 0, paddingLeft: token('space.250'), display: 'flex', flexDirection: 'column', gap: token('space.050'), color: token('color.text') }}>
              {section.lines.map((line) => (
                <li key={`${line.issueKey}:${line.facts}`} data-testid="daily-note-line" data-issue-key={line.issueKey}>
                  <IssueKeyButton issueKey={line.issueKey} strong testId="daily-note-issue-key" />
                  {line.summary ? ` ${line.summary}` : ''} <span style={{ color: token('color.text.subtle') }}>— {line.facts}</span>
                </li>
              ))}
              {section.more > 0 ? <li style={{ listStyle: 'none', color: token('color.text.subtlest') }}>… and {section.more} more</li> : null}
            </ul>
          )}
        </div>
      ))}
      <p style={{ ...subtle, font: token('font.body.small'), color: token('color.text.subtlest') }}>{note.footer}</p>
      <CopyNote note={note} />
    </article>
  );
}
