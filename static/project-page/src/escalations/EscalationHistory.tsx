/**
 * Every comment the scanner posted (lazy chunk), newest first: filterable by rule and issue key,
 * each comment folded to one line until expanded, exported as CSV as filtered.
 */
import { token } from '@atlaskit/tokens';
import { useMemo, useState, type CSSProperties } from 'react';
import type { EscalationItemView } from '../../../../src/contract/resolvers';
import { Button } from '../../../shared/buttons';
import { downloadCsv, toCsv } from '../../../shared/csv';
import { formatDateTime, formatShortDateTime } from '../../../shared/decisionLabels';
import { recipientsWithRoles, ruleLabels, stepWords } from '../../../shared/escalationItemWords';
import { inputStyle, labelStyle } from '../../../shared/formControls';
import { cellStyle, headerCellStyle, tableStyle } from '../../../shared/tableStyles';
import { filterHistory, historyCountWords, historyCsvRows, noHistoryFilter, rulesIn, type HistoryFilter } from './escalationReport';
import { IssueKeyButton } from './IssueKeyButton';

const rowStyle: CSSProperties = { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: token('space.150') };
const nowrap: CSSProperties = { ...cellStyle, whiteSpace: 'nowrap', verticalAlign: 'top' };
const top: CSSProperties = { ...cellStyle, verticalAlign: 'top' };
const folded: CSSProperties = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' };
const unfolded: CSSProperties = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' };
// The comment takes what the other columns leave (max-width 0 keeps a folded line from widening the table).
const commentCell: CSSProperties = { ...cellStyle, verticalAlign: 'top', width: '40%', maxWidth: 0, minWidth: 240 };

interface Props {
  projectKey: string;
  history: EscalationItemView[];
  historyTotal: number;
  labelledBy: string;
}

export default function EscalationHistory({ projectKey, history, historyTotal, labelledBy }: Props) {
  const [filter, setFilter] = useState<HistoryFilter>(noHistoryFilter);
  const rows = useMemo(() => filterHistory(history, filter), [history, filter]);
  const rules = useMemo(() => rulesIn(history), [history]);
  if (historyTotal === 0) {
    return (
      <p style={{ margin: 0, color: token('color.text.subtle') }} data-testid="escalation-history-empty">
        Nothing has been posted yet.
      </p>
    );
  }
  const exportCsv = () => downloadCsv(`${projectKey}-escalations-${new Date().toISOString().slice(0, 10)}.csv`, toCsv(historyCsvRows(rows)));
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: token('space.150') }} data-testid="escalation-history">
      <div role="search" aria-label="Filter the comments posted" style={rowStyle}>
        <div>
          <label htmlFor="escalation-history-rule" style={labelStyle}>
            Rule
          </label>
          <select id="escalation-history-rule" value={filter.rule} onChange={(e) => setFilter({ ...filter, rule: e.target.value as HistoryFilter['rule'] })} style={{ ...inputStyle, width: 'auto', minWidth: 180 }} data-testid="escalation-history-rule">
            <option value="all">All rules</option>
            {rules.map((rule) => (
              <option key={rule} value={rule}>
                {ruleLabels[rule]}
              </option>
            ))}
          </select>
        </div>
        <div style={{ flex: '0 1 220px' }}>
          <label htmlFor="escalation-history-issue" style={labelStyle}>
            Issue key
          </label>
          <input id="escalation-history-issue" type="search" value={filter.issue} onChange={(e) => setFilter({ ...filter, issue: e.target.value })} style={inputStyle} data-testid="escalation-history-issue" />
        </div>
      </div>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: token('space.100'), flexWrap: 'wrap' }}>
        <span role="status" style={{ color: token('color.text.subtle') }} data-testid="escalation-history-count">
          {historyCountWords(rows.length, history.length, historyTotal)}
        </span>
        <Button onClick={exportCsv} disabled={rows.length === 0} data-testid="escalation-history-export">
          Export CSV
        </Button>
      </div>
      {rows.length === 0 ? (
        <p style={{ margin: 0, color: token('color.text.subtle') }} data-testid="escalation-history-no-match">
          No comment posted matches these filters.
        </p>
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <table style={tableStyle} aria-labelledby={labelledBy} data-testid="escalation-history-table">
            <thead>
              <tr>
                <th scope="col" style={headerCellStyle}>Posted</th>
                <th scope="col" style={headerCellStyle}>Rule</th>
                <th scope="col" style={headerCellStyle}>Issue</th>
                <th scope="col" style={headerCellStyle}>Step</th>
                <th scope="col" style={headerCellStyle}>Recipients</th>
                <th scope="col" style={headerCellStyle}>Comment</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((item) => (
                <HistoryRow key={item.id} item={item} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function HistoryRow({ item }: { item: EscalationItemView }) {
  const [open, setOpen] = useState(false);
  const textId = `escalation-text-${item.id}`;
  return (
    <tr data-testid="escalation-history-row" data-issue-key={item.issueKey} data-rule={item.rule}>
      <td style={nowrap} title={formatDateTime(item.postedAt)}>
        {formatShortDateTime(item.postedAt)}
      </td>
      <td style={nowrap}>{item.ruleWords}</td>
      <th scope="row" style={{ ...nowrap, fontWeight: 'inherit' }}>
        <IssueKeyButton issueKey={item.issueKey} />
      </th>
      <td style={nowrap}>{stepWords(item.step)}</td>
      <td style={{ ...top, minWidth: 180 }}>{recipientsWithRoles(item.recipients)}</td>
      <td style={commentCell}>
        <div id={textId} style={open ? unfolded : folded} data-testid="escalation-history-text">
          {item.text}
        </div>
        <Button appearance="subtle" aria-expanded={open} aria-controls={textId} onClick={() => setOpen(!open)} style={{ paddingLeft: 0 }} data-testid="escalation-history-toggle">
          {open ? 'Show less' : 'Show the whole comment'}
        </Button>
      </td>
    </tr>
  );
}
