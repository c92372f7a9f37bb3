/**
 * Changes of the settings that wait for the client sponsor, or were applied without one: shown to
 * everyone who opens the project page; the client sponsor is asked to review them on the settings page.
 * Drawn with tokens (no section-message: it would pull button and popper into the first load).
 */
import { token } from '@atlaskit/tokens';
import type { ClientConfirmationView } from '../../../src/contract/resolvers';
import { pendingWords, unconfirmedWords } from '../../shared/confirmationWords';

const boxStyle = {
  padding: token('space.150'),
  borderRadius: token('radius.small', '4px'),
  background: token('color.background.warning'),
  color: token('color.text'),
  display: 'flex',
  flexDirection: 'column',
  gap: token('space.075'),
} as const;

const REVIEW_HINT = 'Review them in Project settings → Engagement health, where you can confirm or reject them.';
const ACKNOWLEDGE_HINT = 'Review them in Project settings → Engagement health, where you can acknowledge them.';

export function PolicyNotice({ notice }: { notice: ClientConfirmationView }) {
  const pending = pendingWords(notice);
  const unconfirmed = unconfirmedWords(notice);
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
    </section>
  );
}
