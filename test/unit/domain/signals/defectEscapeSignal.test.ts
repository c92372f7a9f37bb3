import { defectEscapeSignal, type DefectEscapeSignalRelease } from '../../../../src/domain/signals/defectEscapeSignal';
import { defaultHealthSettings } from '../../../../src/domain/signals/thresholds';

const thresholds = defaultHealthSettings().thresholds;
const release = (name: string, escaped: number, features: number, windowOpen = false): DefectEscapeSignalRelease => ({ name, escaped, features, windowOpen });
const judge = (...releasedVersions: DefectEscapeSignalRelease[]) => defectEscapeSignal({ windowDays: 7, releasedVersions }, thresholds);

describe('defectEscapeSignal', () => {
  describe('not enough data', () => {
    it('no released version', () => {
      expect(judge()).toEqual({
        key: 'defectEscape',
        title: 'Defect escape',
        level: 'not-enough-data',
        reason: 'No version released yet; the escape rate is judged on the latest release',
      });
    });

    it('the latest release shipped no features: no rate, the bugs still named', () => {
      expect(judge(release('1.3', 0, 10), release('1.3.1', 2, 0))).toMatchObject({
        level: 'not-enough-data',
        reason: '1.3.1 shipped no features, so it has no escape rate (2 bugs found by users in the 7 days after 1.3.1 was released)',
      });
    });
  });

  it('judges the latest released version only', () => {
    expect(judge(release('1.3', 9, 10), release('1.4', 0, 12))).toEqual({
      key: 'defectEscape',
      title: 'Defect escape',
      level: 'green',
      reason: '0 bugs found by users in the 7 days after 1.4 was released against 12 features shipped in it: 0 per feature, within the 0.1 amber threshold',
    });
  });

  it('exactly on the amber threshold: green', () => {
    expect(judge(release('1.4', 1, 10))).toMatchObject({
      level: 'green',
      reason: '1 bug found by users in the 7 days after 1.4 was released against 10 features shipped in it: 0.1 per feature, within the 0.1 amber threshold',
    });
  });

  it('just over amber: amber', () => {
    expect(judge(release('1.4', 2, 19))).toMatchObject({
      level: 'amber',
      reason: '2 bugs found by users in the 7 days after 1.4 was released against 19 features shipped in it: 0.11 per feature, above the 0.1 amber threshold',
    });
    // 100 ÷ 999 = 0.1001 would read "0.1": never rounded onto the threshold.
    expect(judge(release('1.4', 100, 999))).toMatchObject({
      level: 'amber',
      reason: '100 bugs found by users in the 7 days after 1.4 was released against 999 features shipped in it: more than 0.1 per feature, above the 0.1 amber threshold',
    });
  });

  it('exactly on the red threshold: amber', () => {
    expect(judge(release('1.4', 2, 8))).toMatchObject({
      level: 'amber',
      reason: '2 bugs found by users in the 7 days after 1.4 was released against 8 features shipped in it: 0.25 per feature, above the 0.1 amber threshold',
    });
  });

  it('just over red: red', () => {
    expect(judge(release('1.4', 3, 11))).toEqual({
      key: 'defectEscape',
      title: 'Defect escape',
      level: 'red',
      reason: '3 bugs found by users in the 7 days after 1.4 was released against 11 features shipped in it: 0.27 per feature, above the 0.25 red threshold',
    });
  });

  it('while the window after the release runs: judged as it stands, and says the window is open', () => {
    expect(judge(release('1.5', 1, 1, true))).toMatchObject({
      level: 'red',
      reason: '1 bug found by users since 1.5 was released (its 7-day window is still open) against 1 feature shipped in it: 1 per feature, above the 0.25 red threshold',
    });
  });
});
