/** The project settings page: the decision-rights matrix first, then what the app reads from the Jira project. */
import Heading from '@atlaskit/heading';
import { Box, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { ProjectSettingsView } from '../../../src/contract/resolvers';
import { ErrorState, Loading } from '../../shared/states';
import { useReloadable } from '../../shared/useReloadable';
import { useResolver } from '../../shared/useResolver';
import { PolicySection } from './PolicySection';
import { PeopleList, StatusList } from './SettingsLists';

export function SettingsPage() {
  const state = useResolver('settings/get');
  if (state.status === 'loading') return <Loading label="Loading settings" />;
  if (state.status === 'failed') return <ErrorState error={state.error} />;
  return <Settings settings={state.data} />;
}

function Settings({ settings }: { settings: ProjectSettingsView }) {
  const policy = useReloadable('policy/get');
  const canEdit = policy.state.status === 'loaded' ? policy.state.data.canEdit : settings.canAdminister;
  return (
    <Box as="main" padding="space.200" testId="settings">
      <Stack space="space.300">
        <Stack space="space.050">
          <Heading size="large" as="h1">
            Engagement health settings
          </Heading>
          <Text color="color.text.subtle" testId="settings-project">
            {settings.projectName} ({settings.projectKey})
          </Text>
        </Stack>
        {canEdit ? null : (
          <div data-testid="read-only-notice">
            <SectionMessage appearance="information" title="Read only">
              <Text as="p">Only project admins can change these settings. Ask a project admin to make changes.</Text>
            </SectionMessage>
          </div>
        )}
        <Stack space="space.150" as="div">
          <Heading size="medium" as="h2">
            Decision rights
          </Heading>
          <PolicySection state={policy.state} reload={policy.reload} statuses={settings.statuses} teamChoices={settings.teamChoices} />
        </Stack>
        <Stack space="space.100" as="div">
          <Heading size="medium" as="h2">
            Jira project
          </Heading>
          {settings.board ? (
            <Text as="p" testId="settings-board">
              Board {settings.board.name} — story points from{' '}
              <Text weight="semibold">{settings.board.estimationField ?? 'no estimation field'}</Text>
            </Text>
          ) : (
            <Text as="p" color="color.text.subtle">
              This project has no board: sprint metrics need a Scrum board.
            </Text>
          )}
        </Stack>
        <StatusList statuses={settings.statuses} />
        <PeopleList people={settings.people} />
      </Stack>
    </Box>
  );
}
