/** Loads the policy, hands it to the editor, and keeps the saved answer (with its new history and version). */
import { token } from '@atlaskit/tokens';
import { useState } from 'react';
import type { PolicyView, ProjectSettingsView } from '../../../src/contract/resolvers';
import { writtenWords } from '../../shared/confirmationWords';
import { ErrorState, Loading } from '../../shared/states';
import type { ReloadableState } from '../../shared/useReloadable';
import { ClientConfirmation } from './policy/ClientConfirmation';
import { PolicyEditor } from './policy/PolicyEditor';
import { PolicyHistory } from './policy/PolicyHistory';

const headingStyle = { margin: 0, font: token('font.heading.medium'), color: token('color.text') } as const;

export function PolicySection({ state, reload, statuses, teamChoices }: { state: ReloadableState<PolicyView>; reload: () => void; statuses: ProjectSettingsView['statuses']; teamChoices: ProjectSettingsView['teamChoices'] }) {
  const [saved, setSaved] = useState<PolicyView | null>(null);
  if (state.status === 'loading') return <Loading label="Loading decision rights" />;
  if (state.status === 'failed') return <ErrorState error={state.error} />;
  const view = saved && saved.version >= state.data.version ? saved : state.data;
  const freshState = () => {
    setSaved(null);
    reload();
  };
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: token('space.300') }}>
      <ClientConfirmation key={`confirmation-${view.version}`} view={view} onDone={setSaved} onReload={freshState} />
      <PolicyEditor key={view.version} view={view} statuses={statuses} teamChoices={teamChoices} onSaved={setSaved} onReload={freshState} savedNotice={saved && view === saved ? writtenWords(saved) : null} />
      <section aria-labelledby="policy-history-heading" style={{ display: 'flex', flexDirection: 'column', gap: token('space.100') }}>
        <h2 id="policy-history-heading" style={headingStyle}>
          History of changes
        </h2>
        <PolicyHistory history={view.history} />
      </section>
    </div>
  );
}
