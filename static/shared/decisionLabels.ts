/** How decisions look everywhere: category and status lozenges, clock colours (tokens only). */
import type { ThemeAppearance } from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { DecisionCategoryKey, DecisionClockView, DecisionStatusKey, PersonView } from '../../src/contract/resolvers';

export const categoryKeys: readonly DecisionCategoryKey[] = ['technical', 'product', 'scope'];

export { CATEGORY_LABELS as categoryLabels } from '../../src/contract/labels';

/** Three distinct Lozenge colours: blue, purple, yellow. */
export const categoryAppearance: Record<DecisionCategoryKey, ThemeAppearance> = {
  technical: 'inprogress',
  product: 'new',
  scope: 'moved',
};

export const statusLabels: Record<DecisionStatusKey, string> = { pending: 'Pending', decided: 'Decided', withdrawn: 'Withdrawn' };

export const statusAppearance: Record<DecisionStatusKey, ThemeAppearance> = { pending: 'default', decided: 'success', withdrawn: 'removed' };

export function clockColor(state: DecisionClockView['state']): string {
  if (state === 'overdue') return token('color.text.danger');
  if (state === 'stale') return token('color.text.warning');
  if (state === 'due') return token('color.text');
  return token('color.text.subtlest');
}

export function names(people: PersonView[]): string {
  return people.length === 0 ? 'Nobody' : people.map((p) => p.displayName).join(', ');
}

const points = new Intl.NumberFormat('en-US');

/** A scope decision's estimated impact in words: "40 points", "1 point", "2.5 points". */
export function impactWords(impactPoints: number): string {
  return `${points.format(impactPoints)} ${impactPoints === 1 ? 'point' : 'points'}`;
}

const dateTime = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : dateTime.format(date);
}

const shortDateTime = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** For table cells: no year (the full date is in the cell's title). */
export function formatShortDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : shortDateTime.format(date);
}
