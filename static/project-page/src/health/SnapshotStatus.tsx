/** The snapshot's age, "Refresh now", what a running refresh is doing and why the last one failed. */
import Spinner from '@atlaskit/spinner';
import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';
import type { HealthView, ResolverError } from '../../../../src/contract/resolvers';
import { Button } from '../../../shared/buttons';
import { formatDateTime } from '../../../shared/decisionLabels';
import { FormAlert } from '../../../shared/formControls';
import { useMinuteTick } from '../../../shared/liveClock';
import { useServerSkew } from '../../../shared/useServerSkew';
import { refreshButtonLabel, refreshFailureWords, refreshProgressWords, snapshotAgeWords } from './healthWords';

const rowStyle: CSSProperties = { display: 'flex', alignItems: 'center', gap: token('space.150'), flexWrap: 'wrap' };
const failureStyle: CSSProperties = { margin: 0, padding: token('space.150'), borderRadius: token('radius.small', '4px'), background: token('color.background.danger'), color: token('color.text') };

export function SnapshotStatus({ health, refreshing, onRefresh, writeError, pollError }: { health: HealthView; refreshing: boolean; onRefresh: () => void; writeError: ResolverError | null; pollError: ResolverError | null }) {
  const minute = useMinuteTick();
  const skew = useServerSkew(health.servedAt);
  // Polling re-renders every few seconds while running: read the clock then too, not only once a minute.
  const now = Math.max(minute, Date.now()) + skew;
  const progress = refreshProgressWords(health.refresh, now);
  const failure = refreshFailureWords(health.refresh);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: token('space.100') }}>
      <div style={rowStyle}>
        <span style={{ color: token('color.text.subtle') }} title={health.computedAt ? formatDateTime(health.computedAt) : undefined} data-testid="health-computed-at">
          {snapshotAgeWords(health.computedAt, now)}
        </span>
        <Button onClick={onRefresh} disabled={refreshing} aria-describedby={progress ? 'health-refresh-progress' : undefined} data-testid="health-refresh">
          {refreshButtonLabel(health.refresh, health.computedAt)}
        </Button>
        <span id="health-refresh-progress" role="status" style={{ display: 'inline-flex', alignItems: 'center', gap: token('space.075'), color: token('color.text.subtle') }} data-testid="health-refresh-progress">
          {progress ? (
            <>
              <Spinner size="small" label="Refreshing" />
              {progress}
            </>
          ) : null}
        </span>
      </div>
      {failure ? (
        <p role="alert" style={failureStyle} data-testid="health-refresh-failed">
          {failure}
          {health.computedAt ? ` The numbers below are from ${formatDateTime(health.computedAt)}.` : ''}
        </p>
      ) : null}
      {pollError && health.refresh.state === 'running' ? (
        <p style={{ margin: 0, color: token('color.text.warning') }} data-testid="health-poll-error">
          Couldn’t check the refresh’s progress ({pollError.message}); trying again.
        </p>
      ) : null}
      {writeError ? <FormAlert error={writeError} /> : null}
    </div>
  );
}
