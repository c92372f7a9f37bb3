/**
 * "Escalations" (shown only when the issue has any): each step on record for this issue — posted (when,
 * to whom) or planned and not posted yet — as the ledger says. In the panel's first chunk: as a lazy
 * chunk it cost more (the chunk's imports from the entry) than its own few hundred bytes.
 */
import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';
import type { IssueEscalationsView } from '../../../../src/contract/resolvers';
import { formatDateTime } from '../../../shared/decisionLabels';
import { itemStateWords, itemTitle } from '../../../shared/escalationItemWords';
import { useMinuteTick } from '../../../shared/liveClock';
import { useServerSkew } from '../../../shared/useServerSkew';

const sectionStyle: CSSProperties = { display: 'flex', flexDirection: 'column', gap: token('space.100'), padding: token('space.100') };
const listStyle: CSSProperties = { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: token('space.075') };
const itemStyle: CSSProperties = { borderLeft: `${token('border.width.selected')} solid ${token('color.border')}`, paddingLeft: token('space.100') };
const subtle: CSSProperties = { color: token('color.text.subtle'), font: token('font.body.small') };

export function EscalationsSection({ view }: { view: IssueEscalationsView }) {
  const skew = useServerSkew(view.servedAt);
  const now = useMinuteTick() + skew;
  return (
    <section aria-labelledby="escalations-heading" data-testid="escalations" data-mode={view.mode} style={sectionStyle}>
      <h3 id="escalations-heading" style={{ margin: 0, font: token('font.heading.xsmall'), color: token('color.text') }}>
        Escalations
      </h3>
      <ul style={listStyle} aria-labelledby="escalations-heading">
        {view.items.map((item) => (
          <li key={item.id} style={itemStyle} data-testid="escalation" data-rule={item.rule} data-state={item.state} data-decision-id={item.decisionId ?? undefined}>
            <div style={{ color: token('color.text'), fontWeight: token('font.weight.semibold') }}>
              {itemTitle(item)}
              {item.decisionId ? <span style={{ ...subtle, fontWeight: token('font.weight.regular') }}> · {item.decisionId}</span> : null}
            </div>
            <div style={subtle} title={item.postedAt ? formatDateTime(item.postedAt) : undefined} data-testid="escalation-state">
              {itemStateWords(item, now)}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
