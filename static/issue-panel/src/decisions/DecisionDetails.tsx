/** A decision's record (lazy chunk, on "Show history"): the options, the outcome or approval, the links, and who did what when. */
import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';
import type { DecisionHistoryView, DecisionView } from '../../../../src/contract/resolvers';
import { formatDateTime } from '../../../shared/decisionLabels';

const verbs: Record<DecisionHistoryView['type'], string> = { raised: 'raised it', decided: 'recorded the outcome', withdrawn: 'withdrew it', superseded: 'superseded it' };
const small: CSSProperties = { font: token('font.body.small'), color: token('color.text.subtle') };
const term: CSSProperties = { font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle') };

export default function DecisionDetails({ id, decision: d }: { id: string; decision: DecisionView }) {
  return (
    <div id={id} data-testid="decision-details" style={{ display: 'flex', flexDirection: 'column', gap: token('space.075'), overflowWrap: 'anywhere' }}>
      {d.optionsConsidered.length > 0 ? (
        <div>
          <div style={term}>Options considered</div>
          <ul style={{ margin: 0, paddingLeft: token('space.250') }}>
            {d.optionsConsidered.map((option, i) => (
              <li key={i}>{option}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {d.status === 'decided' ? (
        <div data-testid="decision-outcome">
          <div style={term}>Outcome</div>
          <div>{d.outcome}</div>
          {d.approval ? (
            <div data-testid="decision-approval">
              <strong>{d.approval.verdict === 'approved' ? 'Approved' : 'Rejected'}:</strong> “{d.approval.text}”
            </div>
          ) : null}
          <div style={small}>
            Decided by {d.decidedBy?.displayName ?? 'someone'} on {formatDateTime(d.decidedAt)}
          </div>
        </div>
      ) : null}
      {d.supersedes ? <div style={small}>Supersedes {d.supersedes}</div> : null}
      {d.supersededBy ? (
        <div style={small} data-testid="decision-superseded-by">
          Superseded by {d.supersededBy}
        </div>
      ) : null}
      <div style={small}>{d.dueAt ? `Due ${formatDateTime(d.dueAt)}` : 'No response SLA'} · stale after {formatDateTime(d.staleAt)}</div>
      <div>
        <div style={term}>History</div>
        <ol style={{ margin: 0, paddingLeft: token('space.250') }} data-testid="decision-history">
          {d.history.map((event, i) => (
            <li key={i} style={{ font: token('font.body.small') }}>
              {formatDateTime(event.at)} — {event.by.displayName} {verbs[event.type]}
              {event.detail ? `: ${event.detail}` : ''}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
