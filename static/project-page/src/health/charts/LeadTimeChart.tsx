/** Lead time per month: the median and the 85th percentile, in days. */
import { scaleBand, scaleLinear } from '@visx/scale';
import { LinePath } from '@visx/shape';
import type { LeadTimeBucketView } from '../../../../../src/contract/resolvers';
import { chartColors } from './chartColors';
import { CategoryAxis, ChartFrame, ChartLegend, ValueAxis, ValueGrid } from './ChartFrame';
import { leadTimeMax } from './chartSeries';
import { formatDays } from '../healthWords';

const series = [
  { key: 'medianDays', label: 'Median', color: chartColors.median },
  { key: 'p85Days', label: '85th percentile', color: chartColors.p85 },
] as const;

export function LeadTimeChart({ months }: { months: LeadTimeBucketView[] }) {
  const labels = new Map(months.map((m) => [m.key, m.label]));
  return (
    <>
      <ChartLegend items={series.map((s) => ({ label: s.label, color: s.color, mark: 'line' as const }))} />
      <ChartFrame
        label={`Lead time chart of ${months.length} months: the median and the 85th percentile, in days. The table view lists the numbers.`}
        testId="lead-time-chart"
        draw={({ innerWidth, innerHeight }) => {
          const x = scaleBand({ domain: months.map((m) => m.key), range: [0, innerWidth], padding: 0.2 });
          const y = scaleLinear({ domain: [0, leadTimeMax(months)], range: [innerHeight, 0], nice: true });
          const center = (m: LeadTimeBucketView) => (x(m.key) ?? 0) + x.bandwidth() / 2;
          return (
            <>
              <ValueGrid scale={y} width={innerWidth} />
              {series.map((s) => (
                <g key={s.key}>
                  <LinePath data={months} x={center} y={(m) => y(m[s.key] ?? 0)} defined={(m) => m[s.key] !== null} style={{ stroke: s.color, strokeWidth: 2, fill: 'none' }} />
                  {months.map((m) => {
                    const days = m[s.key];
                    return days === null ? null : (
                      <circle key={m.key} cx={center(m)} cy={y(days)} r={3.5} style={{ fill: s.color, stroke: chartColors.surface, strokeWidth: 1.5 }}>
                        <title>{`${m.label}: ${s.label.toLowerCase()} ${formatDays(days)} (${m.count} issues)`}</title>
                      </circle>
                    );
                  })}
                </g>
              ))}
              <ValueAxis scale={y} format={(d) => `${d} d`} />
              <CategoryAxis scale={x} top={innerHeight} names={labels} />
            </>
          );
        }}
      />
    </>
  );
}
