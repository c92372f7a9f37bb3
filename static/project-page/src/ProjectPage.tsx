/**
 * The project page "Engagement health": settings changes waiting for the client sponsor (if any),
 * the board and its sprints, then the acceptance queue and the decision log (each loaded when scrolled near).
 */
import Heading from '@atlaskit/heading';
import { Box, Stack, Text } from '@atlaskit/primitives';
import { lazy } from 'react';
import type { ProjectOverview } from '../../../src/contract/resolvers';
import { LazyWhenVisible } from '../../shared/LazyWhenVisible';
import { ErrorState, Loading } from '../../shared/states';
import { useReloadable } from '../../shared/useReloadable';
import { PolicyNotice } from './PolicyNotice';
import { SprintTable } from './SprintTable';

const AcceptanceQueueSection = lazy(() => import('./acceptance/AcceptanceQueueSection'));
const DecisionLogSection = lazy(() => import('./decisions/DecisionLogSection'));

export function ProjectPage() {
  const { state, reload } = useReloadable('project/overview');
  if (state.status === 'loading') return <Loading label="Loading engagement health" />;
  if (state.status === 'failed') return <ErrorState error={state.error} />;
  return <Overview overview={state.data} reload={reload} />;
}

function Overview({ overview, reload }: { overview: ProjectOverview; reload: () => void }) {
  return (
    <Box as="main" padding="space.200" testId="project-overview">
      <Stack space="space.300">
        <Stack space="space.050">
          <Heading size="large" as="h1" testId="project-name">
            {overview.projectName}
          </Heading>
          <Text color="color.text.subtle" testId="board-name">
            {overview.boardName ? `Board: ${overview.boardName}` : 'This project has no board yet.'} · {overview.projectKey}
          </Text>
        </Stack>
        {overview.policyNotice ? <PolicyNotice notice={overview.policyNotice} onReload={reload} /> : null}
        <Stack space="space.100" as="div">
          <Heading size="medium" as="h2" id="sprints-heading">
            Sprints
          </Heading>
          {overview.sprints.length === 0 ? (
            <Text as="p" color="color.text.subtle">
              No sprints yet.
            </Text>
          ) : (
            <SprintTable sprints={overview.sprints} labelledBy="sprints-heading" />
          )}
        </Stack>
        <Stack space="space.100" as="div">
          <Heading size="medium" as="h2" id="acceptance-heading">
            Acceptance queue
          </Heading>
          <LazyWhenVisible label="Loading the acceptance queue">
            <AcceptanceQueueSection />
          </LazyWhenVisible>
        </Stack>
        <Stack space="space.100" as="div">
          <Heading size="medium" as="h2" id="decisions-heading">
            Decisions
          </Heading>
          <LazyWhenVisible label="Loading the decision log">
            <DecisionLogSection />
          </LazyWhenVisible>
        </Stack>
      </Stack>
    </Box>
  );
}
