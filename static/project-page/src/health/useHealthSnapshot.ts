/**
 * The health snapshot on the page, kept current while a refresh runs: "Refresh now" starts one (a write,
 * with an action id), then the page asks `project/overview` again every few seconds until the refresh
 * is no longer running. A failed ask keeps the numbers shown and tries again on the next beat.
 */
import { useCallback, useEffect, useState } from 'react';
import type { HealthView, ProjectOverview, ResolverError } from '../../../../src/contract/resolvers';
import { callResolver } from '../../../shared/resolverClient';
import { useWrite } from '../../../shared/useWrite';
import { pollDelayMs } from './healthWords';
import { useServerSkew } from '../../../shared/useServerSkew';

/** The parts of the project overview a refresh changes besides the health view. */
export type SnapshotParts = Pick<ProjectOverview, 'boardName' | 'escalations'>;

export function useHealthSnapshot(initial: HealthView, initialParts: SnapshotParts) {
  const [health, setHealth] = useState(initial);
  // What the snapshot's refresh also changes on the page: the board it read, the scan that followed it.
  const [parts, setParts] = useState(initialParts);
  const [pollError, setPollError] = useState<ResolverError | null>(null);
  const [asks, setAsks] = useState(0);
  const [answers, setAnswers] = useState(0);
  const write = useWrite('health/refresh');

  useEffect(() => setHealth(initial), [initial]);
  useEffect(() => setParts(initialParts), [initialParts]);

  const askNow = useCallback(() => setAsks((n) => n + 1), []);

  useEffect(() => {
    if (asks === 0) return;
    let current = true;
    void callResolver('project/overview').then((result) => {
      if (!current) return;
      if (result.ok) {
        setHealth(result.data.health);
        setParts({ boardName: result.data.boardName, escalations: result.data.escalations });
        setPollError(null);
      } else setPollError(result.error);
      setAnswers((n) => n + 1);
    });
    return () => {
      current = false;
    };
  }, [asks]);

  const running = health.refresh.state === 'running';
  const skew = useServerSkew(health.servedAt);
  const startedAt = health.refresh.startedAt;
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(askNow, pollDelayMs(startedAt, Date.now() + skew));
    return () => clearTimeout(timer);
  }, [running, startedAt, answers, askNow, skew]);

  const refreshNow = () =>
    write.submit({}, (refresh) => {
      setHealth((current) => ({ ...current, refresh }));
      askNow();
    });

  return { health, ...parts, refreshNow, refreshing: write.busy || running, writeError: write.error, pollError };
}
