/**
 * One decision: what, whose, where it stands (its clock, and the reminder and escalation on record for it);
 * expands to its history; offers what the caller may do.
 */
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import { lazy, Suspense, useState, type CSSProperties } from 'react';
import type { DecisionView, EscalationItemView } from '../../../../src/contract/resolvers';
import { Button } from '../../../shared/buttons';
import { categoryAppearance, clockColor, impactWords, names, statusAppearance, statusLabels } from '../../../shared/decisionLabels';
import { decisionEscalationWords } from '../../../shared/escalationWords';
import { liveClock } from '../../../shared/liveClock';
import { Loading } from '../../../shared/states';

const DecisionDetails = lazy(() => import('./DecisionDetails'));
const RecordOutcomeForm = lazy(() => import('./forms/RecordOutcomeForm'));
const WithdrawForm = lazy(() => import('./forms/WithdrawForm'));

const itemStyle: CSSProperties = {
  border: `${token('border.width')} solid ${token('color.border')}`,
  borderRadius: token('radius.medium', '6px'),
  padding: token('space.100'),
  display: 'flex',
  flexDirection: 'column',
  gap: token('space.075'),
  background: token('elevation.surface'),
};
const rowStyle: CSSProperties = { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: token('space.075') };
const subtle: CSSProperties = { color: token('color.text.subtle'), font: token('font.body.small') };

interface Props {
  decision: DecisionView;
  elapsedMs: number;
  /** The current time, for the age of what the escalation ledger says was posted. */
  now: number;
  /** The escalations on record: "escalated" and "reminded" are said only from these. */
  escalations: readonly EscalationItemView[];
  onChanged: (message: string) => void;
  onReload: () => void;
  onSupersede: () => void;
}

export function DecisionItem({ decision: d, elapsedMs, now, escalations, onChanged, onReload, onSupersede }: Props) {
  const [open, setOpen] = useState(false);
  const [action, setAction] = useState<'record' | 'withdraw' | null>(null);
  const clock = d.status === 'pending' ? liveClock(d.clock, elapsedMs) : d.clock;
  const onRecord = decisionEscalationWords(escalations, d.id, now);
  const detailsId = `decision-${d.id}-details`;
  const done = (message: string) => {
    setAction(null);
    onChanged(message);
  };
  return (
    <li style={itemStyle} data-testid="decision" data-decision-id={d.id} data-status={d.status} data-category={d.category}>
      <div style={rowStyle}>
        <span style={subtle}>{d.id}</span>
        <Lozenge appearance={categoryAppearance[d.category]}>{d.categoryLabel}</Lozenge>
        <span data-testid="decision-status">
          <Lozenge appearance={statusAppearance[d.status]} isBold={d.status === 'pending'}>
            {statusLabels[d.status]}
          </Lozenge>
        </span>
        {d.status !== 'withdrawn' ? (
          <span data-testid="decision-clock" data-clock-state={clock.state} style={{ color: clockColor(clock.state), font: token('font.body.small'), fontWeight: token('font.weight.semibold') }}>
            {clock.words}
          </span>
        ) : null}
      </div>
      {onRecord.reminded ? (
        <div style={subtle} data-testid="decision-reminded">
          {onRecord.reminded}
        </div>
      ) : null}
      {onRecord.escalated ? (
        <div style={subtle} data-testid="decision-escalated">
          {onRecord.escalated}
        </div>
      ) : null}
      <div data-testid="decision-question" style={{ color: token('color.text'), overflowWrap: 'anywhere' }}>
        {d.question}
      </div>
      {d.impactPoints !== null ? (
        <div style={subtle} data-testid="decision-impact">
          Impact: {impactWords(d.impactPoints)}
        </div>
      ) : null}
      <div style={subtle} data-testid="decision-owners">
        Decides: {names(d.owners)}
      </div>
      <div style={rowStyle}>
        <Button appearance="subtle" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)} data-testid="decision-toggle">
          {open ? 'Hide history' : 'Show history'}
        </Button>
        {d.can.record && d.status === 'pending' && action !== 'record' ? (
          <Button appearance="primary" onClick={() => setAction('record')} data-testid="decision-record">
            Record outcome
          </Button>
        ) : null}
        {d.can.withdraw && d.status === 'pending' && action !== 'withdraw' ? (
          <Button onClick={() => setAction('withdraw')} data-testid="decision-withdraw">
            Withdraw
          </Button>
        ) : null}
        {d.can.supersede && d.status === 'decided' && !d.supersededBy ? (
          <Button onClick={onSupersede} data-testid="decision-supersede">
            Supersede
          </Button>
        ) : null}
      </div>
      {action ? (
        <Suspense fallback={<Loading label="Loading form" />}>
          {action === 'record' ? (
            <RecordOutcomeForm decision={d} onDone={done} onCancel={() => setAction(null)} onReload={onReload} />
          ) : (
            <WithdrawForm decision={d} onDone={done} onCancel={() => setAction(null)} onReload={onReload} />
          )}
        </Suspense>
      ) : null}
      {open ? (
        <Suspense fallback={<Loading label="Loading history" />}>
          <DecisionDetails id={detailsId} decision={d} />
        </Suspense>
      ) : null}
    </li>
  );
}
