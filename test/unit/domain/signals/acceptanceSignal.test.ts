import { acceptanceSignal, type AcceptanceSignalSprint } from '../../../../src/domain/signals/acceptanceSignal';
import { defaultHealthSettings } from '../../../../src/domain/signals/thresholds';

const thresholds = defaultHealthSettings().thresholds;
const sprint = (n: number, accepted: number, acceptedFirstPass: number): AcceptanceSignalSprint => ({ name: `Sprint ${n}`, accepted, acceptedFirstPass });
const judge = (sprints: AcceptanceSignalSprint[], awaiting: { key: string; ageHours: number }[] = []) => acceptanceSignal({ sprints, awaiting }, thresholds);

describe('acceptanceSignal', () => {
  describe('not enough data', () => {
    it('no closed sprint', () => {
      expect(judge([])).toEqual({
        key: 'acceptance',
        title: 'Customer acceptance',
        level: 'not-enough-data',
        reason: 'No closed sprint yet, so no first-pass rate yet; nothing awaits acceptance',
      });
    });

    it('closed sprints without accepted work, still naming what waits', () => {
      expect(judge([sprint(1, 0, 0), sprint(2, 0, 0)], [{ key: 'ENG-4', ageHours: 30 }])).toMatchObject({
        level: 'not-enough-data',
        reason: 'No work accepted in the 2 closed sprints, so no first-pass rate yet; 1 item awaiting acceptance, the oldest ENG-4 for 1 d 6 h',
      });
    });
  });

  describe('over the last 3 closed sprints with accepted work', () => {
    it('sprints without accepted work are skipped, older ones drop out', () => {
      // Sprint 1 (0 of 10 first pass) is the 4th most recent with accepted work.
      expect(judge([sprint(1, 10, 0), sprint(2, 5, 5), sprint(3, 0, 0), sprint(4, 5, 4), sprint(5, 10, 9)])).toEqual({
        key: 'acceptance',
        title: 'Customer acceptance',
        level: 'green',
        reason: '18 of 20 items accepted first pass (90 %) in the last 3 closed sprints with accepted work, at or above the 80 % amber threshold; nothing awaits acceptance',
      });
    });

    it('exactly on amber: green', () => {
      expect(judge([sprint(1, 5, 4), sprint(2, 5, 4), sprint(3, 10, 8)]).level).toBe('green');
    });

    it('just under amber: amber, never rounded onto the threshold', () => {
      expect(judge([sprint(1, 49, 39)], [{ key: 'ENG-9', ageHours: 5 }, { key: 'ENG-12', ageHours: 51.5 }, { key: 'ENG-3', ageHours: 51.5 }])).toEqual({
        key: 'acceptance',
        title: 'Customer acceptance',
        level: 'amber',
        reason: '39 of 49 items accepted first pass (less than 80 %) in the 1 closed sprint with accepted work so far, below the 80 % amber threshold; 3 items awaiting acceptance, the oldest ENG-12 for 2 d 3 h',
      });
    });

    it('exactly on red: amber', () => {
      expect(judge([sprint(1, 5, 3), sprint(2, 5, 3)])).toMatchObject({
        level: 'amber',
        reason: '6 of 10 items accepted first pass (60 %) in the 2 closed sprints with accepted work so far, below the 80 % amber threshold; nothing awaits acceptance',
      });
    });

    it('just under red: red', () => {
      expect(judge([sprint(1, 1000, 599)]).reason).toBe('599 of 1,000 items accepted first pass (less than 60 %) in the 1 closed sprint with accepted work so far, below the 60 % red threshold; nothing awaits acceptance');
      expect(judge([sprint(1, 10, 6), sprint(2, 10, 5), sprint(3, 10, 6)])).toEqual({
        key: 'acceptance',
        title: 'Customer acceptance',
        level: 'red',
        reason: '17 of 30 items accepted first pass (57 %) in the last 3 closed sprints with accepted work, below the 60 % red threshold; nothing awaits acceptance',
      });
    });
  });

  it('takes the configured thresholds', () => {
    const signal = acceptanceSignal({ sprints: [sprint(1, 1, 1)], awaiting: [] }, { ...thresholds, acceptance: { amberFirstPassPercent: 100, redFirstPassPercent: 90 } });
    expect(signal).toMatchObject({ level: 'green', reason: '1 of 1 item accepted first pass (100 %) in the 1 closed sprint with accepted work so far, at or above the 100 % amber threshold; nothing awaits acceptance' });
  });
});
