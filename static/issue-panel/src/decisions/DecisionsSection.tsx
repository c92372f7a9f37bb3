/**
 * The issue's decisions. The list is in the panel's first chunk; the forms (raise,
 * record, withdraw) load on demand so the panel stays within its 150 KB budget.
 * The clock: counted down locally each minute (wall clock) and refetched every 5 minutes.
 * It starts from the panel's first answer and reloads on its own (`decisions/forIssue`) after a write.
 * `escalations`: the issue's escalations on record (from the panel's first answer), for each decision's clock.
 */
import { token } from '@atlaskit/tokens';
import { lazy, Suspense, useEffect, useState, type CSSProperties } from 'react';
import type { DecisionView, IssueDecisionsView, IssueEscalationsView } from '../../../../src/contract/resolvers';
import { Button } from '../../../shared/buttons';
import { useMinuteTick } from '../../../shared/liveClock';
import { ErrorState, Loading } from '../../../shared/states';
import { useServerSkew } from '../../../shared/useServerSkew';
import { useSectionView } from '../useSectionView';
import { DecisionItem } from './DecisionItem';

const RaiseDecisionForm = lazy(() => import('./forms/RaiseDecisionForm'));

const REFRESH_MS = 5 * 60_000;

const headerStyle: CSSProperties = { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: token('space.100') };
const headingStyle: CSSProperties = { margin: 0, font: token('font.heading.xsmall'), color: token('color.text') };
const listStyle: CSSProperties = { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: token('space.100') };

export function DecisionsSection({ initial, receivedAt, escalations }: { initial: IssueDecisionsView; receivedAt: number; escalations: IssueEscalationsView }) {
  const { state, reload } = useSectionView('decisions/forIssue', initial, receivedAt);
  useEffect(() => {
    const timer = setInterval(() => {
      if (!document.hidden) reload();
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  return (
    <section aria-labelledby="decisions-heading" data-testid="decisions" style={{ display: 'flex', flexDirection: 'column', gap: token('space.100'), padding: token('space.100') }}>
      {state.status === 'failed' ? <ErrorState error={state.error} /> : null}
      {state.status === 'loaded' ? <Decisions view={state.data} receivedAt={state.receivedAt} reload={reload} escalations={escalations} /> : null}
    </section>
  );
}

function Decisions({ view, receivedAt, reload, escalations }: { view: IssueDecisionsView; receivedAt: number; reload: () => void; escalations: IssueEscalationsView }) {
  const now = useMinuteTick();
  // "Escalated 3 h ago" counts on the server's clock, as the times it names are the server's.
  const skew = useServerSkew(escalations.servedAt);
  const [raising, setRaising] = useState<{ supersedes?: DecisionView } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const done = (message: string) => {
    setRaising(null);
    setNotice(message);
    reload();
  };
  return (
    <>
      <div style={headerStyle}>
        <h3 id="decisions-heading" style={headingStyle}>
          Decisions
        </h3>
        {view.canRaise && !raising ? (
          <Button onClick={() => setRaising({})} data-testid="raise-decision">
            Raise a decision
          </Button>
        ) : null}
      </div>
      <div role="status" data-testid="decisions-notice" style={{ color: token('color.text.success'), font: token('font.body.small') }}>
        {notice}
      </div>
      {raising ? (
        <Suspense fallback={<Loading label="Loading form" />}>
          <RaiseDecisionForm categories={view.categories} supersedes={raising.supersedes} onDone={done} onCancel={() => setRaising(null)} />
        </Suspense>
      ) : null}
      {view.decisions.length === 0 ? (
        <p style={{ margin: 0, color: token('color.text.subtle') }} data-testid="no-decisions">
          No decisions on this issue yet.
        </p>
      ) : (
        <ul style={listStyle} aria-labelledby="decisions-heading">
          {view.decisions.map((decision) => (
            <DecisionItem
              key={decision.id}
              decision={decision}
              elapsedMs={now - receivedAt}
              now={now + skew}
              escalations={escalations.items}
              onChanged={done}
              onReload={reload}
              onSupersede={() => {
                setNotice(null);
                setRaising({ supersedes: decision });
              }}
            />
          ))}
        </ul>
      )}
    </>
  );
}
