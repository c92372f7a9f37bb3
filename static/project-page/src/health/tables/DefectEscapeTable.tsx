/** Defect escape as numbers: the escaped bugs and the features of each release open their issues. */
import type { DefectEscapeRowView } from '../../../../../src/contract/resolvers';
import { formatDate } from '../../../../shared/format';
import { cellStyle, headerCellStyle, numericCellStyle, numericHeaderStyle, tableStyle } from '../../../../shared/tableStyles';
import { formatPerFeature } from '../healthWords';
import { CountButton } from '../issues/CountButton';
import { rowHeaderStyle } from './tableParts';

export function DefectEscapeTable({ rows, labelledBy }: { rows: DefectEscapeRowView[]; labelledBy: string }) {
  return (
    <table style={tableStyle} aria-labelledby={labelledBy} data-testid="defect-escape-table">
      <thead>
        <tr>
          <th scope="col" style={headerCellStyle}>Release</th>
          <th scope="col" style={headerCellStyle}>Released</th>
          <th scope="col" style={numericHeaderStyle}>Escaped bugs</th>
          <th scope="col" style={numericHeaderStyle}>Features shipped</th>
          <th scope="col" style={numericHeaderStyle} title="Escaped bugs ÷ features shipped">Escaped per feature</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.versionId} data-testid="defect-escape-row" data-version-id={r.versionId}>
            <th scope="row" style={rowHeaderStyle}>
              {r.name}
            </th>
            <td style={{ ...cellStyle, whiteSpace: 'nowrap' }}>{formatDate(r.releaseDate)}</td>
            <td style={numericCellStyle}>
              <CountButton counted={r.escaped} label={`Bugs escaped after ${r.name}`} testId="defect-escaped" />
            </td>
            <td style={numericCellStyle}>
              <CountButton counted={r.features} label={`Features shipped in ${r.name}`} testId="defect-features" />
            </td>
            <td style={numericCellStyle}>{formatPerFeature(r.rate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
