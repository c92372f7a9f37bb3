/**
 * What of the settings waits for the client sponsor, shown to everyone above the form; the client
 * sponsor confirms or rejects it here, and acknowledges changes applied without confirmation.
 */
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { ClientControlChangeView, PolicyView } from '../../../../src/contract/resolvers';
import { Button } from '../../../shared/buttons';
import { formatDateTime } from '../../../shared/decisionLabels';
import { FormAlert } from '../../../shared/formControls';
import { unconfirmedWords } from '../../../shared/confirmationWords';
import { useWrite } from '../../../shared/useWrite';

interface Props {
  view: PolicyView;
  /** The answer of a confirm, reject or acknowledge: the policy as it is now. */
  onDone: (view: PolicyView) => void;
  onReload: () => void;
}

function ChangeItems({ changes, testId }: { changes: ClientControlChangeView[]; testId: string }) {
  return (
    <ul style={{ margin: `${token('space.100')} 0 0` }}>
      {changes.map((c) => (
        <li key={c.path} data-testid={testId} data-path={c.path}>
          {c.label}: <span style={{ color: token('color.text.subtle') }}>{c.before}</span> → <strong>{c.after}</strong>
        </li>
      ))}
    </ul>
  );
}

const rowStyle = { display: 'flex', gap: token('space.100'), marginTop: token('space.150') } as const;

export function ClientConfirmation({ view, onDone, onReload }: Props) {
  const confirm = useWrite('policy/confirm');
  const reject = useWrite('policy/reject');
  const acknowledge = useWrite('policy/acknowledge');
  const { pending, unconfirmed, canConfirm, canAcknowledge, clientSponsor } = view.confirmation;
  if (!pending && !unconfirmed) return null;
  const busy = confirm.busy || reject.busy || acknowledge.busy;
  const error = confirm.error ?? reject.error ?? acknowledge.error;
  const payload = { expectedVersion: view.version };
  const sponsor = clientSponsor ? `${clientSponsor.displayName} (client sponsor)` : 'the client sponsor';
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: token('space.150') }}>
      {pending ? (
        <div data-testid="policy-pending" data-can-confirm={canConfirm}>
          <SectionMessage appearance="warning" title={canConfirm ? 'Waiting for your confirmation' : 'Pending client confirmation'}>
            <p style={{ margin: 0 }}>
              {pending.proposedBy.displayName} proposed these changes on {formatDateTime(pending.proposedAt)}. They weaken the client’s control, so they take effect only when {canConfirm ? 'you confirm' : `${sponsor} confirms`} them;
              until then the settings before them stay in force{view.canEdit ? ' (the form below shows the proposal: save it unchanged to keep it pending, or set those settings back to withdraw it)' : ''}.
            </p>
            <ChangeItems changes={pending.changes} testId="policy-pending-change" />
            {canConfirm ? (
              <div style={rowStyle}>
                <Button appearance="primary" disabled={busy} data-testid="policy-confirm" onClick={() => void confirm.submit(payload, onDone)}>
                  {confirm.busy ? 'Confirming…' : 'Confirm changes'}
                </Button>
                <Button disabled={busy} data-testid="policy-reject" onClick={() => void reject.submit(payload, onDone)}>
                  {reject.busy ? 'Rejecting…' : 'Reject changes'}
                </Button>
              </div>
            ) : null}
          </SectionMessage>
        </div>
      ) : null}
      {unconfirmed ? (
        <div data-testid="policy-unconfirmed" data-can-acknowledge={canAcknowledge}>
          <SectionMessage appearance="warning" title="Applied without client confirmation">
            <p style={{ margin: 0 }}>{unconfirmedWords(view.confirmation)}</p>
            <ChangeItems changes={unconfirmed.changes} testId="policy-unconfirmed-change" />
            {canAcknowledge ? (
              <div style={rowStyle}>
                <Button appearance="primary" disabled={busy} data-testid="policy-acknowledge" onClick={() => void acknowledge.submit(payload, onDone)}>
                  {acknowledge.busy ? 'Acknowledging…' : 'Acknowledge changes'}
                </Button>
              </div>
            ) : null}
          </SectionMessage>
        </div>
      ) : null}
      {error ? <FormAlert error={error} onReload={onReload} /> : null}
    </div>
  );
}
