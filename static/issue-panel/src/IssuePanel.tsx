/**
 * The issue panel "Decisions & acceptance": the issue's own facts as the backend reads them, its customer
 * acceptance, its decisions, its escalations (when it has any), then its sprint metrics — all from one
 * `issue/panel` call; each section then reloads on its own after a write. The sprint metrics are a lazy
 * chunk, fetched while that call runs. The escalations are shown only for an issue that has some.
 * Layout is plain markup styled with tokens: @atlaskit/primitives' layout components (emotion)
 * and heading would cost ~5 KB gzip of the panel's 150 KB budget for a handful of flex boxes.
 */
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import { lazy, Suspense, useEffect, type CSSProperties } from 'react';
import type { IssueSummaryView } from '../../../src/contract/resolvers';
import { formatPoints } from '../../shared/format';
import { statusAppearance } from '../../shared/lozenges';
import { ErrorState, Loading } from '../../shared/states';
import { useReloadable } from '../../shared/useReloadable';
import { AcceptanceSection } from './acceptance/AcceptanceSection';
import { DecisionsSection } from './decisions/DecisionsSection';
import { EscalationsSection } from './escalations/EscalationsSection';
import { ConcernAction } from './concern/ConcernAction';
import { IssueFacts } from './IssueFacts';

const loadSprintMetrics = () => import('./sprintMetrics/SprintMetricsSection');
const SprintMetricsSection = lazy(loadSprintMetrics);
// Only for a client-team member while the survey is open: fetched only then.
const SurveyPrompt = lazy(() => import('./nps/SurveyPrompt'));

const panelStyle: CSSProperties = {
  display: 'flex',
  flexDirection: 'column',
  gap: token('space.150'),
  padding: token('space.100'),
  color: token('color.text'),
};
const badgeRowStyle: CSSProperties = { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: token('space.100') };
const titleStyle: CSSProperties = { margin: 0, font: token('font.heading.small'), color: token('color.text') };
const subtleStyle: CSSProperties = { color: token('color.text.subtle'), font: token('font.body.small') };

export function IssuePanel() {
  const { state } = useReloadable('issue/panel');
  // The chunk loads while the backend answers, not after.
  useEffect(() => void loadSprintMetrics(), []);
  if (state.status === 'loading') return <Loading label="Loading issue" />;
  if (state.status === 'failed') return <ErrorState error={state.error} />;
  const { summary, acceptance, decisions, sprintMetrics, escalations, survey } = state.data;
  return (
    <>
      {survey ? (
        <Suspense fallback={null}>
          <SurveyPrompt initial={survey} />
        </Suspense>
      ) : null}
      <IssueSummary issue={summary} />
      <AcceptanceSection initial={acceptance} receivedAt={state.receivedAt} />
      <DecisionsSection initial={decisions} receivedAt={state.receivedAt} escalations={escalations} />
      {escalations.items.length > 0 ? <EscalationsSection view={escalations} /> : null}
      <Suspense fallback={<Loading label="Loading sprint metrics" />}>
        <SprintMetricsSection view={sprintMetrics} />
      </Suspense>
      <ConcernAction issueKey={summary.key} />
    </>
  );
}

function IssueSummary({ issue }: { issue: IssueSummaryView }) {
  return (
    <section style={panelStyle} data-testid="issue-summary" aria-labelledby="issue-title">
      <div>
        <div style={subtleStyle} data-testid="issue-key">
          {issue.key}
        </div>
        <h2 id="issue-title" style={titleStyle} data-testid="issue-title">
          {issue.summary}
        </h2>
      </div>
      <div style={badgeRowStyle}>
        <span style={subtleStyle} data-testid="issue-type">
          {issue.issueType}
        </span>
        <span data-testid="issue-status" data-status-category={issue.statusCategory} aria-label={`Status: ${issue.status}`}>
          <Lozenge appearance={statusAppearance(issue.statusCategory)}>{issue.status}</Lozenge>
        </span>
        {issue.flagged ? (
          <span data-testid="issue-blocked" aria-label="Flagged as blocked">
            <Lozenge appearance="removed">Blocked</Lozenge>
          </span>
        ) : null}
      </div>
      <IssueFacts
        facts={[
          { label: 'Story points', value: formatPoints(issue.storyPoints), testId: 'issue-story-points' },
          { label: 'Assignee', value: issue.assignee ?? 'Unassigned', testId: 'issue-assignee' },
          { label: 'Sprint', value: issue.sprint ?? 'No sprint', testId: 'issue-sprint' },
        ]}
      />
    </section>
  );
}
