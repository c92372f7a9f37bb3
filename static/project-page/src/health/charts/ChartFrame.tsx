/** What every health chart shares: its size and margins, the SVG with a name for assistive technology, the axes, a legend. */
import { token } from '@atlaskit/tokens';
import { AxisBottom, AxisLeft } from '@visx/axis';
import type { PickD3Scale } from '@visx/scale';
import type { CSSProperties, ReactNode } from 'react';
import { chartColors } from './chartColors';
import { categoryLabels } from './chartSeries';
import { useElementWidth } from './useElementWidth';

export const CHART_HEIGHT = 260;
export const MARGIN = { top: 16, right: 16, bottom: 36, left: 52 };

export interface ChartSize {
  width: number;
  innerWidth: number;
  innerHeight: number;
}

type ScaleLinear = PickD3Scale<'linear', number>;
type ScaleBand = PickD3Scale<'band', number, string>;

const tickLabel = { fill: chartColors.axisText, fontSize: 11, fontFamily: 'inherit', style: { fill: chartColors.axisText } } as const;

/** The SVG at the container's width; `draw` gets the inner size and draws inside the margins. */
export function ChartFrame({ label, testId, draw }: { label: string; testId: string; draw: (size: ChartSize) => ReactNode }) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const size = { width, innerWidth: Math.max(40, width - MARGIN.left - MARGIN.right), innerHeight: CHART_HEIGHT - MARGIN.top - MARGIN.bottom };
  return (
    <div ref={ref} style={{ width: '100%' }}>
      <svg width={width} height={CHART_HEIGHT} role="img" aria-label={label} data-testid={testId} style={{ display: 'block', overflow: 'visible' }}>
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>{draw(size)}</g>
      </svg>
    </div>
  );
}

/** Horizontal grid lines at the value axis's ticks. */
export function ValueGrid({ scale, width, ticks = 5 }: { scale: ScaleLinear; width: number; ticks?: number }) {
  return (
    <g aria-hidden="true">
      {scale.ticks(ticks).map((tick) => (
        <line key={tick} x1={0} x2={width} y1={scale(tick)} y2={scale(tick)} style={{ stroke: chartColors.grid, strokeOpacity: 0.6 }} />
      ))}
    </g>
  );
}

export function ValueAxis({ scale, format, ticks = 5 }: { scale: ScaleLinear; format?: (value: number) => string; ticks?: number }) {
  return (
    <AxisLeft
      scale={scale}
      numTicks={ticks}
      stroke={chartColors.axis}
      tickStroke={chartColors.axis}
      tickFormat={format ? (value) => format(Number(value)) : undefined}
      tickLabelProps={() => ({ ...tickLabel, textAnchor: 'end', dx: -4, dy: '0.33em' })}
    />
  );
}

/** The category axis, labelled with the names cut to what tells them apart within a band. */
export function CategoryAxis({ scale, top, names }: { scale: ScaleBand; top: number; names: ReadonlyMap<string, string> }) {
  const keys = scale.domain();
  const labels = categoryLabels(
    keys.map((key) => names.get(key) ?? key),
    scale.step() - 4,
  );
  const labelOf = new Map(keys.map((key, i) => [key, labels[i] ?? key]));
  return (
    <AxisBottom
      top={top}
      scale={scale}
      stroke={chartColors.axis}
      tickStroke={chartColors.axis}
      tickFormat={(key) => labelOf.get(String(key))}
      tickLabelProps={() => ({ ...tickLabel, textAnchor: 'middle' })}
    />
  );
}

export type LegendMark = 'bar' | 'line' | 'band' | 'dashed';
const legendStyle: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: `${token('space.050')} ${token('space.200')}`, margin: 0, padding: 0, listStyle: 'none', font: token('font.body.small'), color: token('color.text.subtle') };

function Swatch({ color, mark }: { color: string; mark: LegendMark }) {
  const base: CSSProperties = { display: 'inline-block', width: 14, marginRight: token('space.050') };
  if (mark === 'bar') return <span style={{ ...base, height: 10, background: color, borderRadius: 2 }} />;
  if (mark === 'band') return <span style={{ ...base, height: 10, background: color, opacity: 0.3, borderRadius: 2 }} />;
  return <span style={{ ...base, height: 0, borderTop: `2px ${mark === 'dashed' ? 'dashed' : 'solid'} ${color}` }} />;
}

/** The key to the chart's colours (hidden from assistive technology, which reads the chart's name and the table). */
export function ChartLegend({ items }: { items: { label: string; color: string; mark: LegendMark }[] }) {
  return (
    <ul style={legendStyle} aria-hidden="true">
      {items.map((item) => (
        <li key={item.label} style={{ display: 'inline-flex', alignItems: 'center', margin: 0 }}>
          <Swatch color={item.color} mark={item.mark} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
