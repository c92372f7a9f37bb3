/**
 * The charts' colours. Every colour is an Atlaskit token (a CSS variable of the active theme), so the same
 * SVG reads in light and dark; shapes take them through `style`, where a CSS variable always resolves.
 */
import { token } from '@atlaskit/tokens';

export const chartColors = {
  axis: token('color.border'),
  axisText: token('color.text.subtle'),
  grid: token('color.border'),
  committed: token('color.chart.gray.bold'),
  completed: token('color.chart.blue.bold'),
  rollingAverage: token('color.chart.purple.bolder'),
  band: token('color.chart.teal.bold'),
  added: token('color.chart.orange.bold'),
  reestimatedUp: token('color.chart.yellow.bold'),
  removed: token('color.chart.blue.bold'),
  reestimatedDown: token('color.chart.teal.bold'),
  net: token('color.chart.purple.bolder'),
  threshold: token('color.chart.danger.bold'),
  median: token('color.chart.blue.bold'),
  p85: token('color.chart.magenta.bold'),
  escapeRate: token('color.chart.red.bold'),
  surface: token('elevation.surface'),
} as const;

/** The band's fill is its colour, faint. */
export const BAND_OPACITY = 0.18;
