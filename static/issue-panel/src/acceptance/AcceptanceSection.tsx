/**
 * The issue's customer acceptance: state, who and when, the acceptors and, for an
 * acceptor while it awaits a verdict, Accept and Request changes. This part is in
 * the panel's first chunk; the confirmation, the change-request form and the history load on demand.
 * It starts from the panel's first answer and reloads on its own (`acceptance/forIssue`) after a verdict.
 */
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import { lazy, Suspense, useState, type CSSProperties } from 'react';
import type { IssueAcceptanceView } from '../../../../src/contract/resolvers';
import { acceptanceStateAppearance, acceptanceStateLabels, acceptanceWords, gateWords } from '../../../shared/acceptanceLabels';
import { Button } from '../../../shared/buttons';
import { names } from '../../../shared/decisionLabels';
import { useMinuteTick } from '../../../shared/liveClock';
import { ErrorState, Loading } from '../../../shared/states';
import { useWrite } from '../../../shared/useWrite';
import { useSectionView } from '../useSectionView';

const ConfirmAcceptance = lazy(() => import('./ConfirmAcceptance'));
const RequestChangesForm = lazy(() => import('./RequestChangesForm'));
const AcceptanceHistory = lazy(() => import('./AcceptanceHistory'));

const sectionStyle: CSSProperties = { display: 'flex', flexDirection: 'column', gap: token('space.100'), padding: token('space.100') };
const rowStyle: CSSProperties = { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: token('space.100') };
const subtle: CSSProperties = { color: token('color.text.subtle'), font: token('font.body.small') };

export function AcceptanceSection({ initial, receivedAt }: { initial: IssueAcceptanceView; receivedAt: number }) {
  const { state, reload } = useSectionView('acceptance/forIssue', initial, receivedAt);
  return (
    <section aria-labelledby="acceptance-heading" data-testid="acceptance" style={sectionStyle}>
      <h3 id="acceptance-heading" style={{ margin: 0, font: token('font.heading.xsmall'), color: token('color.text') }}>
        Acceptance
      </h3>
      {state.status === 'failed' ? <ErrorState error={state.error} /> : null}
      {state.status === 'loaded' ? <Acceptance view={state.data} reload={reload} /> : null}
    </section>
  );
}

function Acceptance({ view, reload }: { view: IssueAcceptanceView; reload: () => void }) {
  const now = useMinuteTick();
  const [action, setAction] = useState<'confirm-accept' | 'request' | null>(null);
  const [showHistory, setShowHistory] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const gate = gateWords(view);
  const accept = useWrite('acceptance/accept');
  const done = (message: string) => {
    setAction(null);
    setNotice(message);
    reload();
  };
  const canAct = view.canVerdict && view.state === 'awaiting';
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: token('space.100') }} data-testid="acceptance-view" data-state={view.state} data-round={view.round} data-version={view.version}>
      <div style={rowStyle}>
        <span data-testid="acceptance-state" aria-label={`Acceptance: ${acceptanceStateLabels[view.state]}`}>
          <Lozenge appearance={acceptanceStateAppearance[view.state]} isBold={view.state === 'awaiting'}>
            {acceptanceStateLabels[view.state]}
          </Lozenge>
        </span>
        <span data-testid="acceptance-words" style={{ color: token('color.text') }}>
          {acceptanceWords(view, now)}
        </span>
      </div>
      <div style={subtle} data-testid="acceptance-acceptors">
        {view.acceptors.length > 0 ? `Accepts: ${names(view.acceptors)}` : 'Nobody accepts yet: a project admin names the customer acceptors in the app settings.'}
      </div>
      {gate ? (
        <div style={gate.active ? { ...subtle, color: token('color.text.warning') } : subtle} data-testid="acceptance-gate" data-active={gate.active}>
          {gate.words}
        </div>
      ) : null}
      <div role="status" data-testid="acceptance-notice" style={{ color: token('color.text.success'), font: token('font.body.small') }}>
        {notice}
      </div>
      {view.pending.length > 0 ? (
        <div style={subtle} data-testid="acceptance-pending">
          Pending in Jira: {view.pending.map((p) => p.words).join(', ')}. The app completes it on the next view or within the hour.
        </div>
      ) : null}
      {(canAct && action === 'confirm-accept') || accept.error ? (
        <Suspense fallback={<Loading label="Loading" />}>
          <ConfirmAcceptance view={view} asking={canAct && action === 'confirm-accept'} accept={accept} onAccept={() => void accept.submit({ expectedVersion: view.version }, () => done(`You accepted ${view.issueKey}.`))} onCancel={() => setAction(null)} onReload={reload} />
        </Suspense>
      ) : null}
      <div style={rowStyle}>
        {canAct && action === null ? (
          <>
            <Button appearance="primary" onClick={() => (setNotice(null), setAction('confirm-accept'))} data-testid="acceptance-accept">
              Accept
            </Button>
            <Button onClick={() => (setNotice(null), setAction('request'))} data-testid="acceptance-request">
              Request changes
            </Button>
          </>
        ) : null}
        {view.history.length > 0 ? (
          <Button appearance="subtle" aria-expanded={showHistory} aria-controls="acceptance-history" onClick={() => setShowHistory(!showHistory)} style={canAct && action === null ? undefined : { paddingLeft: 0 }} data-testid="acceptance-history-toggle">
            {showHistory ? 'Hide verdicts' : `Show verdicts (${view.history.length})`}
          </Button>
        ) : null}
      </div>
      {canAct && action === 'request' ? (
        <Suspense fallback={<Loading label="Loading form" />}>
          <RequestChangesForm view={view} onDone={done} onCancel={() => setAction(null)} onReload={reload} />
        </Suspense>
      ) : null}
      {showHistory ? (
        <Suspense fallback={<Loading label="Loading verdicts" />}>
          <AcceptanceHistory id="acceptance-history" history={view.history} />
        </Suspense>
      ) : null}
    </div>
  );
}
