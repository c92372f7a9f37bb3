/** Every verdict on the issue, oldest first (lazy chunk): round, verdict, by whom, when, the feedback. */
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { AcceptanceVerdictView } from '../../../../src/contract/resolvers';
import { verdictLabels } from '../../../shared/acceptanceLabels';
import { formatDateTime } from '../../../shared/decisionLabels';

export default function AcceptanceHistory({ id, history }: { id: string; history: AcceptanceVerdictView[] }) {
  return (
    <ol id={id} aria-label="Acceptance verdicts" data-testid="acceptance-history" style={{ margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: token('space.075') }}>
      {history.map((v, i) => (
        <li key={i} data-testid="acceptance-verdict" data-verdict={v.verdict} style={{ borderLeft: `${token('border.width.selected')} solid ${token('color.border')}`, paddingLeft: token('space.100'), overflowWrap: 'anywhere' }}>
          <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: token('space.075') }}>
            <span style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>Round {v.round}</span>
            <Lozenge appearance={v.verdict === 'accepted' ? 'success' : 'moved'}>{verdictLabels[v.verdict]}</Lozenge>
            <span style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>
              {v.by.displayName}, {formatDateTime(v.at)}
            </span>
          </div>
          {v.feedback ? <div style={{ color: token('color.text'), whiteSpace: 'pre-wrap' }}>“{v.feedback}”</div> : null}
        </li>
      ))}
    </ol>
  );
}
