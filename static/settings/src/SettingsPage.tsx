/** The project settings page: what the app reads from the project today, and who may change it. */
import Heading from '@atlaskit/heading';
import { Box, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { ProjectSettingsView } from '../../../src/contract/resolvers';
import { ErrorState, Loading } from '../../shared/states';
import { useResolver } from '../../shared/useResolver';
import { PeopleList, StatusList } from './SettingsLists';

export function SettingsPage() {
  const state = useResolver('settings/get');
  if (state.status === 'loading') return <Loading label="Loading settings" />;
  if (state.status === 'failed') return <ErrorState error={state.error} />;
  return <Settings settings={state.data} />;
}

function Settings({ settings }: { settings: ProjectSettingsView }) {
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
        {settings.canAdminister ? null : (
          <div data-testid="read-only-notice">
            <SectionMessage appearance="information" title="Read only">
              <Text as="p">Only project admins can change these settings. Ask a project admin to make changes.</Text>
            </SectionMessage>
          </div>
        )}
        <Stack space="space.100" as="div">
          <Heading size="medium" as="h2">
            Board
          </Heading>
          {settings.board ? (
            <Text as="p" testId="settings-board">
              {settings.board.name} — story points from{' '}
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
