import { concernReaders, concernTextProblem, isConcern, maySeeConcern } from '../../../../src/domain/calibration/concern';
import { concernSignal } from '../../../../src/domain/calibration/signals';

const concern = { id: 'k1', projectKey: 'ENG', text: 'Demos slip', issue: { id: '10003', key: 'ENG-3' }, raisedBy: 'dev', raisedAt: Date.UTC(2026, 11, 2, 23, 30) };
const sponsors = { clientSponsorId: 'client', deliverySponsorId: 'delivery' };

describe('concerns', () => {
  it('are read by both sponsors and by whoever raised each, nobody else', () => {
    expect(['dev', 'client', 'delivery', 'other'].map((id) => maySeeConcern(concern, id, sponsors))).toEqual([true, true, true, false]);
    expect(maySeeConcern(concern, 'other', { clientSponsorId: null, deliverySponsorId: null })).toBe(false);
    expect(concernReaders({ clientSponsorId: 'same', deliverySponsorId: 'same' })).toEqual(['same']);
  });

  it('take 1 to 2000 characters of showable text', () => {
    expect(concernTextProblem('x'.repeat(2000))).toBeNull();
    expect(concernTextProblem('line\nand tab\t')).toBeNull();
    expect(concernTextProblem('')).toBe('Write the concern.');
    expect(concernTextProblem('x'.repeat(2001))).toBe('The concern must be at most 2000 characters.');
    expect(concernTextProblem('bell \u0007')).toMatch(/cannot be shown/);
  });

  it('a stored record is read only when it is whole', () => {
    expect(isConcern(concern)).toBe(true);
    expect(isConcern({ ...concern, issue: null })).toBe(true);
    expect(isConcern({ ...concern, text: 'x'.repeat(2001) })).toBe(false);
    expect(isConcern({ ...concern, issue: { id: 1 } })).toBe(false);
    expect(isConcern({ ...concern, raisedAt: Number.NaN })).toBe(false);
    expect(isConcern(null)).toBe(false);
  });

  it('become a signal quoting the text and naming the issue, never the person; its day is the team’s', () => {
    expect(concernSignal(concern, 'Europe/Berlin')).toEqual({
      id: 'concern:k1',
      kind: 'concern',
      at: concern.raisedAt,
      reason: 'a concern raised about ENG-3',
      words: 'A concern was raised on 2026-12-03 about ENG-3.',
      quote: 'Demos slip',
      issueKey: 'ENG-3',
    });
    expect(JSON.stringify(concernSignal(concern, 'UTC'))).not.toContain('dev');
    expect(concernSignal({ ...concern, issue: null }, 'UTC').reason).toBe('a concern raised on 2026-12-02');
  });
});
