import { noteFacts, notePeople } from '../../../../src/domain/dailyNote/facts';
import { noteDays } from '../../../../src/domain/dailyNote/days';
import { noteWords } from '../../../../src/domain/dailyNote/words';
import { aRecord, at, aWeek, DEV, DONE, IN_PROGRESS, LEAD, NAMES, PO, QA, WARSAW } from './dailyNoteBuilders';

/** Tuesday 24 November 2026, 11:00 in Warsaw: Tuesday's note is under way, Monday's is final. */
const NOW = at('2026-11-24T10:00:00Z');
const [tuesday, monday, friday] = noteDays(NOW, WARSAW, 2) as [ReturnType<typeof noteDays>[number], ReturnType<typeof noteDays>[number], ReturnType<typeof noteDays>[number]];
const keys = (lines: readonly { issueKey: string }[]) => lines.map((l) => l.issueKey);

describe('the daily note of a given day', () => {
  it('Monday’s note, after a weekend: blockers first, what shipped since Friday’s note, in progress, decisions, escalations', () => {
    const note = noteWords(noteFacts(aWeek(), monday, NOW), NAMES);
    expect(note.title).toBe('Daily note — Monday 23 November 2026');
    expect(note.coverage).toBe('Since the last note (Friday 20 November, 17:00) until the end of the day (17:00, Europe/Warsaw).');
    expect(note.final).toBe(true);
    expect(note.sections.map((s) => [s.title, s.lines.map((l) => `${l.issueKey} ${l.summary} — ${l.facts}`)])).toEqual([
      ['Blocked', ['ENG-1 Payment timeout — blocked for 2 d 6 h: flagged · assignee: Jan Kowalski', 'ENG-5 Search filters — blocked for 8 h: is blocked by ENG-6 (can unblock: Maria Lopez) · assignee: Jan Kowalski']],
      ['Shipped', ['ENG-2 Export the report — done · accepted by Emily Carter', 'ENG-4 Old search — released in 2.3']],
      // ENG-8 reached Done at 17:30, after the day's end: in progress in Monday's note, shipped in Tuesday's.
      ['In progress today', ['ENG-3 Checkout flow — in “In Review” · assignee: Quinn Tester', 'ENG-8 Late finish — in “In Progress” · assignee: unassigned']],
      ['Decisions pending', ['ENG-3 Checkout flow — “Should the export include archived rows?” (Product & UX) · owner: Emily Carter · due Tue 24 Nov 15:00']],
      // A comment is posted; a calibration call is an issue the app created (not in the snapshot yet: no summary).
      ['Escalations and calibration calls opened', ['ENG-1 Payment timeout — Long blocker · to Ana Sponsor · posted Mon 23 Nov 12:00', 'ENG-9  — Calibration call · to Dan Delivery, Ana Sponsor · created Mon 23 Nov 13:30']],
    ]);
  });

  it('Friday’s note: what happened by Friday’s end only (the weekend’s flag, Monday’s link and decision are not there yet)', () => {
    const facts = noteFacts(aWeek(), friday, NOW);
    expect(facts.blocked).toEqual([]);
    expect(keys(facts.shipped)).toEqual(['ENG-4']);
    expect(facts.shipped[0]).toMatchObject({ doneAt: at('2026-11-20T15:00:00Z'), acceptedBy: [], releasedIn: [] });
    // Blocked issues are in progress again on a day they were not blocked.
    expect(keys(facts.inProgress)).toEqual(['ENG-1', 'ENG-2', 'ENG-3', 'ENG-5', 'ENG-8']);
    expect(facts.decisions.map((d) => d.decisionId)).toEqual(['D-2']);
    expect(facts.escalations).toEqual([]);
  });

  it('Tuesday’s note so far: as of now, the day’s end still ahead; Monday’s late finish counts for Tuesday', () => {
    const facts = noteFacts(aWeek(), tuesday, NOW);
    expect(facts).toMatchObject({ final: false, asOf: NOW });
    expect(keys(facts.shipped)).toEqual(['ENG-8']);
    // ENG-7 starts at 10:00 Warsaw, before now; ENG-1 and ENG-5 are still blocked, so listed there only.
    expect(keys(facts.inProgress)).toEqual(['ENG-3', 'ENG-7']);
    expect(keys(facts.blocked)).toEqual(['ENG-1', 'ENG-5']);
    expect(noteWords(facts, NAMES).coverage).toBe('Since the last note (Monday 23 November, 17:00), as of 11:00 (Europe/Warsaw); the day ends at 17:00.');
    // A decision past its due time says so.
    expect(noteWords(noteFacts(aWeek(), tuesday, at('2026-11-24T15:00:00Z')), NAMES).sections[3]!.lines[0]!.facts).toBe('“Should the export include archived rows?” (Product & UX) · owner: Emily Carter · overdue since Tue 24 Nov 15:00');
  });

  it('an issue blocked by one the app has no record of, and a done one still flagged', () => {
    const sources = aWeek();
    sources.records = [
      aRecord('ENG-9', { summary: 'Waits on the vendor', assigneeId: null, blockedBy: [{ issueKey: 'VEND-1', since: at('2026-11-23T09:00:00Z'), assigneeId: null, done: false }] }),
      aRecord('ENG-10', { flaggedSince: at('2026-11-23T09:00:00Z'), statuses: [{ since: Number.NEGATIVE_INFINITY, value: DONE }] }),
    ];
    const note = noteWords(noteFacts(sources, monday, NOW), NAMES);
    expect(note.sections[0]!.lines).toEqual([{ issueKey: 'ENG-9', summary: 'Waits on the vendor', facts: 'blocked for 7 h: is blocked by VEND-1 (can unblock: not known) · assignee: unassigned' }]);
  });

  it('without a board column the done category counts; sub-tasks are left out of Shipped and In progress', () => {
    const sources = { ...aWeek(), doneStatusIds: new Set<string>() };
    sources.records = [...sources.records, aRecord('ENG-11', { isSubtask: true, statuses: [{ since: Number.NEGATIVE_INFINITY, value: IN_PROGRESS }, { since: at('2026-11-22T09:00:00Z'), value: DONE }] })];
    const facts = noteFacts(sources, monday, NOW);
    expect(keys(facts.shipped)).toEqual(['ENG-2', 'ENG-4']);
    expect(keys(facts.inProgress)).not.toContain('ENG-11');
  });

  it('names everyone it mentions once, for one lookup', () => {
    const facts = noteDays(NOW, WARSAW, 2).map((day) => noteFacts(aWeek(), day, NOW));
    expect(new Set(notePeople(facts))).toEqual(new Set([DEV, LEAD, PO, QA]));
  });

  it('an empty day says so in each section', () => {
    const empty = { ...aWeek(), records: [], decisions: [], acceptance: [], escalations: [] };
    const note = noteWords(noteFacts(empty, monday, NOW), NAMES);
    expect(note.sections.map((s) => [s.lines.length, s.empty])).toEqual([
      [0, 'Nothing is blocked.'],
      [0, 'Nothing shipped since the last note.'],
      [0, 'Nothing is in progress.'],
      [0, 'No decision is pending.'],
      [0, 'None opened since the last note.'],
    ]);
  });
});
