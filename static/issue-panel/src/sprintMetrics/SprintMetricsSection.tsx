/**
 * "In sprint metrics" (lazy chunk): the issue's part of the project's health snapshot — the sprints
 * it was in and whether it counted in each one's commitment and completion, what changed in them,
 * its lead time and the release it shipped in. Plain markup with tokens, as the rest of the panel.
 */
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';
import type { IssueSprintMetricsView } from '../../../../src/contract/resolvers';
import { formatDateTime } from '../../../shared/decisionLabels';
import { IssueFacts } from '../IssueFacts';
import { leadTimeWords, releaseWords, sprintEventWords } from './sprintMetricsWords';

const sectionStyle: CSSProperties = { display: 'flex', flexDirection: 'column', gap: token('space.100'), padding: token('space.100') };
const headingStyle: CSSProperties = { margin: 0, font: token('font.heading.xsmall'), color: token('color.text') };
const subtle: CSSProperties = { margin: 0, color: token('color.text.subtle'), font: token('font.body.small') };
const listStyle: CSSProperties = { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: token('space.075') };
const sprintStyle: CSSProperties = { borderLeft: `${token('border.width.selected')} solid ${token('color.border')}`, paddingLeft: token('space.100'), display: 'flex', flexDirection: 'column', gap: token('space.050') };
const rowStyle: CSSProperties = { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: token('space.075') };

export default function SprintMetricsSection({ view }: { view: IssueSprintMetricsView }) {
  return (
    <section aria-labelledby="sprint-metrics-heading" data-testid="sprint-metrics" data-computed={view.computedAt !== null} style={sectionStyle}>
      <h3 id="sprint-metrics-heading" style={headingStyle}>
        In sprint metrics
      </h3>
      {view.computedAt === null ? (
        <p style={{ margin: 0, color: token('color.text.subtle') }} data-testid="sprint-metrics-not-computed">
          Not computed yet. These figures come from the project’s health snapshot.
        </p>
      ) : (
        <SprintMetrics view={view} computedAt={view.computedAt} />
      )}
    </section>
  );
}

function SprintMetrics({ view, computedAt }: { view: IssueSprintMetricsView; computedAt: string }) {
  return (
    <>
      <IssueFacts
        facts={[
          { label: 'Lead time', value: leadTimeWords(view), testId: 'sprint-metrics-lead-time' },
          { label: 'Release', value: releaseWords(view.release), testId: 'sprint-metrics-release' },
        ]}
      />
      {view.sprints.length === 0 ? (
        <p style={{ margin: 0, color: token('color.text.subtle') }} data-testid="sprint-metrics-no-sprints">
          Not in any sprint.
        </p>
      ) : (
        <ul style={listStyle} aria-label="Sprints this issue was in">
          {view.sprints.map((sprint) => (
            <li key={sprint.sprintId} style={sprintStyle} data-testid="sprint-metrics-sprint" data-sprint-id={sprint.sprintId} data-committed={sprint.committed} data-completed={sprint.completed}>
              <div style={rowStyle}>
                <span style={{ color: token('color.text'), fontWeight: token('font.weight.semibold') }}>{sprint.name}</span>
                <span title="Whether it counted in the sprint's commitment (in the sprint when it started)" data-testid="sprint-metrics-committed">
                  <Lozenge appearance={sprint.committed ? 'inprogress' : 'default'}>{sprint.committed ? 'In commitment' : 'Not in commitment'}</Lozenge>
                </span>
                <span title="Whether it counted in the sprint's completed work" data-testid="sprint-metrics-completed">
                  <Lozenge appearance={sprint.completed ? 'success' : 'default'}>{sprint.completed ? 'Completed' : 'Not completed'}</Lozenge>
                </span>
              </div>
              {sprintEventWords(sprint).map((words, i) => (
                <p key={i} style={subtle} data-testid="sprint-metrics-event">
                  {words}
                </p>
              ))}
            </li>
          ))}
        </ul>
      )}
      <p style={{ ...subtle, color: token('color.text.subtlest') }} data-testid="sprint-metrics-computed-at">
        From the health snapshot of {formatDateTime(computedAt)}
      </p>
    </>
  );
}
