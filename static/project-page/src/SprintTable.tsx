/** Sprints, most recent first, as a plain semantic table (dynamic-table would add ~55 KB gzip). */
import Lozenge from '@atlaskit/lozenge';
import type { SprintRow } from '../../../src/contract/resolvers';
import { formatDate, formatPoints } from '../../shared/format';
import { sprintStateAppearance, sprintStateLabel } from '../../shared/lozenges';
import { cellStyle, headerCellStyle, numericCellStyle, numericHeaderStyle, tableStyle } from '../../shared/tableStyles';

/** Jira keeps no commitment record: the app stores it when it first sees a sprint active. */
const notRecorded = 'Not recorded: the app had not seen this sprint active';

function sprintDates(sprint: SprintRow): string {
  const end = sprint.completeDate ?? sprint.endDate;
  if (!sprint.startDate && !end) return 'Not started';
  return `${formatDate(sprint.startDate)} – ${formatDate(end)}`;
}

export function SprintTable({ sprints, labelledBy }: { sprints: SprintRow[]; labelledBy: string }) {
  return (
    <table style={tableStyle} aria-labelledby={labelledBy} data-testid="sprint-table">
      <thead>
        <tr>
          <th scope="col" style={headerCellStyle}>Sprint</th>
          <th scope="col" style={headerCellStyle}>State</th>
          <th scope="col" style={headerCellStyle}>Dates</th>
          <th scope="col" style={numericHeaderStyle}>Issues</th>
          <th scope="col" style={numericHeaderStyle}>Points now</th>
          <th scope="col" style={numericHeaderStyle}>Committed points</th>
          <th scope="col" style={numericHeaderStyle}>Completed points</th>
        </tr>
      </thead>
      <tbody>
        {sprints.map((sprint) => (
          <tr key={sprint.id} data-testid="sprint-row">
            <th scope="row" style={{ ...cellStyle, fontWeight: 'inherit' }} data-testid="sprint-name">
              {sprint.name}
            </th>
            <td style={cellStyle}>
              <Lozenge appearance={sprintStateAppearance(sprint.state)}>{sprintStateLabel[sprint.state]}</Lozenge>
            </td>
            <td style={cellStyle}>{sprintDates(sprint)}</td>
            <td style={numericCellStyle}>{sprint.issueCount}</td>
            <td style={numericCellStyle}>{formatPoints(sprint.storyPoints)}</td>
            <td style={numericCellStyle} title={sprint.committedPoints === null ? notRecorded : undefined}>
              {formatPoints(sprint.committedPoints)}
            </td>
            <td style={numericCellStyle}>{sprint.state === 'future' ? '—' : formatPoints(sprint.completedPoints)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
