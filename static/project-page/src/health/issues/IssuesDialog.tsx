/** The issues behind one number (lazy chunk): key, summary, points, the event that counted, when; to Jira's search or a CSV. */
import { token } from '@atlaskit/tokens';
import { router } from '@forge/bridge';
import { useEffect, useId, useState, type CSSProperties } from 'react';
import type { HealthIssuesView, ResolverError } from '../../../../../src/contract/resolvers';
import { Button } from '../../../../shared/buttons';
import { downloadCsv, toCsv } from '../../../../shared/csv';
import { formatDateTime, formatShortDateTime } from '../../../../shared/decisionLabels';
import { formatPoints } from '../../../../shared/format';
import { callResolver } from '../../../../shared/resolverClient';
import { ErrorState, Loading } from '../../../../shared/states';
import { cellStyle, headerCellStyle, numericCellStyle, numericHeaderStyle, tableStyle } from '../../../../shared/tableStyles';
import { Dialog } from './Dialog';
import type { IssuesRequest } from './issuesDialogContext';
import { issuePath, issueSearchPath, issuesCsvFileName, issuesCsvRows, issuesTotalWords } from './issueLinks';

type Answer = { status: 'loading' } | { status: 'loaded'; view: HealthIssuesView } | { status: 'failed'; error: ResolverError };

const titleStyle: CSSProperties = { margin: 0, font: token('font.heading.medium'), color: token('color.text') };
const footerStyle: CSSProperties = { display: 'flex', gap: token('space.100'), justifyContent: 'flex-end', flexWrap: 'wrap' };
const scrollStyle: CSSProperties = { maxHeight: 440, overflow: 'auto' };
const keyButton: CSSProperties = { border: 'none', background: 'transparent', padding: 0, font: 'inherit', color: token('color.link'), cursor: 'pointer', whiteSpace: 'nowrap' };
const nowrap: CSSProperties = { ...cellStyle, whiteSpace: 'nowrap' };

export default function IssuesDialog({ request, projectKey, onClose }: { request: IssuesRequest; projectKey: string; onClose: () => void }) {
  const titleId = useId();
  const [answer, setAnswer] = useState<Answer>({ status: 'loading' });
  const [openError, setOpenError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    setAnswer({ status: 'loading' });
    void callResolver('health/issues', { ref: request.ref }).then((result) => {
      if (current) setAnswer(result.ok ? { status: 'loaded', view: result.data } : { status: 'failed', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [request.ref]);

  const view = answer.status === 'loaded' ? answer.view : null;
  const open = (path: string) => {
    setOpenError(null);
    router.open(path).catch((error: unknown) => setOpenError(`Jira did not open it: ${error instanceof Error ? error.message : String(error)}`));
  };
  const jql = view?.jql ?? null;

  return (
    <Dialog labelledBy={titleId} opener={request.opener} onClose={onClose} testId="health-issues-dialog">
      <div style={{ display: 'flex', flexDirection: 'column', gap: token('space.050') }}>
        <h2 id={titleId} style={titleStyle} data-testid="health-issues-title">
          {view?.title ?? request.label}
        </h2>
        {view ? (
          <span style={{ color: token('color.text.subtle') }} data-testid="health-issues-total">
            {issuesTotalWords(view.rows)}
          </span>
        ) : null}
      </div>
      {answer.status === 'loading' ? <Loading label="Loading the issues" /> : null}
      {answer.status === 'failed' ? <ErrorState error={answer.error} /> : null}
      {view && view.rows.length === 0 ? <p style={{ margin: 0, color: token('color.text.subtle') }}>No issues are behind this number.</p> : null}
      {view && view.rows.length > 0 ? (
        <div style={scrollStyle}>
          <table style={tableStyle} aria-labelledby={titleId} data-testid="health-issues-table">
            <thead>
              <tr>
                <th scope="col" style={headerCellStyle}>Issue</th>
                <th scope="col" style={headerCellStyle}>Summary</th>
                <th scope="col" style={numericHeaderStyle}>Points</th>
                <th scope="col" style={headerCellStyle}>Counted as</th>
                <th scope="col" style={headerCellStyle}>When</th>
              </tr>
            </thead>
            <tbody>
              {view.rows.map((row) => (
                <tr key={`${row.key}-${row.event}-${row.at ?? ''}`} data-testid="health-issue-row" data-issue-key={row.key}>
                  <th scope="row" style={{ ...nowrap, fontWeight: 'inherit' }}>
                    <button type="button" style={keyButton} onClick={() => open(issuePath(row.key))} aria-label={`${row.key}: open in Jira`} data-testid="health-issue-key">
                      {row.key}
                    </button>
                  </th>
                  <td style={cellStyle}>{row.summary}</td>
                  <td style={numericCellStyle}>{formatPoints(row.points)}</td>
                  <td style={cellStyle}>{row.event}</td>
                  <td style={nowrap} title={formatDateTime(row.at)}>
                    {formatShortDateTime(row.at)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {openError ? (
        <p role="alert" style={{ margin: 0, color: token('color.text.danger') }}>
          {openError}
        </p>
      ) : null}
      <div style={footerStyle}>
        <Button disabled={jql === null} onClick={() => jql && open(issueSearchPath(jql))} data-testid="health-issues-search">
          Open in Jira search
        </Button>
        <Button
          disabled={!view || view.rows.length === 0}
          onClick={() => view && downloadCsv(issuesCsvFileName(projectKey, view.title), toCsv(issuesCsvRows(view)))}
          data-testid="health-issues-export"
        >
          Export CSV
        </Button>
        <Button appearance="primary" onClick={onClose} data-testid="health-issues-close">
          Close
        </Button>
      </div>
    </Dialog>
  );
}
