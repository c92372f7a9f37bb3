/** The top of the project page: the signal tiles, the snapshot's age and its refresh. */
import { token } from '@atlaskit/tokens';
import type { HealthView, ResolverError } from '../../../../src/contract/resolvers';
import { SignalTiles } from './SignalTiles';
import { SnapshotStatus } from './SnapshotStatus';

export function HealthSummary(props: { health: HealthView; refreshing: boolean; onRefresh: () => void; writeError: ResolverError | null; pollError: ResolverError | null }) {
  return (
    <section aria-label="Engagement health signals" style={{ display: 'flex', flexDirection: 'column', gap: token('space.150') }} data-testid="health-summary">
      <SnapshotStatus {...props} />
      <SignalTiles signals={props.health.signals} />
    </section>
  );
}
