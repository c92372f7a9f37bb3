/** Defect escape per release: escaped bugs per feature shipped, as a rate bar. */
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import type { DefectEscapeRowView } from '../../../../../src/contract/resolvers';
import { chartColors } from './chartColors';
import { CategoryAxis, ChartFrame, ChartLegend, ValueAxis, ValueGrid } from './ChartFrame';
import { defectRateMax } from './chartSeries';
import { formatPerFeature } from '../healthWords';

export function DefectEscapeChart({ rows }: { rows: DefectEscapeRowView[] }) {
  const names = new Map(rows.map((r) => [r.versionId, r.name]));
  return (
    <>
      <ChartLegend items={[{ label: 'Escaped bugs per feature shipped', color: chartColors.escapeRate, mark: 'bar' }]} />
      <ChartFrame
        label={`Defect escape chart of ${rows.length} releases: escaped bugs per feature shipped. The table view lists the numbers.`}
        testId="defect-escape-chart"
        draw={({ innerWidth, innerHeight }) => {
          const x = scaleBand({ domain: rows.map((r) => r.versionId), range: [0, innerWidth], padding: 0.4 });
          const y = scaleLinear({ domain: [0, defectRateMax(rows)], range: [innerHeight, 0], nice: true });
          return (
            <>
              <ValueGrid scale={y} width={innerWidth} />
              {rows.map((r) =>
                r.rate === null ? (
                  <text key={r.versionId} x={(x(r.versionId) ?? 0) + x.bandwidth() / 2} y={innerHeight - 6} textAnchor="middle" style={{ fill: chartColors.axisText, fontSize: 11 }}>
                    no features
                  </text>
                ) : (
                  <Bar key={r.versionId} x={x(r.versionId) ?? 0} width={x.bandwidth()} y={y(r.rate)} height={innerHeight - y(r.rate)} style={{ fill: chartColors.escapeRate }}>
                    <title>{`${r.name}: ${formatPerFeature(r.rate)} escaped bugs per feature (${r.escaped.value} escaped, ${r.features.value} features)`}</title>
                  </Bar>
                ),
              )}
              <ValueAxis scale={y} format={(rate) => formatPerFeature(rate)} />
              <CategoryAxis scale={x} top={innerHeight} names={names} />
            </>
          );
        }}
      />
    </>
  );
}
