/** Lead time as numbers: each month's count opens its issues; the last 90 days as the closing row. */
import type { LeadTimeBucketView } from '../../../../../src/contract/resolvers';
import { headerCellStyle, numericCellStyle, numericHeaderStyle, tableStyle } from '../../../../shared/tableStyles';
import { formatDays } from '../healthWords';
import { CountButton } from '../issues/CountButton';
import { rowHeaderStyle } from './tableParts';

function Row({ bucket, testId }: { bucket: LeadTimeBucketView; testId: string }) {
  return (
    <tr data-testid={testId} data-bucket={bucket.key}>
      <th scope="row" style={rowHeaderStyle}>
        {bucket.label}
      </th>
      <td style={numericCellStyle}>
        <CountButton counted={{ value: bucket.count, issueCount: bucket.count, ref: bucket.ref }} label={`Delivered in ${bucket.label}`} testId="lead-time-count" />
      </td>
      <td style={numericCellStyle}>{formatDays(bucket.medianDays)}</td>
      <td style={numericCellStyle}>{formatDays(bucket.p85Days)}</td>
    </tr>
  );
}

export function LeadTimeTable({ months, last90Days, labelledBy }: { months: LeadTimeBucketView[]; last90Days: LeadTimeBucketView; labelledBy: string }) {
  return (
    <table style={tableStyle} aria-labelledby={labelledBy} data-testid="lead-time-table">
      <thead>
        <tr>
          <th scope="col" style={headerCellStyle}>Month</th>
          <th scope="col" style={numericHeaderStyle}>Delivered</th>
          <th scope="col" style={numericHeaderStyle}>Median</th>
          <th scope="col" style={numericHeaderStyle}>85th percentile</th>
        </tr>
      </thead>
      <tbody>
        {months.map((m) => (
          <Row key={m.key} bucket={m} testId="lead-time-row" />
        ))}
      </tbody>
      <tfoot>
        <Row bucket={last90Days} testId="lead-time-last-90-days" />
      </tfoot>
    </table>
  );
}
