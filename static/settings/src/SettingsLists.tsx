/** The workflow statuses and the people of the project, as the settings page lists them. */
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Stack, Text } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import type { ProjectSettingsView } from '../../../src/contract/resolvers';
import { statusAppearance } from '../../shared/lozenges';
import { cellStyle, headerCellStyle, tableStyle } from '../../shared/tableStyles';

const categoryLabel = { new: 'To do', indeterminate: 'In progress', done: 'Done' } as const;

export function StatusList({ statuses }: { statuses: ProjectSettingsView['statuses'] }) {
  return (
    <Stack space="space.100" as="div">
      <Heading size="medium" as="h2" id="statuses-heading">
        Workflow statuses
      </Heading>
      <table style={tableStyle} aria-labelledby="statuses-heading" data-testid="settings-statuses">
        <thead>
          <tr>
            <th scope="col" style={headerCellStyle}>Status</th>
            <th scope="col" style={headerCellStyle}>Category</th>
          </tr>
        </thead>
        <tbody>
          {statuses.map((status) => (
            <tr key={status.name}>
              <th scope="row" style={{ ...cellStyle, fontWeight: 'inherit' }}>
                <Lozenge appearance={statusAppearance(status.category)}>{status.name}</Lozenge>
              </th>
              <td style={cellStyle}>{categoryLabel[status.category]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Stack>
  );
}

export function PeopleList({ people }: { people: ProjectSettingsView['people'] }) {
  return (
    <Stack space="space.100" as="div">
      <Heading size="medium" as="h2" id="people-heading">
        People
      </Heading>
      {people.length === 0 ? (
        <Text as="p" color="color.text.subtle">
          Nobody is listed for this project yet.
        </Text>
      ) : (
        <ul aria-labelledby="people-heading" data-testid="settings-people" style={{ margin: 0, paddingLeft: token('space.250') }}>
          {people.map((person) => (
            <li key={person.accountId} style={{ color: token('color.text') }}>
              {person.displayName}
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}
