import { DECISIONS_PROPERTY_KEY, decisionsMirror, mirrorMatches } from '../../../src/domain/decisions/mirror';
import { sortForIssue } from '../../../src/domain/decisions/ordering';
import { withdrawDecision } from '../../../src/domain/decisions/rules';
import type { Decision } from '../../../src/domain/decisions/types';
import { aDecidedDecision, aPolicy, aRaisedDecision, HOUR, MONDAY_10_NY, TECH_LEAD } from './policyBuilders';

const wall = aPolicy({ clockMode: 'wall' });
const withdrawn = (d: Decision): Decision => {
  const r = withdrawDecision(d, { byAccountId: TECH_LEAD, reason: null }, d.raisedAt + HOUR);
  if (!r.ok) throw new Error(r.message);
  return r.decision;
};

describe('decisionsMirror', () => {
  const decisions = [
    aRaisedDecision({ id: 'D-3', category: 'product' }, wall, MONDAY_10_NY + 5 * HOUR),
    aDecidedDecision({ id: 'D-1', category: 'scope' }, HOUR, wall),
    aRaisedDecision({ id: 'D-2', category: 'product' }, wall, MONDAY_10_NY),
    aRaisedDecision({ id: 'D-4', category: 'technical' }, wall, MONDAY_10_NY),
    withdrawn(aRaisedDecision({ id: 'D-5', category: 'product' }, wall, MONDAY_10_NY - 10 * HOUR)),
  ];

  it('is the searchable property: sorted unique statuses and categories, the earliest pending due time, counts per status', () => {
    expect(DECISIONS_PROPERTY_KEY).toBe('engagement-health-decisions');
    expect(decisionsMirror(decisions)).toEqual({
      statuses: ['decided', 'pending', 'withdrawn'],
      categories: ['product', 'scope', 'technical'],
      nextDueAt: '2026-01-13T15:00:00.000Z', // D-2, not the withdrawn D-5 that was due earlier
      counts: { decided: 1, pending: 3, withdrawn: 1 },
    });
  });

  it('is the same whatever order the decisions come in', () => {
    expect(decisionsMirror([...decisions].reverse())).toEqual(decisionsMirror(decisions));
  });

  it('is empty for an issue without decisions', () => {
    expect(decisionsMirror([])).toEqual({ statuses: [], categories: [], nextDueAt: null, counts: { decided: 0, pending: 0, withdrawn: 0 } });
  });

  // Jira refuses an issue property over 32 768 characters: the mirror holds aggregates only, so no number of decisions can reach that.
  it('stays small whatever the number of decisions (10 000 on one issue)', () => {
    const many: Decision[] = Array.from({ length: 10_000 }, (_, n) => ({ ...decisions[n % decisions.length]!, id: `D-${n + 1}` }));
    const mirror = decisionsMirror(many);
    expect(JSON.stringify(mirror).length).toBeLessThan(2_000);
    expect(mirror).toEqual({
      statuses: ['decided', 'pending', 'withdrawn'],
      categories: ['product', 'scope', 'technical'],
      nextDueAt: '2026-01-13T15:00:00.000Z',
      counts: { decided: 2_000, pending: 6_000, withdrawn: 2_000 },
    });
  });

  it('matches a stored copy regardless of key order, and not an edited one', () => {
    const expected = decisionsMirror(decisions);
    const stored = JSON.parse(JSON.stringify({ counts: expected.counts, nextDueAt: expected.nextDueAt, categories: expected.categories, statuses: expected.statuses }));
    expect(mirrorMatches(stored, expected)).toBe(true);
    expect(mirrorMatches({ ...stored, statuses: ['decided'] }, expected)).toBe(false);
    expect(mirrorMatches({ ...stored, extra: 1 }, expected)).toBe(false);
    expect(mirrorMatches({ ...stored, nextDueAt: null }, expected)).toBe(false);
    expect(mirrorMatches({ ...stored, counts: { ...stored.counts, pending: 0 } }, expected)).toBe(false);
    expect(mirrorMatches(undefined, expected)).toBe(false);
    expect(mirrorMatches('pending', expected)).toBe(false);
  });
});

describe('sortForIssue', () => {
  it('puts pending first by due time (no SLA last), then the rest newest first', () => {
    const sorted = sortForIssue([
      aDecidedDecision({ id: 'old-decided' }, HOUR, wall),
      aRaisedDecision({ id: 'no-sla', category: 'technical' }, wall, MONDAY_10_NY),
      aRaisedDecision({ id: 'due-later' }, wall, MONDAY_10_NY + 2 * HOUR),
      aRaisedDecision({ id: 'due-first' }, wall, MONDAY_10_NY + HOUR),
      withdrawn(aRaisedDecision({ id: 'new-withdrawn' }, wall, MONDAY_10_NY + 3 * HOUR)),
    ]);
    expect(sorted.map((d) => d.id)).toEqual(['due-first', 'due-later', 'no-sla', 'new-withdrawn', 'old-decided']);
  });
});
