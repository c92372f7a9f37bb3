import { dayLabel, postingWords } from '../../../static/project-page/src/dailyNote/noteWords';
import { dailyNotePathLabel, isDailyNoteFieldPlaced, keyWarning, postToIssueKeyFrom } from '../../../static/settings/src/policy/dailyNoteDraft';
import { pathLabel } from '../../../static/settings/src/policy/policyDraft';

describe('today’s note on the project page', () => {
  it('labels today’s day under way, and earlier days by date', () => {
    expect(dayLabel({ note: { date: '2026-11-24', final: false } }, 0)).toBe('Today · Tue 24 Nov');
    expect(dayLabel({ note: { date: '2026-11-20', final: true } }, 0)).toBe('Fri 20 Nov');
    expect(dayLabel({ note: { date: '2026-11-23', final: true } }, 1)).toBe('Mon 23 Nov');
  });

  it('says where notes are posted only as the settings and the mode make it true', () => {
    expect(postingWords(null, 'Europe/Warsaw')).toBe('Not posted anywhere: a project admin can choose an issue to post it on in the settings.');
    expect(postingWords({ issueKey: 'ENG-1', live: false, dayEnd: '17:00' }, 'Europe/Warsaw')).toBe('To be posted on ENG-1, but escalations are in Preview: nothing is posted.');
    expect(postingWords({ issueKey: 'ENG-1', live: true, dayEnd: '17:00' }, 'Europe/Warsaw')).toBe('Posted as a comment on ENG-1 at the end of each working day (17:00, Europe/Warsaw).');
  });
});

describe('the daily note’s settings field', () => {
  it('sends the key in upper case, null when empty, and warns before the server of what is no key', () => {
    expect(postToIssueKeyFrom(' eng-12 ')).toBe('ENG-12');
    expect(postToIssueKeyFrom('  ')).toBeNull();
    expect(keyWarning('')).toBeNull();
    expect(keyWarning('eng-12')).toBeNull();
    expect(keyWarning('ENG 12')).toBe('An issue key is a project key, a dash and a number, such as ENG-12');
  });

  it('places and names its path', () => {
    expect(isDailyNoteFieldPlaced('policy.dailyNote.postToIssueKey')).toBe(true);
    expect(isDailyNoteFieldPlaced('policy.dailyNote.colour')).toBe(false);
    expect(dailyNotePathLabel('dailyNote.postToIssueKey')).toBe('Daily note · Post the note on the issue');
    expect(pathLabel('policy.dailyNote.postToIssueKey')).toBe('Daily note · Post the note on the issue');
  });
});
