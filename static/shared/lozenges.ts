import type { ThemeAppearance } from '@atlaskit/lozenge';
import type { SprintRow } from '../../src/contract/resolvers';

/** Jira colours a status by its category: to do grey, in progress blue, done green. */
export function statusAppearance(category: 'new' | 'indeterminate' | 'done'): ThemeAppearance {
  if (category === 'done') return 'success';
  if (category === 'indeterminate') return 'inprogress';
  return 'default';
}

export function sprintStateAppearance(state: SprintRow['state']): ThemeAppearance {
  if (state === 'active') return 'inprogress';
  if (state === 'closed') return 'success';
  return 'new';
}

export const sprintStateLabel: Record<SprintRow['state'], string> = { active: 'Active', closed: 'Closed', future: 'Future' };
