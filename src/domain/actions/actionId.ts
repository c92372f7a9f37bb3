/**
 * The idempotency key the UI sends with every user action (one per form
 * submission, reused when the user tries the same action again): a retried
 * action whose first try was saved finds its mark in the trusted record and
 * answers as if it had just succeeded, instead of doing it twice.
 */
export const ACTION_ID_PATTERN = /^[A-Za-z0-9-]{8,64}$/;

/** Whether an event of the record was made by this caller's action. */
export function madeByAction(event: { byAccountId: string; actionId?: string } | undefined, accountId: string, actionId: string | undefined): boolean {
  return actionId !== undefined && event !== undefined && event.actionId === actionId && event.byAccountId === accountId;
}
