/** Velocity as numbers: every committed and completed figure opens its issues; a live commitment that differs is shown beside. */
import Lozenge from '@atlaskit/lozenge';
import type { VelocityRowView } from '../../../../../src/contract/resolvers';
import { formatRate } from '../../../../shared/acceptanceLabels';
import { formatPoints } from '../../../../shared/format';
import { sprintStateAppearance, sprintStateLabel } from '../../../../shared/lozenges';
import { cellStyle, headerCellStyle, numericCellStyle, numericHeaderStyle, tableStyle } from '../../../../shared/tableStyles';
import { CountButton } from '../issues/CountButton';
import { anyCommitmentDiffers, differingLiveCommitment, liveCommitmentWords, REPLAYED_NOTE } from './commitment';
import { rowHeaderStyle, SubtleLine, tableNoteStyle } from './tableParts';

const predictableWords = (p: boolean | null) => (p === null ? '—' : p ? 'Yes' : 'No');

export function VelocityTable({ rows, unit, labelledBy }: { rows: VelocityRowView[]; unit: string; labelledBy: string }) {
  const differs = anyCommitmentDiffers(rows);
  return (
    <>
      <table style={tableStyle} aria-labelledby={labelledBy} data-testid="velocity-table">
        <thead>
          <tr>
            <th scope="col" style={headerCellStyle}>Sprint</th>
            <th scope="col" style={headerCellStyle}>State</th>
            <th scope="col" style={numericHeaderStyle}>Committed ({unit})</th>
            <th scope="col" style={numericHeaderStyle}>Completed ({unit})</th>
            <th scope="col" style={numericHeaderStyle} title="Completed ÷ committed">Say/do</th>
            <th scope="col" style={numericHeaderStyle}>Rolling average</th>
            <th scope="col" style={numericHeaderStyle}>Band (±15 %)</th>
            <th scope="col" style={headerCellStyle}>Predictable</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const live = differingLiveCommitment(r);
            return (
              <tr key={r.sprintId} data-testid="velocity-row" data-sprint-id={r.sprintId}>
                <th scope="row" style={rowHeaderStyle} data-testid="sprint-name">
                  {r.name}
                </th>
                <td style={cellStyle}>
                  <Lozenge appearance={sprintStateAppearance(r.state)}>{sprintStateLabel[r.state]}</Lozenge>
                </td>
                <td style={numericCellStyle}>
                  <CountButton counted={r.committed} label={`Committed in ${r.name}`} showIssueCount testId="velocity-committed" />
                  {live ? <SubtleLine testId="velocity-live-commitment">{liveCommitmentWords(live)}</SubtleLine> : null}
                </td>
                <td style={numericCellStyle}>
                  <CountButton counted={r.completed} label={`Completed in ${r.name}${r.state === 'active' ? ' so far' : ''}`} showIssueCount testId="velocity-completed" />
                </td>
                <td style={numericCellStyle}>{formatRate(r.sayDoRatio)}</td>
                <td style={numericCellStyle}>{formatPoints(r.rollingAverage)}</td>
                <td style={{ ...numericCellStyle, whiteSpace: 'nowrap' }}>{r.band ? `${formatPoints(r.band.low)}–${formatPoints(r.band.high)}` : '—'}</td>
                <td style={cellStyle}>{predictableWords(r.predictable)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {differs ? (
        <p style={tableNoteStyle} data-testid="velocity-replayed-note">
          {REPLAYED_NOTE}
        </p>
      ) : null}
    </>
  );
}
