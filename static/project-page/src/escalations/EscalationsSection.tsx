/**
 * The project page's "Escalations": the scanner's mode, the open escalations by rule (how long each
 * has been due, whom it addressed), the last run's report, then the history of every comment posted
 * (a lazy chunk, loaded when scrolled near). All of it from the ledger, as `project/overview` sends it.
 */
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import { lazy, type CSSProperties } from 'react';
import type { EscalationModeKey, EscalationsView } from '../../../../src/contract/resolvers';
import { formatDateTime, formatShortDateTime } from '../../../shared/decisionLabels';
import { modeLabels, recipientsWithRoles, stepWords } from '../../../shared/escalationItemWords';
import { sinceWords } from '../../../shared/escalationWords';
import { useMinuteTick } from '../../../shared/liveClock';
import { LazyWhenVisible } from '../../../shared/LazyWhenVisible';
import { cellStyle, headerCellStyle, tableStyle } from '../../../shared/tableStyles';
import { useServerSkew } from '../../../shared/useServerSkew';
import { groupByRuleWords } from './escalationReport';
import { IssueKeyButton } from './IssueKeyButton';
import { LastRunReport } from './LastRunReport';

const EscalationHistory = lazy(() => import('./EscalationHistory'));

const column: CSSProperties = { display: 'flex', flexDirection: 'column', gap: token('space.150') };
const subheading: CSSProperties = { margin: 0, font: token('font.heading.small'), color: token('color.text') };
const groupHeading: CSSProperties = { ...cellStyle, textAlign: 'left', paddingTop: token('space.200'), font: token('font.heading.xsmall'), color: token('color.text') };
const subtle: CSSProperties = { margin: 0, color: token('color.text.subtle') };
const nowrap: CSSProperties = { ...cellStyle, whiteSpace: 'nowrap' };

const modeSentences: Record<EscalationModeKey, string> = {
  preview: 'Nothing is posted: the scanner lists what it would post on the settings page.',
  live: 'The scanner posts a comment on the issue for each step that falls due, once per step.',
};

/** `servedAt`: when the server answered (ages are counted on its clock, not the browser's). */
export function EscalationsSection({ view, servedAt, projectKey }: { view: EscalationsView; servedAt: string; projectKey: string }) {
  const minute = useMinuteTick();
  const now = minute + useServerSkew(servedAt);
  return (
    <section aria-labelledby="escalations-heading" style={column} data-testid="escalations" data-mode={view.mode}>
      <Heading size="medium" as="h2" id="escalations-heading">
        Escalations
      </Heading>
      <p style={{ ...subtle, display: 'flex', alignItems: 'center', gap: token('space.100'), flexWrap: 'wrap' }} data-testid="escalations-mode">
        <Lozenge appearance={view.mode === 'live' ? 'success' : 'default'} isBold={view.mode === 'live'}>
          {modeLabels[view.mode]}
        </Lozenge>
        <span>{modeSentences[view.mode]}</span>
      </p>
      <OpenEscalations view={view} now={now} />
      <LastRunReport run={view.lastRun} now={now} />
      <div style={column}>
        <h3 style={subheading} id="escalation-history-heading">
          Comments posted
        </h3>
        <LazyWhenVisible label="Loading the comments posted">
          <EscalationHistory projectKey={projectKey} history={view.history} historyTotal={view.historyTotal} labelledBy="escalation-history-heading" />
        </LazyWhenVisible>
      </div>
    </section>
  );
}

function OpenEscalations({ view, now }: { view: EscalationsView; now: number }) {
  const groups = groupByRuleWords(view.open);
  return (
    <div style={column} data-testid="escalations-open">
      <h3 style={subheading} id="escalations-open-heading">
        Open
      </h3>
      {groups.length === 0 ? (
        <p style={subtle} data-testid="escalations-open-empty">
          {view.lastRun === null ? 'No escalation is open: the scanner has not run for this project yet.' : 'No escalation is open.'}
        </p>
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <table style={tableStyle} aria-labelledby="escalations-open-heading" data-testid="escalations-open-table">
            <thead>
              <tr>
                <th scope="col" style={headerCellStyle}>Issue</th>
                <th scope="col" style={headerCellStyle}>Step</th>
                <th scope="col" style={headerCellStyle}>Due</th>
                <th scope="col" style={headerCellStyle}>Posted</th>
                <th scope="col" style={headerCellStyle}>Recipients</th>
              </tr>
            </thead>
            {groups.map((group) => (
              <tbody key={group.ruleWords} data-testid="escalations-open-group" data-rule-words={group.ruleWords}>
                <tr>
                  <th scope="rowgroup" colSpan={5} style={groupHeading}>
                    {group.ruleWords} ({group.items.length})
                  </th>
                </tr>
                {group.items.map((item) => (
                  <tr key={item.id} data-testid="escalation-open-row" data-issue-key={item.issueKey} data-rule={item.rule}>
                    <th scope="row" style={{ ...nowrap, fontWeight: 'inherit' }}>
                      <IssueKeyButton issueKey={item.issueKey} />
                    </th>
                    <td style={nowrap}>{stepWords(item.step)}</td>
                    <td style={nowrap} title={`Due since ${formatDateTime(item.dueAt)}`} data-testid="escalation-open-age">
                      for {sinceWords(item.dueAt, now) ?? '—'}
                    </td>
                    <td style={nowrap} title={formatDateTime(item.postedAt)}>
                      {formatShortDateTime(item.postedAt)}
                    </td>
                    <td style={cellStyle} data-testid="escalation-open-recipients">
                      {recipientsWithRoles(item.recipients)}
                    </td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </div>
  );
}
