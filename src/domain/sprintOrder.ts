import type { Sprint } from './types';

/** Active first, then future soonest first, then closed newest first: the order people read a board in. */
export function sprintsNewestFirst(sprints: readonly Sprint[]): Sprint[] {
  const rank = { active: 0, future: 1, closed: 2 } as const;
  const when = (s: Sprint) => s.startDate ?? s.id;
  return [...sprints].sort((a, b) => rank[a.state] - rank[b.state] || (a.state === 'future' ? when(a) - when(b) : when(b) - when(a)));
}
