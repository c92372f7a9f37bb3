/** The partner signal as numbers: each month's client-raised, counted and left-out ideas and problems open their issues. */
import type { PartnerMonthView } from '../../../../../src/contract/resolvers';
import { headerCellStyle, numericCellStyle, numericHeaderStyle, tableStyle } from '../../../../shared/tableStyles';
import { CountButton } from '../issues/CountButton';
import { rowHeaderStyle, SubtleLine } from '../tables/tableParts';
import { formatPartnerShare } from './partnerWords';

export function PartnerTable({ months, labelledBy }: { months: PartnerMonthView[]; labelledBy: string }) {
  return (
    <table style={tableStyle} aria-labelledby={labelledBy} data-testid="partner-table">
      <thead>
        <tr>
          <th scope="col" style={headerCellStyle}>Month</th>
          <th scope="col" style={numericHeaderStyle}>Raised by the client team</th>
          <th scope="col" style={numericHeaderStyle}>New ideas and problems</th>
          <th scope="col" style={numericHeaderStyle} title="Raised by the client team ÷ new ideas and problems">Client share</th>
          <th scope="col" style={numericHeaderStyle} title="Created by an app, or follow-ups of a change request">Left out</th>
        </tr>
      </thead>
      <tbody>
        {months.map((m) => (
          <tr key={m.key} data-testid="partner-row" data-month={m.key}>
            <th scope="row" style={rowHeaderStyle}>
              {m.label}
              {m.complete ? null : <SubtleLine>so far</SubtleLine>}
            </th>
            <td style={numericCellStyle}>
              <CountButton counted={m.client} label={`Raised by the client team in ${m.label}`} testId="partner-client" />
            </td>
            <td style={numericCellStyle}>
              <CountButton counted={m.counted} label={`New ideas and problems in ${m.label}`} testId="partner-counted" />
            </td>
            <td style={numericCellStyle}>{formatPartnerShare(m.share)}</td>
            <td style={numericCellStyle}>
              <CountButton counted={m.excluded} label={`Left out in ${m.label}`} testId="partner-excluded" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
