import { decisionsSignal, type DecisionsSignalInput, type PendingDecisionFact } from '../../../../src/domain/signals/decisionsSignal';
import { defaultHealthSettings } from '../../../../src/domain/signals/thresholds';

const thresholds = defaultHealthSettings().thresholds;
const pending = (question: string, ageHours: number, clock: PendingDecisionFact['clock']): PendingDecisionFact => ({ question, ageHours, clock });
const judge = (input: Partial<DecisionsSignalInput>) => decisionsSignal({ pending: [], decidedWithSla: 0, decidedWithinSla: 0, clockWords: null, ...input }, thresholds);

const provider = 'Which payment provider do we use for the EU launch?';

describe('decisionsSignal', () => {
  it('nothing pending and nothing decided with an SLA: not enough data', () => {
    expect(judge({})).toEqual({ key: 'decisions', title: 'Decisions', level: 'not-enough-data', reason: 'No decision pending and none with an SLA decided yet' });
  });

  describe('red: a pending decision past its stale threshold', () => {
    it('names the counts, the oldest stale one and the share decided within the SLA', () => {
      const signal = judge({
        pending: [pending('Cache?', 80, 'stale'), pending(provider, 96.5, 'stale'), pending('Copy of the error?', 30, 'overdue'), pending('Later', 2, 'due')],
        decidedWithSla: 13,
        decidedWithinSla: 8,
        clockWords: 'business hours',
      });
      expect(signal).toEqual({
        key: 'decisions',
        title: 'Decisions',
        level: 'red',
        reason: '2 pending decisions past the stale threshold and 1 more past its SLA, the oldest “Which payment provider do we use for the…” waiting 96 h (business hours); 8 of 13 decided within their SLA (62 %)',
      });
    });

    it('a stale one alone (no SLA: a technical decision), wall-clock', () => {
      expect(judge({ pending: [pending('Which cache?', 72, 'stale')] })).toMatchObject({
        level: 'red',
        reason: '1 pending decision past the stale threshold, the oldest “Which cache?” waiting 72 h; none with an SLA decided yet',
      });
    });
  });

  describe('amber', () => {
    it('a pending decision past its SLA', () => {
      expect(judge({ pending: [pending('Copy of the error?', 25, 'overdue'), pending('Later', 40, 'no-sla')], decidedWithSla: 10, decidedWithinSla: 9 })).toEqual({
        key: 'decisions',
        title: 'Decisions',
        level: 'amber',
        reason: '1 pending decision past its SLA, the oldest “Copy of the error?” waiting 25 h; 9 of 10 decided within their SLA (90 %)',
      });
    });

    it('two past their SLA: the older is named', () => {
      expect(judge({ pending: [pending('First?', 30, 'overdue'), pending('Second?', 31, 'overdue')], decidedWithSla: 10, decidedWithinSla: 10 })).toMatchObject({
        level: 'amber',
        reason: '2 pending decisions past their SLA, the oldest “Second?” waiting 31 h; 10 of 10 decided within their SLA (100 %)',
      });
    });

    it('just under the within-SLA share: 79 of 100', () => {
      expect(judge({ pending: [pending('Later', 2, 'due')], decidedWithSla: 100, decidedWithinSla: 79 })).toMatchObject({
        level: 'amber',
        reason: '79 of 100 decided within their SLA (79 %), below the 80 % threshold; 1 pending, none past its SLA',
      });
    });

    it('a share just under the threshold never reads as on it', () => {
      expect(judge({ decidedWithSla: 1001, decidedWithinSla: 800 })).toMatchObject({
        level: 'amber',
        reason: '800 of 1,001 decided within their SLA (less than 80 %), below the 80 % threshold; none pending',
      });
    });
  });

  describe('green', () => {
    it('exactly on the within-SLA share: 4 of 5', () => {
      expect(judge({ decidedWithSla: 5, decidedWithinSla: 4 })).toEqual({
        key: 'decisions',
        title: 'Decisions',
        level: 'green',
        reason: '4 of 5 decided within their SLA (80 %), at or above the 80 % threshold; none pending',
      });
    });

    it('pending within their SLA, nothing decided with an SLA yet', () => {
      expect(judge({ pending: [pending('Later', 2, 'due'), pending('Which cache?', 10, 'no-sla')] })).toMatchObject({
        level: 'green',
        reason: '2 decisions pending, none past its SLA; none with an SLA decided yet',
      });
    });
  });

  it('takes the configured share', () => {
    const signal = decisionsSignal({ pending: [], decidedWithSla: 10, decidedWithinSla: 9, clockWords: null }, { ...thresholds, decisions: { withinSlaAmberPercent: 95 } });
    expect(signal).toMatchObject({ level: 'amber', reason: '9 of 10 decided within their SLA (90 %), below the 95 % threshold; none pending' });
  });
});
