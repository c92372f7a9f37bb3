/** The acceptance queue (lazy chunk): what awaits the client, oldest first, and acceptance per sprint. */
import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';
import type { AcceptanceQueueView } from '../../../../src/contract/resolvers';
import { formatHours, formatRate } from '../../../shared/acceptanceLabels';
import { formatDateTime, formatShortDateTime } from '../../../shared/decisionLabels';
import { durationWords } from '../../../shared/liveClock';
import { ErrorState, Loading } from '../../../shared/states';
import { cellStyle, headerCellStyle, numericCellStyle, numericHeaderStyle, tableStyle } from '../../../shared/tableStyles';
import { useReloadable } from '../../../shared/useReloadable';

const HOUR = 3_600_000;
const subheading: CSSProperties = { margin: 0, font: token('font.heading.small'), color: token('color.text') };
const empty: CSSProperties = { margin: 0, color: token('color.text.subtle') };
const nowrap: CSSProperties = { ...cellStyle, whiteSpace: 'nowrap' };

export default function AcceptanceQueueSection() {
  const { state } = useReloadable('acceptance/queue');
  if (state.status === 'loading') return <Loading label="Loading the acceptance queue" />;
  if (state.status === 'failed') return <ErrorState error={state.error} />;
  return <AcceptanceQueue queue={state.data} />;
}

function AcceptanceQueue({ queue }: { queue: AcceptanceQueueView }) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: token('space.200') }} data-testid="acceptance-queue">
      <p style={{ margin: 0, color: token('color.text.subtle') }}>
        Issues wait for the client from when they reach “{queue.readyStatus}” until an acceptor accepts them or requests changes.
      </p>
      <h3 id="acceptance-awaiting-heading" style={subheading}>
        Awaiting the client ({queue.awaiting.length})
      </h3>
      {queue.awaiting.length === 0 ? (
        <p style={empty} data-testid="acceptance-queue-empty">
          Nothing awaits acceptance.
        </p>
      ) : (
        <table style={tableStyle} aria-labelledby="acceptance-awaiting-heading" data-testid="acceptance-queue-table">
          <thead>
            <tr>
              <th scope="col" style={headerCellStyle}>Issue</th>
              <th scope="col" style={headerCellStyle}>Summary</th>
              <th scope="col" style={headerCellStyle}>Assignee</th>
              <th scope="col" style={headerCellStyle}>Ready since</th>
              <th scope="col" style={numericHeaderStyle}>Waiting</th>
              <th scope="col" style={numericHeaderStyle}>Round</th>
            </tr>
          </thead>
          <tbody>
            {queue.awaiting.map((item) => (
              <tr key={item.issueKey} data-testid="acceptance-queue-row" data-issue-key={item.issueKey}>
                <th scope="row" style={{ ...nowrap, fontWeight: 'inherit' }}>{item.issueKey}</th>
                <td style={cellStyle}>{item.summary}</td>
                <td style={cellStyle}>{item.assignee ?? 'Unassigned'}</td>
                <td style={nowrap} title={formatDateTime(item.readySince)}>{formatShortDateTime(item.readySince)}</td>
                <td style={{ ...numericCellStyle, whiteSpace: 'nowrap' }} data-testid="acceptance-queue-age">{durationWords(item.ageHours * HOUR)}</td>
                <td style={numericCellStyle}>{item.round}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3 id="acceptance-sprints-heading" style={subheading}>
        Acceptance by sprint
      </h3>
      {queue.sprints.length === 0 ? (
        <p style={empty} data-testid="acceptance-sprints-empty">
          No sprint has accepted work yet.
        </p>
      ) : (
        <table style={tableStyle} aria-labelledby="acceptance-sprints-heading" data-testid="acceptance-sprints-table">
          <thead>
            <tr>
              <th scope="col" style={headerCellStyle}>Sprint</th>
              <th scope="col" style={numericHeaderStyle}>Accepted</th>
              <th scope="col" style={numericHeaderStyle} title="Accepted without any change request">First-pass acceptance</th>
              <th scope="col" style={numericHeaderStyle}>Change requests</th>
              <th scope="col" style={numericHeaderStyle}>Median ready → accepted</th>
            </tr>
          </thead>
          <tbody>
            {queue.sprints.map((s) => (
              <tr key={s.sprintId} data-testid="acceptance-sprint-row">
                <th scope="row" style={{ ...cellStyle, fontWeight: 'inherit' }}>{s.sprintName}</th>
                <td style={numericCellStyle}>{s.accepted}</td>
                <td style={numericCellStyle} title={`${s.acceptedFirstPass} of ${s.accepted} accepted the first time`} data-testid="acceptance-first-pass">{formatRate(s.firstPassRate)}</td>
                <td style={numericCellStyle}>{s.changeRequests}</td>
                <td style={numericCellStyle}>{formatHours(s.medianReadyToAcceptedHours)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
