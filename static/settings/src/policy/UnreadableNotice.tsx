/**
 * Stored settings the server could not show (PolicyView.problems): they are blanked or at
 * their default in the form below; this says which, and that saving replaces them.
 */
import { token } from '@atlaskit/tokens';
import SectionMessage from '@atlaskit/section-message';
import { pathLabel } from './policyDraft';

export function UnreadableNotice({ problems, canEdit }: { problems: Record<string, string>; canEdit: boolean }) {
  return (
    <div data-testid="policy-unreadable" style={{ marginBottom: token('space.200') }}>
      <SectionMessage appearance="warning" title="Some saved settings could not be read">
        <p style={{ margin: 0 }}>
          {canEdit
            ? 'They are shown empty or at their default below. Check them, then save to replace what could not be read.'
            : 'They are shown empty or at their default below until a project admin checks them and saves.'}
        </p>
        <ul style={{ margin: `${token('space.100')} 0 0` }}>
          {Object.entries(problems).map(([path, message]) => (
            <li key={path} data-testid="policy-unreadable-item" data-path={path}>
              {pathLabel(path)}: {message}
            </li>
          ))}
        </ul>
      </SectionMessage>
    </div>
  );
}
