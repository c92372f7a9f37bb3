/** Who changed the policy, when, and which fields from what to what; newest first. */
import { token } from '@atlaskit/tokens';
import type { PolicyChangeView } from '../../../../src/contract/resolvers';
import { eventWords } from '../../../shared/confirmationWords';
import { formatDateTime } from '../../../shared/decisionLabels';
import { historyValueWords } from './historyWords';
import { pathLabel } from './policyDraft';

export function PolicyHistory({ history }: { history: PolicyChangeView[] }) {
  const newestFirst = [...history].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  if (newestFirst.length === 0) return <p style={{ margin: 0, color: token('color.text.subtle') }}>No changes yet: the policy still has its defaults.</p>;
  return (
    <ol style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: token('space.150') }} data-testid="policy-history">
      {newestFirst.map((entry, i) => (
        <li key={`${entry.at}-${i}`} data-testid="policy-history-entry" data-kind={entry.kind}>
          <div style={{ color: token('color.text') }}>
            <strong>{entry.by.displayName}</strong> {eventWords(entry)} <span style={{ color: token('color.text.subtle') }}>on {formatDateTime(entry.at)}</span>
          </div>
          <ul style={{ margin: `${token('space.050')} 0 0`, paddingLeft: token('space.250'), font: token('font.body.small'), color: token('color.text') }}>
            {entry.changes.map((c, j) => (
              <li key={`${c.path}-${j}`}>
                {pathLabel(c.path)}: <span style={{ color: token('color.text.subtle') }}>{historyValueWords(c.path, c.before) || '—'}</span> → {historyValueWords(c.path, c.after) || '—'}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
