import type { Recipient } from '../../../../src/domain/escalation/types';
import { nextPostingTime } from '../../../../src/domain/escalation/workingHours';
import { anEscalationPolicy, ASSIGNEE, at, CLIENT_SPONSOR, iso } from './escalationBuilders';

// Client: New York, delivery: Warsaw; both 09:00–17:00 on weekdays.
const policy = anEscalationPolicy();
policy.escalation.workingHoursOnly = true;
const clientSide = new Set([CLIENT_SPONSOR]);
const client: Recipient = { accountId: CLIENT_SPONSOR, role: 'client-sponsor' };
const delivery: Recipient = { accountId: ASSIGNEE, role: 'assignee' };
const when = (recipients: Recipient[], now: number) => iso(nextPostingTime(recipients, policy, clientSide, now));

describe('nextPostingTime', () => {
  it('posts at once when the settings do not wait for working hours, or there is no one to wait for', () => {
    const saturday = at('2026-10-31T12:00:00Z');
    expect(nextPostingTime([client, delivery], anEscalationPolicy(), clientSide, saturday)).toBe(saturday);
    expect(nextPostingTime([], policy, clientSide, saturday)).toBe(saturday);
  });

  it('posts now while the recipient’s team is at work, from the day’s first minute to before its end', () => {
    expect(when([delivery], at('2026-11-02T10:00:00Z'))).toBe('2026-11-02T10:00:00.000Z');
    expect(when([delivery], at('2026-11-02T08:00:00Z'))).toBe('2026-11-02T08:00:00.000Z'); // 09:00 CET
    expect(when([delivery], at('2026-11-02T16:00:00Z'))).toBe('2026-11-03T08:00:00.000Z'); // 17:00 CET: closed
  });

  it('waits for the morning, and over the weekend and the DST change', () => {
    expect(when([delivery], at('2026-11-02T06:00:00Z'))).toBe('2026-11-02T08:00:00.000Z');
    // Friday 23 Oct 20:00 CEST → Monday 26 Oct 09:00 CET (08:00Z; the Friday began at 07:00Z).
    expect(when([delivery], at('2026-10-23T18:00:00Z'))).toBe('2026-10-26T08:00:00.000Z');
    // Saturday 31 Oct in New York → Monday 2 Nov 09:00 EST (14:00Z; the Friday began at 13:00Z).
    expect(when([client], at('2026-10-31T12:00:00Z'))).toBe('2026-11-02T14:00:00.000Z');
  });

  it('posts now when one recipient’s team is at work, else at the earliest next start among their teams', () => {
    // Monday 15:00 EST: New York works, Warsaw has gone home.
    expect(when([delivery, client], at('2026-11-02T20:00:00Z'))).toBe('2026-11-02T20:00:00.000Z');
    expect(when([delivery], at('2026-11-02T20:00:00Z'))).toBe('2026-11-03T08:00:00.000Z');
    // Monday 18:00 EST: both closed; Warsaw opens first on Tuesday.
    expect(when([client, delivery], at('2026-11-02T23:00:00Z'))).toBe('2026-11-03T08:00:00.000Z');
    expect(when([client], at('2026-11-02T23:00:00Z'))).toBe('2026-11-03T14:00:00.000Z');
  });
});
