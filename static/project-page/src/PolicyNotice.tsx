/**
 * Changes of the settings that wait for the client sponsor, or were applied without one: shown to
 * everyone who opens the project page. The client sponsor confirms, rejects or acknowledges them
 * right here (in Jira a project settings page opens only for project admins, which a client
 * sponsor often is not), or on the settings page.
 * Drawn with tokens (no section-message: it would pull popper into the first load).
 */
import { token } from '@atlaskit/tokens';
import { useState } from 'react';
import type { ClientConfirmationView } from '../../../src/contract/resolvers';
import { Button } from '../../shared/buttons';
import { pendingWords, unconfirmedWords } from '../../shared/confirmationWords';
import { FormAlert } from '../../shared/formControls';
import { useWrite } from '../../shared/useWrite';

const boxStyle = {
  padding: token('space.150'),
  borderRadius: token('radius.small', '4px'),
  background: token('color.background.warning'),
  color: token('color.text'),
  display: 'flex',
  flexDirection: 'column',
  gap: token('space.075'),
} as const;
const rowStyle = { display: 'flex', gap: token('space.100') } as const;

const REVIEW_HINT = 'Confirm or reject them here, or review them in Project settings → Engagement health.';
const ACKNOWLEDGE_HINT = 'Acknowledge them here, or review them in Project settings → Engagement health.';

export function PolicyNotice({ notice, onReload }: { notice: ClientConfirmationView; onReload: () => void }) {
  const pending = pendingWords(notice);
  const unconfirmed = unconfirmedWords(notice);
  const confirm = useWrite('policy/confirm');
  const reject = useWrite('policy/reject');
  const acknowledge = useWrite('policy/acknowledge');
  const [done, setDone] = useState<string | null>(null);
  const busy = confirm.busy || reject.busy || acknowledge.busy;
  const error = confirm.error ?? reject.error ?? acknowledge.error;
  const payload = { expectedVersion: notice.version };
  const after = (words: string) => () => setDone(words);
  if (done) {
    return (
      <section aria-label="Settings changes and the client’s confirmation" style={{ ...boxStyle, background: token('color.background.success') }} data-testid="policy-notice-done" role="status">
        {done}
      </section>
    );
  }
  return (
    <section aria-label="Settings changes and the client’s confirmation" style={boxStyle} data-testid="policy-notice" data-can-confirm={notice.canConfirm} data-can-acknowledge={notice.canAcknowledge}>
      {pending ? (
        <p style={{ margin: 0 }} data-testid="policy-notice-pending">
          {pending}
          {notice.canConfirm ? (
            <>
              {' '}
              <strong data-testid="policy-notice-review">{REVIEW_HINT}</strong>
            </>
          ) : null}
        </p>
      ) : null}
      {pending && notice.canConfirm ? (
        <div style={rowStyle}>
          <Button appearance="primary" disabled={busy} data-testid="policy-notice-confirm" onClick={() => void confirm.submit(payload, after('You confirmed the changes: they are in force now.'))}>
            {confirm.busy ? 'Confirming…' : 'Confirm changes'}
          </Button>
          <Button disabled={busy} data-testid="policy-notice-reject" onClick={() => void reject.submit(payload, after('You rejected the changes: the settings stay as they were.'))}>
            {reject.busy ? 'Rejecting…' : 'Reject'}
          </Button>
        </div>
      ) : null}
      {unconfirmed ? (
        <p style={{ margin: 0 }} data-testid="policy-notice-unconfirmed">
          {unconfirmed}
          {notice.canAcknowledge ? (
            <>
              {' '}
              <strong>{ACKNOWLEDGE_HINT}</strong>
            </>
          ) : null}
        </p>
      ) : null}
      {unconfirmed && notice.canAcknowledge ? (
        <div style={rowStyle}>
          <Button disabled={busy} data-testid="policy-notice-acknowledge" onClick={() => void acknowledge.submit(payload, after('You acknowledged the changes.'))}>
            {acknowledge.busy ? 'Saving…' : 'Acknowledge'}
          </Button>
        </div>
      ) : null}
      {error ? <FormAlert error={error} onReload={onReload} /> : null}
    </section>
  );
}
