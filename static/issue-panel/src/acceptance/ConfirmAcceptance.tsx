/** "Accept as done?" and a refused acceptance's alert (lazy chunk): most views never show either. */
import { token } from '@atlaskit/tokens';
import type { IssueAcceptanceView, ResolverError } from '../../../../src/contract/resolvers';
import { Button } from '../../../shared/buttons';
import { FormAlert } from '../../../shared/formControls';

interface Props {
  view: IssueAcceptanceView;
  /** Whether to ask (the caller may accept now); the alert of a refused try shows either way. */
  asking: boolean;
  accept: { busy: boolean; error: ResolverError | null };
  onAccept: () => void;
  onCancel: () => void;
  onReload: () => void;
}

export default function ConfirmAcceptance({ view, asking, accept, onAccept, onCancel, onReload }: Props) {
  return (
    <>
      {asking ? (
        <div role="group" aria-label="Confirm acceptance" style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: token('space.100'), padding: token('space.100'), borderRadius: token('radius.medium', '6px'), background: token('elevation.surface.sunken') }}>
          <span>Accept {view.issueKey} as done{view.round > 1 ? ` (round ${view.round})` : ''}? This is recorded with your name.</span>
          <Button appearance="primary" disabled={accept.busy} onClick={onAccept} data-testid="acceptance-confirm">
            {accept.busy ? 'Saving…' : 'Yes, accept'}
          </Button>
          <Button appearance="subtle" disabled={accept.busy} onClick={onCancel}>
            Cancel
          </Button>
        </div>
      ) : null}
      {accept.error ? <FormAlert error={accept.error} onReload={onReload} /> : null}
    </>
  );
}
