/** Scope change per sprint: added and re-estimated up above zero, removed and re-estimated down below, the net line, the threshold. */
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar, Line, LinePath } from '@visx/shape';
import type { ScopeRowView } from '../../../../../src/contract/resolvers';
import { formatPoints } from '../../../../shared/format';
import { chartColors } from './chartColors';
import { CategoryAxis, ChartFrame, ChartLegend, ValueAxis, ValueGrid } from './ChartFrame';
import { scopeExtent, scopeSegments, thresholdWords, type ScopePart } from './chartSeries';

const partLabel: Record<ScopePart, string> = { added: 'Added', reestimatedUp: 'Re-estimated up', removed: 'Removed', reestimatedDown: 'Re-estimated down' };

export function ScopeChart({ rows, unit, thresholdPoints, budgetPoints }: { rows: ScopeRowView[]; unit: string; thresholdPoints: number | null; budgetPoints: number | null }) {
  const names = new Map(rows.map((r) => [String(r.sprintId), r.name]));
  const threshold = thresholdPoints === null ? null : thresholdWords(thresholdPoints, budgetPoints, unit);
  const label = `Scope change chart of ${rows.length} sprints: ${unit} added, removed and re-estimated, and the net change${threshold ? `, against the threshold of ${threshold}` : ''}. The table view lists the numbers.`;
  return (
    <>
      <ChartLegend
        items={[
          ...(['added', 'reestimatedUp', 'removed', 'reestimatedDown'] as const).map((part) => ({ label: partLabel[part], color: chartColors[part], mark: 'bar' as const })),
          { label: 'Net change', color: chartColors.net, mark: 'line' },
          ...(threshold ? [{ label: `Threshold: ${threshold}`, color: chartColors.threshold, mark: 'dashed' as const }] : []),
        ]}
      />
      <ChartFrame
        label={label}
        testId="scope-chart"
        draw={({ innerWidth, innerHeight }) => {
          const x = scaleBand({ domain: rows.map((r) => String(r.sprintId)), range: [0, innerWidth], padding: 0.35 });
          const y = scaleLinear({ domain: scopeExtent(rows, thresholdPoints), range: [innerHeight, 0], nice: true });
          const center = (r: ScopeRowView) => (x(String(r.sprintId)) ?? 0) + x.bandwidth() / 2;
          return (
            <>
              <ValueGrid scale={y} width={innerWidth} />
              {rows.flatMap((r) =>
                scopeSegments(r).map((s) => (
                  <Bar key={`${r.sprintId}-${s.part}`} x={x(String(r.sprintId)) ?? 0} width={x.bandwidth()} y={y(Math.max(s.from, s.to))} height={Math.abs(y(s.from) - y(s.to))} style={{ fill: chartColors[s.part] }}>
                    <title>{`${r.name}: ${partLabel[s.part].toLowerCase()} ${formatPoints(Math.abs(s.to - s.from))} ${unit}`}</title>
                  </Bar>
                )),
              )}
              <Line from={{ x: 0, y: y(0) }} to={{ x: innerWidth, y: y(0) }} style={{ stroke: chartColors.axisText, strokeWidth: 1 }} />
              {thresholdPoints !== null
                ? [thresholdPoints, -thresholdPoints].map((t) => (
                    <Line key={t} from={{ x: 0, y: y(t) }} to={{ x: innerWidth, y: y(t) }} style={{ stroke: chartColors.threshold, strokeWidth: 1.5, strokeDasharray: '6 4' }} />
                  ))
                : null}
              <LinePath data={rows} x={center} y={(r) => y(r.netPoints)} style={{ stroke: chartColors.net, strokeWidth: 2, fill: 'none' }} />
              {rows.map((r) => (
                <circle key={`net-${r.sprintId}`} cx={center(r)} cy={y(r.netPoints)} r={r.flagged ? 5 : 3.5} style={{ fill: r.flagged ? chartColors.threshold : chartColors.net, stroke: chartColors.surface, strokeWidth: 1.5 }}>
                  <title>{`${r.name}: net ${r.netPoints > 0 ? '+' : ''}${formatPoints(r.netPoints)} ${unit}${r.flagged ? ', above the threshold' : ''}`}</title>
                </circle>
              ))}
              <ValueAxis scale={y} />
              <CategoryAxis scale={x} top={innerHeight} names={names} />
            </>
          );
        }}
      />
    </>
  );
}
