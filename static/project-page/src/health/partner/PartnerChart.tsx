/** The partner signal per month: the client team's share of the new ideas and problems, as a bar (the current month faint: so far). */
import { token } from '@atlaskit/tokens';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import type { PartnerMonthView } from '../../../../../src/contract/resolvers';
import { chartColors } from '../charts/chartColors';
import { CategoryAxis, ChartFrame, ChartLegend, ValueAxis, ValueGrid } from '../charts/ChartFrame';
import { formatPartnerShare, partnerMonthWords } from './partnerWords';

const shareColor = token('color.chart.green.bold');
/** The current month's bar: its numbers are so far. */
const SO_FAR_OPACITY = 0.45;

export function PartnerChart({ months }: { months: PartnerMonthView[] }) {
  const names = new Map(months.map((m) => [m.key, m.label]));
  return (
    <>
      <ChartLegend
        items={[
          { label: 'Client team’s share of new ideas and problems', color: shareColor, mark: 'bar' },
          { label: 'This month so far', color: shareColor, mark: 'band' },
        ]}
      />
      <ChartFrame
        label={`Partner signal chart of ${months.length} months: the client team's share of the new ideas and problems. The table view lists the numbers.`}
        testId="partner-chart"
        draw={({ innerWidth, innerHeight }) => {
          const x = scaleBand({ domain: months.map((m) => m.key), range: [0, innerWidth], padding: 0.4 });
          const y = scaleLinear({ domain: [0, 1], range: [innerHeight, 0] });
          return (
            <>
              <ValueGrid scale={y} width={innerWidth} />
              {months.map((m) =>
                m.share === null ? (
                  <text key={m.key} x={(x(m.key) ?? 0) + x.bandwidth() / 2} y={innerHeight - 6} textAnchor="middle" style={{ fill: chartColors.axisText, fontSize: 11 }}>
                    none
                  </text>
                ) : (
                  <Bar
                    key={m.key}
                    x={x(m.key) ?? 0}
                    width={x.bandwidth()}
                    y={y(m.share)}
                    height={innerHeight - y(m.share)}
                    style={{ fill: shareColor, opacity: m.complete ? 1 : SO_FAR_OPACITY }}
                    data-testid="partner-bar"
                  >
                    <title>{`${partnerMonthWords(m)}: ${formatPartnerShare(m.share)} (${m.client.value} of ${m.counted.value} raised by the client team)`}</title>
                  </Bar>
                ),
              )}
              <ValueAxis scale={y} format={(share) => `${Math.round(share * 100)} %`} />
              <CategoryAxis scale={x} top={innerHeight} names={names} />
            </>
          );
        }}
      />
    </>
  );
}
