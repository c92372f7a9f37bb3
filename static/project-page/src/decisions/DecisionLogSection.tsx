/** The project's decision log (lazy chunk): latency per category, filters, the table and its CSV export. */
import { token } from '@atlaskit/tokens';
import { useMemo, useState } from 'react';
import type { DecisionLogView } from '../../../../src/contract/resolvers';
import { Button } from '../../../shared/buttons';
import { downloadCsv, toCsv } from '../../../shared/csv';
import { liveClock, useMinuteTick } from '../../../shared/liveClock';
import { ErrorState, Loading } from '../../../shared/states';
import { useReloadable } from '../../../shared/useReloadable';
import { DecisionLogTable } from './DecisionLogTable';
import { LatencySummary } from './LatencySummary';
import { LogFilters } from './LogFilters';
import { csvRows, filterDecisions, noFilter, ownersOf, sortDecisions, type LogFilter, type LogSort } from './logFilters';

export default function DecisionLogSection() {
  const { state } = useReloadable('decisions/log');
  if (state.status === 'loading') return <Loading label="Loading the decision log" />;
  if (state.status === 'failed') return <ErrorState error={state.error} />;
  return <DecisionLog log={state.data} receivedAt={state.receivedAt} />;
}

function DecisionLog({ log, receivedAt }: { log: DecisionLogView; receivedAt: number }) {
  const now = useMinuteTick();
  const [filter, setFilter] = useState<LogFilter>(noFilter);
  const [sort, setSort] = useState<LogSort>({ key: 'due', direction: 'asc' });
  const live = useMemo(() => log.decisions.map((d) => (d.status === 'pending' ? { ...d, clock: liveClock(d.clock, now - receivedAt) } : d)), [log, now, receivedAt]);
  const rows = useMemo(() => sortDecisions(filterDecisions(live, filter), sort), [live, filter, sort]);
  const owners = useMemo(() => ownersOf(log.decisions), [log]);
  const exportCsv = () => downloadCsv(`${log.projectKey}-decisions-${new Date().toISOString().slice(0, 10)}.csv`, toCsv(csvRows(rows)));
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: token('space.200') }} data-testid="decision-log">
      <LatencySummary latency={log.latency} clockMode={log.clockMode} />
      <LogFilters filter={filter} owners={owners} onChange={setFilter} />
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: token('space.100') }}>
        <span role="status" style={{ color: token('color.text.subtle') }} data-testid="decision-log-count">
          {rows.length === log.decisions.length ? `${rows.length} decisions` : `${rows.length} of ${log.decisions.length} decisions`}
        </span>
        <Button onClick={exportCsv} disabled={rows.length === 0} data-testid="decision-log-export">
          Export CSV
        </Button>
      </div>
      {rows.length === 0 ? (
        <p style={{ margin: 0, color: token('color.text.subtle') }} data-testid="decision-log-empty">
          {log.decisions.length === 0 ? 'No decisions in this project yet.' : 'No decisions match these filters.'}
        </p>
      ) : (
        <DecisionLogTable decisions={rows} sort={sort} onSort={setSort} />
      )}
    </div>
  );
}
