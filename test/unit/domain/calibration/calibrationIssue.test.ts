import { calibrationDueDate, calibrationIssue, calibrationPlainText, calibrationSummary, isNotHeld } from '../../../../src/domain/calibration/calibrationIssue';
import { concernSignal, type CalibrationSignal } from '../../../../src/domain/calibration/signals';
import { officialAdfValidator } from '../../../helpers/adfSchema';

const DAY = 86_400_000;
const AT = Date.UTC(2026, 11, 2, 9, 0);
const names = new Map([
  ['client', 'Ana Client'],
  ['delivery', 'Dev Sponsor'],
]);
const concern = concernSignal({ id: 'k1', projectKey: 'ENG', text: 'Demos slip.\n\nAnd nobody says why.', issue: null, raisedBy: 'author', raisedAt: AT }, 'UTC');
const detractor: CalibrationSignal = { id: 'nps-detractor:2026-Q4:abc', kind: 'detractor', at: AT, reason: 'a detractor answer in Q4 2026', words: 'A detractor answer (3 of 10) in Q4 2026.', quote: null, issueKey: null };

describe('calibrationIssue', () => {
  it('is a Task titled by its reason, assigned to the delivery sponsor, due a week on, mentioning both sponsors and quoting the signal', () => {
    const issue = calibrationIssue(concern, { clientSponsorId: 'client', deliverySponsorId: 'delivery', names, at: AT, timeZone: 'UTC' });
    expect(issue).toMatchObject({ issueTypeName: 'Task', summary: 'Calibration call: a concern raised on 2026-12-02', assigneeId: 'delivery', dueDate: '2026-12-09' });
    expect(calibrationPlainText(issue)).toBe(
      'Calibration call: a concern raised on 2026-12-02\n\n' +
        'A concern was raised on 2026-12-02. It asks for a calibration call within a week.\n\n' +
        '> Demos slip.\n>\n> And nobody says why.\n\n' +
        '@Dev Sponsor (delivery sponsor): please hold a calibration call with @Ana Client (client sponsor) by 2026-12-09, then resolve this issue.\n\n' +
        'Created by Engagement Health for Jira — calibration call for a concern. Who gave the signal is not named.',
    );
    const mentions = JSON.stringify(issue.description).match(/"type":"mention","attrs":\{"id":"[^"]+"/g);
    expect(mentions).toEqual(['"type":"mention","attrs":{"id":"delivery"', '"type":"mention","attrs":{"id":"client"']);
    expect(JSON.stringify(issue)).not.toContain('author');
  });

  it('is valid Atlassian Document Format (the official schema)', () => {
    const validate = officialAdfValidator();
    if (!validate) return;
    for (const signal of [concern, detractor, { ...concern, quote: 'line one\nline two\n\n\n  \n third \u0007' }]) {
      const { description } = calibrationIssue(signal, { clientSponsorId: 'client', deliverySponsorId: 'delivery', names, at: AT, timeZone: 'UTC' });
      expect(validate(description)).toBe(true);
    }
  });

  it('says so when no client sponsor is set, and names nobody it does not know', () => {
    const issue = calibrationIssue(detractor, { clientSponsorId: null, deliverySponsorId: 'stranger', names, at: AT, timeZone: 'UTC' });
    expect(calibrationPlainText(issue)).toContain('@someone (delivery sponsor): please hold a calibration call with the client (no client sponsor is set) by 2026-12-09');
    expect(calibrationPlainText(issue)).not.toContain('\n> ');
  });

  it('keeps the title within Jira’s 255 characters and on one line', () => {
    const summary = calibrationSummary({ reason: `a concern\nabout ${'x'.repeat(400)}` });
    expect([...summary].length).toBeLessThanOrEqual(255);
    expect(summary).not.toContain('\n');
    expect(calibrationSummary({ reason: '  ' })).toBe('Calibration call: a dissatisfaction signal');
  });
});

describe('calibrationDueDate', () => {
  it('is the signal’s day in the team’s time zone, a week on — across a month, a year and a DST change', () => {
    expect(calibrationDueDate(Date.UTC(2026, 11, 2, 23, 30), 'Europe/Berlin')).toBe('2026-12-10');
    expect(calibrationDueDate(Date.UTC(2026, 11, 2, 23, 30), 'UTC')).toBe('2026-12-09');
    expect(calibrationDueDate(Date.UTC(2026, 11, 28, 12), 'UTC')).toBe('2027-01-04');
    expect(calibrationDueDate(Date.UTC(2026, 2, 26, 23, 30), 'Europe/Warsaw')).toBe('2026-04-03');
  });
});

describe('isNotHeld', () => {
  it('is an open call more than a week old', () => {
    expect(isNotHeld({ createdAt: 0, done: false }, 7 * DAY)).toBe(false);
    expect(isNotHeld({ createdAt: 0, done: false }, 7 * DAY + 1)).toBe(true);
    expect(isNotHeld({ createdAt: 0, done: true }, 30 * DAY)).toBe(false);
  });
});
