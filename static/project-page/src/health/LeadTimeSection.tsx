/** Lead time per month (lazy chunk): chart or table, and the last 90 days. */
import type { HealthView } from '../../../../src/contract/resolvers';
import { LeadTimeChart } from './charts/LeadTimeChart';
import { ChartOrTable, NoData } from './ChartOrTable';
import { LeadTimeTable } from './tables/LeadTimeTable';

export default function LeadTimeSection({ health, labelledBy }: { health: HealthView; labelledBy: string }) {
  const { months, last90Days } = health.leadTime;
  if (months.length === 0) return <NoData>No issue has been released or done yet.</NoData>;
  return (
    <ChartOrTable
      name="lead time"
      testId="lead-time"
      chart={<LeadTimeChart months={months} />}
      table={<LeadTimeTable months={months} last90Days={last90Days} labelledBy={labelledBy} />}
      formulas={[health.formulas.leadTime]}
    />
  );
}
