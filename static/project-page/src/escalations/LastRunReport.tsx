/** The last scan's report: when, in which mode, what it counted, and what it did not do and why. */
import { token } from '@atlaskit/tokens';
import type { CSSProperties, ReactNode } from 'react';
import type { EscalationRunView } from '../../../../src/contract/resolvers';
import { formatDateTime, formatShortDateTime } from '../../../shared/decisionLabels';
import { modeLabels, ruleLabels } from '../../../shared/escalationItemWords';
import { sinceWords } from '../../../shared/escalationWords';
import { budgetWarning, runCountsWords } from './escalationReport';

const column: CSSProperties = { display: 'flex', flexDirection: 'column', gap: token('space.100') };
const subtle: CSSProperties = { margin: 0, color: token('color.text.subtle') };
const listStyle: CSSProperties = { margin: `${token('space.050')} 0 0`, paddingLeft: token('space.250'), font: token('font.body.small'), color: token('color.text') };
const summaryStyle: CSSProperties = { cursor: 'pointer', color: token('color.text'), fontWeight: token('font.weight.semibold') };
const warningStyle: CSSProperties = { margin: 0, padding: token('space.150'), borderRadius: token('radius.small', '4px'), background: token('color.background.warning'), color: token('color.text') };

/** One of the report's lists, folded to its count; open from the start when `open`. */
function ReportList({ title, count, open, testId, children }: { title: string; count: number; open?: boolean; testId: string; children: ReactNode }) {
  if (count === 0) return null;
  return (
    <details open={open} data-testid={testId}>
      <summary style={summaryStyle}>
        {title} ({count})
      </summary>
      <ul style={listStyle}>{children}</ul>
    </details>
  );
}

export function LastRunReport({ run, now }: { run: EscalationRunView | null; now: number }) {
  if (!run) {
    return (
      <div style={column} data-testid="escalations-last-run">
        <h3 style={{ margin: 0, font: token('font.heading.small'), color: token('color.text') }}>Last run</h3>
        <p style={subtle} data-testid="escalations-no-run">
          The scanner has not run for this project yet; it runs after each hourly health refresh.
        </p>
      </div>
    );
  }
  const warning = budgetWarning(run.stoppedOnBudget);
  const ago = sinceWords(run.at, now);
  return (
    <div style={column} data-testid="escalations-last-run" data-mode={run.mode}>
      <h3 style={{ margin: 0, font: token('font.heading.small'), color: token('color.text') }}>Last run</h3>
      <p style={{ margin: 0, color: token('color.text') }} data-testid="escalations-run-summary">
        <span>{formatDateTime(run.at)}</span>
        {ago ? <span style={{ color: token('color.text.subtle') }}> ({ago} ago)</span> : null}, in {modeLabels[run.mode]}:{' '}
        <span data-testid="escalations-run-counts">{runCountsWords(run)}</span>
        {run.mode === 'preview' ? <span style={{ color: token('color.text.subtle') }}> (Preview posts nothing)</span> : null}
      </p>
      {warning ? (
        <p role="alert" style={warningStyle} data-testid="escalations-run-budget">
          {warning}
        </p>
      ) : null}
      <ReportList title="Failed" count={run.failed.length} open testId="escalations-run-failed">
        {run.failed.map((f, i) => (
          <li key={i}>
            {f.issueKey} · {ruleLabels[f.rule]}: {f.reason}
          </li>
        ))}
      </ReportList>
      <ReportList title="Deferred" count={run.deferred.length} testId="escalations-run-deferred">
        {run.deferred.map((d, i) => (
          <li key={i}>
            {d.issueKey} · {ruleLabels[d.rule]}: {d.reason}
            {d.until ? <span title={formatDateTime(d.until)}> (until {formatShortDateTime(d.until)})</span> : null}
          </li>
        ))}
      </ReportList>
      <ReportList title="Exempt" count={run.exempt.length} testId="escalations-run-exempt">
        {run.exempt.map((e, i) => (
          <li key={i}>
            {e.issueKey} · {ruleLabels[e.rule]}: {e.reason}
          </li>
        ))}
      </ReportList>
      <ReportList title="Rules not checked" count={run.skipped.length} open testId="escalations-run-skipped">
        {run.skipped.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ReportList>
    </div>
  );
}
