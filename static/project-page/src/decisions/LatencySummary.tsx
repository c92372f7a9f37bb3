/** Per category, the median time to decision against its SLA. */
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { CategoryLatencyView, DecisionLogView } from '../../../../src/contract/resolvers';
import { categoryAppearance } from '../../../shared/decisionLabels';

const modeWords: Record<DecisionLogView['clockMode'], string> = {
  wall: 'Hours are wall-clock hours.',
  business: 'Hours count the working hours of the team that owns each category.',
  overlap: 'Hours count only the daily overlap window of both teams.',
};

const hours = (h: number) => `${Number.isInteger(h) ? h : h.toFixed(1)} h`;

export function latencyWords(l: CategoryLatencyView): string {
  const sla = l.slaHours === null ? 'no SLA' : `SLA ${hours(l.slaHours)}`;
  if (l.medianHours === null || l.decidedCount === 0) return `nothing decided yet (${sla})`;
  const within = l.withinSlaCount === null ? `${l.decidedCount} decided` : `${l.withinSlaCount} of ${l.decidedCount} within SLA`;
  return `median ${hours(l.medianHours)} (${sla}), ${within}`;
}

export function LatencySummary({ latency, clockMode }: { latency: CategoryLatencyView[]; clockMode: DecisionLogView['clockMode'] }) {
  return (
    <div>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: token('space.075') }} aria-label="Time to decision" data-testid="decision-latency">
        {latency.map((l) => {
          const late = l.withinSlaCount !== null && l.withinSlaCount < l.decidedCount;
          return (
            <li key={l.category} style={{ display: 'flex', gap: token('space.100'), alignItems: 'center', flexWrap: 'wrap' }} data-category={l.category}>
              <Lozenge appearance={categoryAppearance[l.category]}>{l.label}</Lozenge>
              <span style={{ color: late ? token('color.text.warning') : token('color.text') }}>{latencyWords(l)}</span>
            </li>
          );
        })}
      </ul>
      <p style={{ margin: `${token('space.075')} 0 0`, font: token('font.body.small'), color: token('color.text.subtlest') }}>{modeWords[clockMode]}</p>
    </div>
  );
}
