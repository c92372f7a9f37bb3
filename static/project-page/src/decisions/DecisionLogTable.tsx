/** The decision log as a plain semantic table; due and raised columns sort on click. */
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { DecisionView } from '../../../../src/contract/resolvers';
import { categoryAppearance, clockColor, formatDateTime, formatShortDateTime, impactWords, names, statusAppearance, statusLabels } from '../../../shared/decisionLabels';
import { cellStyle, headerCellStyle, tableStyle } from '../../../shared/tableStyles';
import type { LogSort, SortKey } from './logFilters';

const sortButton = { background: 'none', border: 'none', padding: 0, font: 'inherit', color: 'inherit', cursor: 'pointer' } as const;
const nowrap = { ...cellStyle, whiteSpace: 'nowrap' } as const;
const noBreak = { whiteSpace: 'nowrap' } as const;
const small = { font: token('font.body.small'), color: token('color.text.subtle') } as const;

function SortHeader({ label, column, sort, onSort }: { label: string; column: SortKey; sort: LogSort; onSort: (s: LogSort) => void }) {
  const active = sort.key === column;
  const next: LogSort = { key: column, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' };
  return (
    <th scope="col" style={headerCellStyle} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" style={sortButton} onClick={() => onSort(next)} data-testid={`sort-${column}`}>
        {label} {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
      </button>
    </th>
  );
}

export function DecisionLogTable({ decisions, sort, onSort }: { decisions: DecisionView[]; sort: LogSort; onSort: (s: LogSort) => void }) {
  return (
    <div style={{ overflowX: 'auto' }}>
      <table style={tableStyle} aria-label="Decision log" data-testid="decision-log-table">
        <thead>
          <tr>
            <th scope="col" style={headerCellStyle}>ID</th>
            <th scope="col" style={headerCellStyle}>Issue</th>
            <th scope="col" style={headerCellStyle}>Category</th>
            <th scope="col" style={headerCellStyle}>Question</th>
            <th scope="col" style={headerCellStyle}>Owners</th>
            <th scope="col" style={headerCellStyle}>Status</th>
            <SortHeader label="Raised" column="raised" sort={sort} onSort={onSort} />
            <SortHeader label="Due" column="due" sort={sort} onSort={onSort} />
            <th scope="col" style={headerCellStyle}>Decided</th>
          </tr>
        </thead>
        <tbody>
          {decisions.map((d) => (
            <tr key={d.id} data-testid="decision-log-row" data-decision-id={d.id}>
              <th scope="row" style={{ ...cellStyle, fontWeight: 'inherit', whiteSpace: 'nowrap' }}>{d.id}</th>
              <td style={nowrap}>{d.issueKey}</td>
              <td style={cellStyle}>
                <Lozenge appearance={categoryAppearance[d.category]}>{d.categoryLabel}</Lozenge>
              </td>
              <td style={{ ...cellStyle, minWidth: 220, overflowWrap: 'anywhere' }}>
                <div data-testid="decision-log-question">{d.question}</div>
                {d.impactPoints !== null ? (
                  <div style={small} data-testid="decision-log-impact">
                    Impact: {impactWords(d.impactPoints)}
                  </div>
                ) : null}
              </td>
              <td style={cellStyle}>{names(d.owners)}</td>
              <td style={cellStyle} data-testid="decision-log-status">
                <Lozenge appearance={statusAppearance[d.status]}>{statusLabels[d.status]}</Lozenge>
              </td>
              <td style={nowrap}>
                <div title={formatDateTime(d.raisedAt)}>{formatShortDateTime(d.raisedAt)}</div>
                <div style={small}>by {d.raisedBy.displayName}</div>
              </td>
              <td style={{ ...cellStyle, minWidth: 140 }}>
                <div style={noBreak} title={formatDateTime(d.dueAt)}>{formatShortDateTime(d.dueAt)}</div>
                {d.status !== 'withdrawn' ? <div style={{ font: token('font.body.small'), color: clockColor(d.clock.state) }}>{d.clock.words}</div> : null}
              </td>
              <td style={nowrap}>
                {d.decidedAt ? (
                  <>
                    <div title={formatDateTime(d.decidedAt)}>{formatShortDateTime(d.decidedAt)}</div>
                    <div style={small}>by {d.decidedBy?.displayName}</div>
                  </>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
