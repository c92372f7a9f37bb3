/** Scope change as numbers: each part opens the issues that made it; the net and its share of the budget. */
import Lozenge from '@atlaskit/lozenge';
import type { ScopeRowView } from '../../../../../src/contract/resolvers';
import { formatPoints } from '../../../../shared/format';
import { cellStyle, headerCellStyle, numericCellStyle, numericHeaderStyle, tableStyle } from '../../../../shared/tableStyles';
import { formatShare } from '../healthWords';
import { CountButton } from '../issues/CountButton';
import { rowHeaderStyle, tableNoteStyle } from './tableParts';

const parts = [
  ['added', 'Added'],
  ['removed', 'Removed'],
  ['reestimatedUp', 'Re-estimated up'],
  ['reestimatedDown', 'Re-estimated down'],
] as const;

function signed(points: number): string {
  return points > 0 ? `+${formatPoints(points)}` : formatPoints(points);
}

export function ScopeTable({ rows, unit, labelledBy, threshold }: { rows: ScopeRowView[]; unit: string; labelledBy: string; threshold: string | null }) {
  return (
    <>
      <table style={tableStyle} aria-labelledby={labelledBy} data-testid="scope-table">
        <thead>
          <tr>
            <th scope="col" style={headerCellStyle}>Sprint</th>
            {parts.map(([part, words]) => (
              <th key={part} scope="col" style={numericHeaderStyle}>
                {words} ({unit})
              </th>
            ))}
            <th scope="col" style={numericHeaderStyle}>Net ({unit})</th>
            <th scope="col" style={numericHeaderStyle}>Share of budget</th>
            <th scope="col" style={headerCellStyle}>Above threshold</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.sprintId} data-testid="scope-row" data-sprint-id={r.sprintId}>
              <th scope="row" style={rowHeaderStyle}>
                {r.name}
              </th>
              {parts.map(([part, words]) => (
                <td key={part} style={numericCellStyle}>
                  <CountButton counted={r[part]} label={`${words} in ${r.name}`} showIssueCount testId={`scope-${part}`} />
                </td>
              ))}
              <td style={numericCellStyle}>{signed(r.netPoints)}</td>
              <td style={numericCellStyle}>{formatShare(r.shareOfBudget)}</td>
              <td style={cellStyle}>{r.flagged ? <Lozenge appearance="removed">Above</Lozenge> : r.shareOfBudget === null ? '—' : 'No'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p style={tableNoteStyle}>{threshold ? `A sprint is flagged when its net change passes ${threshold}.` : 'No budget is set in the project settings, so no sprint is flagged.'}</p>
    </>
  );
}
