/**
 * The project page's "Concerns and calibration calls" (lazy chunk): the calibration calls the app created
 * that are not done (a week-old one flagged "not held"), then the concerns the caller may read, with who
 * reads them, and "Raise a concern". Everything from `project/overview`: a call is "created" only when the
 * ledger holds its issue, its status is the snapshot's or Jira's.
 */
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import { useState, type CSSProperties } from 'react';
import type { CalibrationCallsView, CalibrationCallView, ConcernsView, ConcernView } from '../../../../src/contract/resolvers';
import { Button } from '../../../shared/buttons';
import ConcernForm from '../../../shared/concern/ConcernForm';
import { callWords, listReadersWords } from '../../../shared/concern/concernWords';
import { formatDate } from '../../../shared/format';
import { cellStyle, headerCellStyle, tableStyle } from '../../../shared/tableStyles';
import { IssueKeyButton } from '../escalations/IssueKeyButton';

const DAY_MS = 86_400_000;
const column: CSSProperties = { display: 'flex', flexDirection: 'column', gap: token('space.150') };
const subheading: CSSProperties = { margin: 0, font: token('font.heading.small'), color: token('color.text') };
const subtle: CSSProperties = { margin: 0, color: token('color.text.subtle') };
const small: CSSProperties = { margin: 0, color: token('color.text.subtle'), font: token('font.body.small') };
const concernStyle: CSSProperties = { ...column, gap: token('space.050'), padding: token('space.150'), border: `${token('border.width')} solid ${token('color.border')}`, borderRadius: token('radius.medium', '6px') };

/** "3 days", counted on the server's clock. */
function openFor(call: CalibrationCallView, servedAt: string): string {
  const days = Math.max(0, Math.floor((Date.parse(servedAt) - Date.parse(call.createdAt)) / DAY_MS));
  return days === 0 ? 'less than a day' : days === 1 ? '1 day' : `${days} days`;
}

function OpenCalls({ view }: { view: CalibrationCallsView }) {
  const held = view.heldCount > 0 ? ` ${view.heldCount} ${view.heldCount === 1 ? 'call was' : 'calls were'} held.` : '';
  if (view.open.length === 0) {
    return (
      <p style={subtle} data-testid="calibration-calls-empty">
        No calibration call is open.{held}
      </p>
    );
  }
  return (
    <>
      <p style={subtle} data-testid="calibration-calls-summary">
        Each is held within {view.heldWithinDays} days of its signal; one still open after that is flagged not held.{held}
      </p>
      <table style={tableStyle} data-testid="calibration-calls" aria-label="Open calibration calls">
        <thead>
          <tr>
            <th style={headerCellStyle}>Issue</th>
            <th style={headerCellStyle}>Summary</th>
            <th style={headerCellStyle}>Assignee</th>
            <th style={headerCellStyle}>Due</th>
            <th style={headerCellStyle}>Status</th>
            <th style={headerCellStyle}>Open for</th>
          </tr>
        </thead>
        <tbody>
          {view.open.map((call) => (
            <tr key={call.id} data-testid="calibration-call-row" data-issue-key={call.issueKey} data-not-held={call.notHeld}>
              <td style={cellStyle}>
                <IssueKeyButton issueKey={call.issueKey} />
              </td>
              <td style={cellStyle}>{call.summary}</td>
              <td style={cellStyle}>{call.assignee?.displayName ?? 'Unassigned'}</td>
              <td style={{ ...cellStyle, whiteSpace: 'nowrap' }}>{call.dueDate ?? '—'}</td>
              <td style={cellStyle}>{call.status ?? 'Not read yet'}</td>
              <td style={{ ...cellStyle, whiteSpace: 'nowrap' }} data-testid="calibration-call-age">
                {openFor(call, view.servedAt)}{' '}
                {call.notHeld ? (
                  <span data-testid="calibration-call-not-held" aria-label={`Not held: still open after ${view.heldWithinDays} days`}>
                    <Lozenge appearance="removed">Not held</Lozenge>
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function ConcernItem({ concern, view }: { concern: ConcernView; view: ConcernsView }) {
  const by = concern.mine ? 'by you' : `by ${concern.raisedBy.displayName}`;
  return (
    <li style={concernStyle} data-testid="concern-item" data-mine={concern.mine}>
      <p style={{ margin: 0, whiteSpace: 'pre-wrap', color: token('color.text') }} data-testid="concern-text-shown">
        {concern.text}
      </p>
      <p style={small}>
        Raised {formatDate(concern.raisedAt)} {by}
        {concern.issueKey ? ` about ${concern.issueKey}` : ''}.{' '}
        <span data-testid="concern-call">{callWords(concern.call, view.waitReason)}</span>
      </p>
    </li>
  );
}

function Concerns({ initial }: { initial: ConcernsView }) {
  const [view, setView] = useState(initial);
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <div style={column}>
      <p style={subtle} data-testid="concerns-scope">
        {view.scope === 'all' ? 'As a sponsor you read every concern raised in this project.' : 'You see the concerns you raised.'} {listReadersWords(view.readers)}
      </p>
      {notice ? (
        <p role="status" style={{ ...subtle, color: token('color.text.success') }} data-testid="concern-raised">
          {notice}
        </p>
      ) : null}
      {open ? (
        <ConcernForm
          readers={view.readers}
          onCancel={() => setOpen(false)}
          onDone={(answer) => {
            setOpen(false);
            setNotice(`Concern raised. ${callWords(answer.concern.call, answer.waitReason)}`);
            setView((v) => ({ ...v, items: [answer.concern, ...v.items.filter((c) => c.id !== answer.concern.id)] }));
          }}
        />
      ) : (
        <div>
          <Button onClick={() => setOpen(true)} data-testid="concern-open">
            Raise a concern
          </Button>
        </div>
      )}
      {view.items.length === 0 ? (
        <p style={subtle} data-testid="concerns-empty">
          {view.scope === 'all' ? 'No concern has been raised.' : 'You have raised no concern.'}
        </p>
      ) : (
        <ul style={{ ...column, listStyle: 'none', margin: 0, padding: 0 }} data-testid="concerns">
          {view.items.map((c) => (
            <ConcernItem key={c.id} concern={c} view={view} />
          ))}
        </ul>
      )}
    </div>
  );
}

export default function CalibrationSection({ concerns, calls, labelledBy }: { concerns: ConcernsView; calls: CalibrationCallsView; labelledBy: string }) {
  return (
    <section aria-labelledby={labelledBy} style={column} data-testid="calibration">
      <div style={column}>
        <h3 style={subheading}>Open calibration calls</h3>
        <OpenCalls view={calls} />
      </div>
      <div style={column}>
        <h3 style={subheading}>Concerns</h3>
        <Concerns initial={concerns} />
      </div>
    </section>
  );
}
