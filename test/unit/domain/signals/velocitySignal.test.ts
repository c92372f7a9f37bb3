import { defaultHealthSettings, type HealthThresholds } from '../../../../src/domain/signals/thresholds';
import { velocitySignal, type VelocitySignalSprint } from '../../../../src/domain/signals/velocitySignal';

const thresholds = defaultHealthSettings().thresholds;
const withOutside = (amberOutside: number, redOutside: number): HealthThresholds => ({ ...thresholds, predictability: { amberOutside, redOutside } });

const sprint = (n: number, committed: number, completed: number, predictable: boolean | null = null, bandAverage: number | null = null): VelocitySignalSprint => ({
  name: `Sprint ${n}`,
  committed,
  completed,
  predictable,
  bandAverage,
});
/** The first three closed sprints never have a verdict. */
const first3 = [sprint(1, 20, 20), sprint(2, 20, 20), sprint(3, 20, 20)];
const within = (n: number, committed = 20, completed = 20) => sprint(n, committed, completed, true, 20);
const outside = (n: number, completed: number, bandAverage: number) => sprint(n, 20, completed, false, bandAverage);

describe('velocitySignal', () => {
  describe('not enough data until a sprint has 3 closed sprints before it', () => {
    it.each([
      [0, 'No closed sprints yet; 4 needed to judge predictability'],
      [1, '1 closed sprint so far; 4 needed to judge predictability'],
      [2, '2 closed sprints so far; 4 needed to judge predictability'],
      [3, '3 closed sprints so far; 4 needed to judge predictability'],
    ])('%i closed sprints', (count, reason) => {
      expect(velocitySignal(first3.slice(0, count), thresholds)).toEqual({ key: 'velocity', title: 'Velocity', level: 'not-enough-data', reason });
    });

    it('closed sprints without any verdict are not judged, and the reason does not claim fewer sprints', () => {
      expect(velocitySignal([...first3, sprint(4, 20, 20)], thresholds)).toMatchObject({
        level: 'not-enough-data',
        reason: 'None of the 4 closed sprints has a predictability verdict yet',
      });
    });
  });

  describe('judged on the sprints with a verdict so far while fewer than 3', () => {
    it('the 4th closed sprint alone, outside: amber (exactly amberOutside)', () => {
      expect(velocitySignal([...first3, outside(4, 16, 21)], thresholds)).toEqual({
        key: 'velocity',
        title: 'Velocity',
        level: 'amber',
        reason: '1 of 1 sprint judged so far outside ±15 % of the rolling average: Sprint 4 completed 16 against 21',
        subject: 'Sprint 4',
      });
    });

    it('two judged, both outside: red (exactly redOutside)', () => {
      expect(velocitySignal([...first3, outside(4, 16, 21), outside(5, 30, 20)], thresholds)).toMatchObject({
        level: 'red',
        reason: '2 of 2 sprints judged so far outside ±15 % of the rolling average: Sprint 5 completed 30 against 20',
      });
    });

    it('two judged, both within: green, with the say/do ratio', () => {
      expect(velocitySignal([...first3, within(4, 25, 20), within(5, 20, 21)], thresholds)).toMatchObject({
        level: 'green',
        reason: '2 of 2 sprints judged so far within ±15 % of the rolling average, say/do 91 % (41 completed of 45 committed)',
      });
    });
  });

  describe('the last 3 judged sprints', () => {
    it('0 outside: green (just under amberOutside)', () => {
      expect(velocitySignal([...first3, within(4), within(5), within(6, 24, 21.5)], thresholds)).toEqual({
        key: 'velocity',
        title: 'Velocity',
        level: 'green',
        reason: '3 of the last 3 sprints within ±15 % of the rolling average, say/do 96 % (61.5 completed of 64 committed)',
        subject: 'Sprint 6',
      });
    });

    it('1 outside: amber, naming the sprint and its numbers', () => {
      expect(velocitySignal([...first3, within(4), within(5), outside(11, 83, 130.6667)], thresholds)).toMatchObject({
        level: 'amber',
        reason: '1 of the last 3 sprints outside ±15 % of the rolling average: Sprint 11 completed 83 against 130.7',
      });
    });

    it('2 outside: red, naming the farthest miss', () => {
      expect(velocitySignal([...first3, outside(4, 83, 131), within(5), outside(6, 25, 20)], thresholds)).toMatchObject({
        level: 'red',
        reason: '2 of the last 3 sprints outside ±15 % of the rolling average: Sprint 4 completed 83 against 131',
      });
    });

    it('3 outside: red; of equal misses the latest is named', () => {
      expect(velocitySignal([...first3, outside(4, 10, 20), outside(5, 30, 20), outside(6, 10, 20)], thresholds)).toMatchObject({
        level: 'red',
        reason: '3 of the last 3 sprints outside ±15 % of the rolling average: Sprint 6 completed 10 against 20',
      });
    });

    it('an outside sprint older than the last 3 judged ones no longer counts', () => {
      expect(velocitySignal([...first3, outside(4, 5, 20), within(5), within(6), within(7)], thresholds)).toMatchObject({
        level: 'green',
        reason: '3 of the last 3 sprints within ±15 % of the rolling average, say/do 100 % (60 completed of 60 committed)',
      });
    });

    it('a miss of an average of 0 is the farthest', () => {
      expect(velocitySignal([...first3, outside(4, 40, 20), outside(5, 3, 0), within(6)], thresholds)).toMatchObject({
        level: 'red',
        reason: '2 of the last 3 sprints outside ±15 % of the rolling average: Sprint 5 completed 3 against 0',
      });
    });

    it('nothing committed: green names the average instead of a say/do ratio', () => {
      const none = (n: number) => sprint(n, 0, 20, true, 20);
      expect(velocitySignal([...first3, none(4), none(5), sprint(6, 0, 21, true, 20)], thresholds)).toMatchObject({
        level: 'green',
        reason: '3 of the last 3 sprints within ±15 % of the rolling average, averaging 20.3 completed',
      });
    });
  });

  describe('configured thresholds', () => {
    it('1 outside under amberOutside 2 is green, and says how many were within', () => {
      expect(velocitySignal([...first3, within(4), within(5), outside(6, 10, 20)], withOutside(2, 3))).toMatchObject({
        level: 'green',
        reason: '2 of the last 3 sprints within ±15 % of the rolling average, say/do 83 % (50 completed of 60 committed)',
      });
    });

    it('exactly amberOutside 2 is amber; exactly redOutside 3 is red', () => {
      expect(velocitySignal([...first3, within(4), outside(5, 10, 20), outside(6, 10, 20)], withOutside(2, 3)).level).toBe('amber');
      expect(velocitySignal([...first3, outside(4, 10, 20), outside(5, 10, 20), outside(6, 10, 20)], withOutside(2, 3)).level).toBe('red');
    });
  });
});
