import { blockersSignal, type BlockedIssueFact } from '../../../../src/domain/signals/blockersSignal';
import { defaultHealthSettings } from '../../../../src/domain/signals/thresholds';

const thresholds = defaultHealthSettings().thresholds;
const judge = (...blocked: [string, number][]) => blockersSignal({ blocked: blocked.map(([key, blockedHours]): BlockedIssueFact => ({ key, blockedHours })) }, thresholds);

describe('blockersSignal', () => {
  it('nothing blocked: green (a fact, not missing data)', () => {
    expect(judge()).toEqual({ key: 'blockers', title: 'Blockers', level: 'green', reason: 'No issue is blocked now' });
  });

  it('exactly on amber: green', () => {
    expect(judge(['ENG-3', 24])).toEqual({ key: 'blockers', title: 'Blockers', level: 'green', reason: '1 issue blocked now, ENG-3 for 24 h, within the 24 h amber threshold' });
  });

  it('just over amber: amber, never rounded onto the threshold', () => {
    expect(judge(['ENG-3', 24.2])).toMatchObject({ level: 'amber', reason: '1 issue blocked now, ENG-3 for more than 24 h, over the 24 h amber threshold' });
    expect(judge(['ENG-3', 5], ['ENG-7', 30.9])).toMatchObject({ level: 'amber', reason: '2 issues blocked now, the longest ENG-7 for 30 h, over the 24 h amber threshold' });
  });

  it('exactly on red: amber', () => {
    expect(judge(['ENG-7', 48], ['ENG-3', 2])).toMatchObject({ level: 'amber', reason: '2 issues blocked now, the longest ENG-7 for 48 h, over the 24 h amber threshold' });
  });

  it('just over red: red', () => {
    expect(judge(['ENG-3', 5], ['ENG-7', 48.5], ['ENG-9', 30])).toEqual({
      key: 'blockers',
      title: 'Blockers',
      level: 'red',
      reason: '3 issues blocked now, the longest ENG-7 for more than 48 h, over the 48 h red threshold',
    });
    expect(judge(['ENG-7', 52])).toMatchObject({ level: 'red', reason: '1 issue blocked now, ENG-7 for 52 h, over the 48 h red threshold' });
  });

  it('a blocker of under an hour, and the first of equally long ones', () => {
    expect(judge(['ENG-1', 0.5], ['ENG-2', 0.5])).toMatchObject({ level: 'green', reason: '2 issues blocked now, the longest ENG-1 for 30 min, within the 24 h amber threshold' });
  });

  it('takes the configured hours', () => {
    expect(blockersSignal({ blocked: [{ key: 'ENG-7', blockedHours: 9 }] }, { ...thresholds, blockers: { amberHours: 4, redHours: 8 } })).toMatchObject({
      level: 'red',
      reason: '1 issue blocked now, ENG-7 for 9 h, over the 8 h red threshold',
    });
  });
});
