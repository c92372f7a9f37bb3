/** The partner signal per month (lazy chunk): chart or table, and how it is computed. */
import type { HealthView } from '../../../../../src/contract/resolvers';
import { ChartOrTable, NoData } from '../ChartOrTable';
import { PartnerChart } from './PartnerChart';
import { PartnerTable } from './PartnerTable';

export default function PartnerSection({ health, labelledBy }: { health: HealthView; labelledBy: string }) {
  // A snapshot stored before the partner signal existed has no months until its next refresh.
  const months = health.partner ?? [];
  if (months.length === 0) return <NoData>The partner signal appears with the next refresh of the snapshot.</NoData>;
  return (
    <ChartOrTable
      name="partner signal"
      testId="partner"
      chart={<PartnerChart months={months} />}
      table={<PartnerTable months={months} labelledBy={labelledBy} />}
      formulas={[health.formulas.partner]}
    />
  );
}
