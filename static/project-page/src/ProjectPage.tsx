/**
 * The project page "Engagement health": settings changes waiting for the client sponsor (if any), the
 * engagement survey's banner (a client-team member who has not answered the open survey), the
 * signal tiles with the snapshot's age and refresh, the escalations, then — each loaded when scrolled near — today's note, velocity,
 * scope change, lead time, defect escape, the partner signal, the acceptance queue and the decision log.
 */
import Heading from '@atlaskit/heading';
import { Box, Stack, Text } from '@atlaskit/primitives';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import type { ProjectOverview } from '../../../src/contract/resolvers';
import { LazyWhenVisible } from '../../shared/LazyWhenVisible';
import { ErrorState, Loading } from '../../shared/states';
import { useReloadable } from '../../shared/useReloadable';
import { HealthSummary } from './health/HealthSummary';
import { IssuesDialogHost } from './health/issues/IssuesDialogHost';
import { useHealthSnapshot } from './health/useHealthSnapshot';
import { EscalationsSection } from './escalations/EscalationsSection';
import { PolicyNotice } from './PolicyNotice';
import { useNpsPromptState } from '../../shared/npsPromptState';

const VelocitySection = lazy(() => import('./health/VelocitySection'));
const ScopeSection = lazy(() => import('./health/ScopeSection'));
const LeadTimeSection = lazy(() => import('./health/LeadTimeSection'));
const DefectEscapeSection = lazy(() => import('./health/DefectEscapeSection'));
const PartnerSection = lazy(() => import('./health/partner/PartnerSection'));
const NpsSection = lazy(() => import('./nps/NpsSection'));
// Only a client person with the survey open sees the banner: its code loads for them alone.
const SurveyBanner = lazy(() => import('./nps/SurveyBanner').then((m) => ({ default: m.SurveyBanner })));
const AcceptanceQueueSection = lazy(() => import('./acceptance/AcceptanceQueueSection'));
const DecisionLogSection = lazy(() => import('./decisions/DecisionLogSection'));
const CalibrationSection = lazy(() => import('./calibration/CalibrationSection'));
const DailyNoteSection = lazy(() => import('./dailyNote/DailyNoteSection'));

export function ProjectPage() {
  const { state, reload } = useReloadable('project/overview');
  if (state.status === 'loading') return <Loading label="Loading engagement health" />;
  if (state.status === 'failed') return <ErrorState error={state.error} />;
  return <Overview overview={state.data} reload={reload} />;
}

function Section({ id, title, loading, children }: { id: string; title: string; loading: string; children: ReactNode }) {
  return (
    <Stack space="space.100" as="div">
      <Heading size="medium" as="h2" id={id}>
        {title}
      </Heading>
      <LazyWhenVisible label={loading}>{children}</LazyWhenVisible>
    </Stack>
  );
}

function Overview({ overview, reload }: { overview: ProjectOverview; reload: () => void }) {
  const parts = useMemo(() => ({ boardName: overview.boardName, escalations: overview.escalations }), [overview]);
  const { health, boardName, escalations, refreshNow, refreshing, writeError, pollError } = useHealthSnapshot(overview.health, parts);
  const survey = useNpsPromptState(overview.survey);
  return (
    <IssuesDialogHost projectKey={overview.projectKey}>
      <Box as="main" padding="space.200" testId="project-overview">
        <Stack space="space.300">
          <Stack space="space.050">
            <Heading size="large" as="h1" testId="project-name">
              {overview.projectName}
            </Heading>
            <Text color="color.text.subtle" testId="board-name">
              {boardName ? `Board: ${boardName}` : health.computedAt === null ? 'The board is read with the first snapshot.' : 'This project has no board yet.'} · {overview.projectKey}
            </Text>
          </Stack>
          {overview.policyNotice ? <PolicyNotice notice={overview.policyNotice} onReload={reload} /> : null}
          {survey.prompt && survey.mode !== 'hidden' ? (
            <Suspense fallback={null}>
              <SurveyBanner state={survey} onChanged={reload} />
            </Suspense>
          ) : null}
          <HealthSummary health={health} refreshing={refreshing} onRefresh={() => void refreshNow()} writeError={writeError} pollError={pollError} />
          <EscalationsSection view={escalations} servedAt={health.servedAt} projectKey={overview.projectKey} />
          <Section id="velocity-heading" title="Velocity" loading="Loading the velocity chart">
            <VelocitySection health={health} labelledBy="velocity-heading" />
          </Section>
          <Section id="scope-heading" title="Scope change" loading="Loading the scope change chart">
            <ScopeSection health={health} labelledBy="scope-heading" />
          </Section>
          <Section id="lead-time-heading" title="Lead time" loading="Loading the lead time chart">
            <LeadTimeSection health={health} labelledBy="lead-time-heading" />
          </Section>
          <Section id="defect-escape-heading" title="Defect escape" loading="Loading the defect escape chart">
            <DefectEscapeSection health={health} labelledBy="defect-escape-heading" />
          </Section>
          <Section id="partner-heading" title="Partner signal" loading="Loading the partner signal chart">
            <PartnerSection health={health} labelledBy="partner-heading" />
          </Section>
          <Section id="calibration-heading" title="Concerns and calibration calls" loading="Loading the concerns and calibration calls">
            <CalibrationSection concerns={overview.concerns} calls={overview.calibrationCalls} labelledBy="calibration-heading" />
          </Section>
          <Section id="daily-note-heading" title="Today’s note" loading="Loading today’s note">
            <DailyNoteSection labelledBy="daily-note-heading" />
          </Section>
          <Section id="nps-heading" title="Engagement NPS" loading="Loading the engagement NPS">
            <NpsSection nps={overview.nps} state={survey} />
          </Section>
          <Section id="acceptance-heading" title="Acceptance queue" loading="Loading the acceptance queue">
            <AcceptanceQueueSection />
          </Section>
          <Section id="decisions-heading" title="Decisions" loading="Loading the decision log">
            <DecisionLogSection />
          </Section>
        </Stack>
      </Box>
    </IssuesDialogHost>
  );
}
