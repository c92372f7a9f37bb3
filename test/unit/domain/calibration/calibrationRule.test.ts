import { calibrationCallEscalations, calibrationCallId } from '../../../../src/domain/calibration/calibrationRule';
import type { CalibrationSignal } from '../../../../src/domain/calibration/signals';
import { dueEscalations } from '../../../../src/domain/escalation/dueEscalations';
import { defaultPolicy } from '../../../../src/domain/policy/defaults';

const signal = (id: string, at: number): CalibrationSignal => ({ id, kind: 'concern', at, reason: 'a concern', words: 'A concern.', quote: 'x', issueKey: null });

function policy(client: string | null, delivery: string | null) {
  const p = defaultPolicy();
  p.clientSponsorId = client;
  p.deliverySponsorId = delivery;
  p.calendars.delivery.timeZone = 'Europe/Warsaw';
  return p;
}

describe('calibrationCallEscalations', () => {
  it('is one step per signal, due from the signal, for the delivery sponsor then the client sponsor, with a stable id', () => {
    const [due] = calibrationCallEscalations([signal('concern:k1', 5)], { policy: policy('client', 'delivery'), projectKey: 'ENG' });
    expect(due).toEqual({
      id: 'calibration-call:concern_k1:create',
      rule: 'calibration-call',
      subjectId: 'concern:k1',
      step: 'create',
      issueId: 'calibration',
      issueKey: 'ENG',
      dueAt: 5,
      recipients: [
        { accountId: 'delivery', role: 'delivery-sponsor' },
        { accountId: 'client', role: 'client-sponsor' },
      ],
      facts: { rule: 'calibration-call', signal: signal('concern:k1', 5), timeZone: 'Europe/Warsaw' },
    });
    expect(calibrationCallId('concern:k1')).toBe(due!.id);
  });

  it('waits while no delivery sponsor is set; one person in both roles is addressed once', () => {
    expect(calibrationCallEscalations([signal('concern:k1', 5)], { policy: policy('client', null), projectKey: 'ENG' })).toEqual([]);
    expect(calibrationCallEscalations([signal('concern:k1', 5)], { policy: policy('same', 'same'), projectKey: 'ENG' })[0]!.recipients).toEqual([{ accountId: 'same', role: 'delivery-sponsor' }]);
  });

  it('joins the scanner’s due steps, never exempt (a call is about the project, not an issue)', () => {
    const p = policy('client', 'delivery');
    const result = dueEscalations({ issues: [], decisions: [], active: [], policy: p, statusNames: new Map(), now: 10, calibration: { projectKey: 'ENG', signals: [signal('concern:b', 7), signal('nps-drop:2026-Q4', 3)] } });
    expect(result.due.map((d) => d.id)).toEqual(['calibration-call:nps-drop_2026-Q4:create', 'calibration-call:concern_b:create']);
    expect(result.exempt).toEqual([]);
  });
});
