/** Velocity: committed and completed bars per sprint, the 3-sprint rolling average, the ±15 % band behind them. */
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar, LinePath } from '@visx/shape';
import type { VelocityRowView } from '../../../../../src/contract/resolvers';
import { formatPoints } from '../../../../shared/format';
import { BAND_OPACITY, chartColors } from './chartColors';
import { CategoryAxis, ChartFrame, ChartLegend, ValueAxis, ValueGrid } from './ChartFrame';
import { velocityMax } from './chartSeries';

export function VelocityChart({ rows, unit }: { rows: VelocityRowView[]; unit: string }) {
  const names = new Map(rows.map((r) => [String(r.sprintId), r.name]));
  const label = `Velocity chart of ${rows.length} sprints: committed and completed ${unit} per sprint, the rolling average and the ±15 % band. The table view lists the numbers.`;
  return (
    <>
      <ChartLegend
        items={[
          { label: 'Committed', color: chartColors.committed, mark: 'bar' },
          { label: 'Completed', color: chartColors.completed, mark: 'bar' },
          { label: 'Rolling average (3 sprints)', color: chartColors.rollingAverage, mark: 'line' },
          { label: '±15 % of the previous 3 sprints’ average', color: chartColors.band, mark: 'band' },
        ]}
      />
      <ChartFrame
        label={label}
        testId="velocity-chart"
        draw={({ innerWidth, innerHeight }) => {
          const x = scaleBand({ domain: rows.map((r) => String(r.sprintId)), range: [0, innerWidth], padding: 0.3 });
          const y = scaleLinear({ domain: [0, velocityMax(rows)], range: [innerHeight, 0], nice: true });
          const pair = scaleBand({ domain: ['committed', 'completed'], range: [0, x.bandwidth()], padding: 0.08 });
          const step = x.step();
          const center = (r: VelocityRowView) => (x(String(r.sprintId)) ?? 0) + x.bandwidth() / 2;
          return (
            <>
              <ValueGrid scale={y} width={innerWidth} />
              {rows.map((r) =>
                r.band ? (
                  <rect key={`band-${r.sprintId}`} x={center(r) - step / 2} width={step} y={y(r.band.high)} height={Math.max(0, y(r.band.low) - y(r.band.high))} style={{ fill: chartColors.band, fillOpacity: BAND_OPACITY }}>
                    <title>{`${r.name}: band ${formatPoints(r.band.low)}–${formatPoints(r.band.high)} ${unit}`}</title>
                  </rect>
                ) : null,
              )}
              {rows.map((r) => (
                <Group key={r.sprintId} left={x(String(r.sprintId)) ?? 0}>
                  <Bar x={pair('committed')} width={pair.bandwidth()} y={y(r.committed.value)} height={innerHeight - y(r.committed.value)} style={{ fill: chartColors.committed }}>
                    <title>{`${r.name}: committed ${formatPoints(r.committed.value)} ${unit}`}</title>
                  </Bar>
                  <Bar
                    x={pair('completed')}
                    width={pair.bandwidth()}
                    y={y(r.completed.value)}
                    height={innerHeight - y(r.completed.value)}
                    style={{ fill: chartColors.completed, fillOpacity: r.state === 'active' ? 0.45 : 1 }}
                  >
                    <title>{`${r.name}: completed ${formatPoints(r.completed.value)} ${unit}${r.state === 'active' ? ' so far (active)' : ''}`}</title>
                  </Bar>
                </Group>
              ))}
              <LinePath data={rows} x={center} y={(r) => y(r.rollingAverage ?? 0)} defined={(r) => r.rollingAverage !== null} style={{ stroke: chartColors.rollingAverage, strokeWidth: 2, fill: 'none' }} />
              {rows.map((r) =>
                r.rollingAverage === null ? null : (
                  <circle key={`avg-${r.sprintId}`} cx={center(r)} cy={y(r.rollingAverage)} r={3.5} style={{ fill: chartColors.rollingAverage, stroke: chartColors.surface, strokeWidth: 1.5 }}>
                    <title>{`${r.name}: rolling average ${formatPoints(r.rollingAverage)} ${unit}`}</title>
                  </circle>
                ),
              )}
              <ValueAxis scale={y} />
              <CategoryAxis scale={x} top={innerHeight} names={names} />
            </>
          );
        }}
      />
    </>
  );
}
