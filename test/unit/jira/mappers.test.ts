import {
  discoverFieldIds,
  issueSprintRefs,
  mapBoard,
  mapChangelogs,
  mapIssue,
  mapIssues,
  mapProjectStatuses,
  mapSprint,
  mapSprints,
  mapVersion,
  readEstimationField,
} from '../../../src/jira';
import * as fx from './fixtures/jiraJson';

const iso = (s: string) => Date.parse(s);

describe('mapIssue', () => {
  it('maps a search/jql issue', () => {
    expect(mapIssue(fx.searchIssue, fx.FIELD_IDS)).toEqual({
      id: '10010',
      key: 'ENG-12',
      projectKey: 'ENG',
      summary: 'Checkout shows the wrong currency',
      issueType: 'Story',
      isSubtask: false,
      status: 'In Review',
      statusId: '10001',
      statusCategory: 'indeterminate',
      storyPoints: 5,
      created: iso('2026-10-20T09:30:00.000Z'),
      updated: iso('2026-11-02T00:15:30.000Z'),
      resolutionDate: null,
      labels: ['checkout', 'client-raised'],
      assignee: { accountId: '5b10a2844c20165700ede21g', displayName: 'Mia Krystof' },
      // The reporter keeps whose account it is: the partner signal leaves out what apps created.
      reporter: { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Emma Richards', accountType: 'atlassian' },
      sprintIds: [37, 38],
      fixVersionIds: ['10000'],
      flagged: true,
    });
  });

  it('maps an Agile API issue: sprint/closedSprints, boolean flagged, epoch dates', () => {
    const issue = mapIssue(fx.agileIssue, fx.FIELD_IDS);
    expect(issue).toMatchObject({
      statusCategory: 'done',
      issueType: 'Bug',
      sprintIds: [37, 38],
      flagged: true,
      created: 1790000000000,
      updated: 1790000500000,
      resolutionDate: iso('2026-10-30T22:00:00.000Z'),
      storyPoints: null,
      assignee: null,
    });
  });

  it('survives what odd sites send', () => {
    expect(mapIssue(fx.oddIssue, fx.FIELD_IDS)).toEqual({
      id: '10012',
      key: 'DATA-OPS-7',
      projectKey: 'DATA-OPS',
      summary: '',
      issueType: '',
      isSubtask: false,
      status: 'Triage',
      statusId: null,
      statusCategory: 'new',
      storyPoints: 3.5,
      created: 0,
      updated: 0,
      resolutionDate: null,
      labels: ['ok'],
      assignee: null,
      reporter: null,
      sprintIds: [12, 13],
      fixVersionIds: ['10001'],
      flagged: false,
    });
  });

  it.each([null, undefined, 42, 'ENG-1', [], { fields: 'nope' }, { id: {}, key: 7, fields: { status: 'Done', project: [] } }])(
    'never throws on %j',
    (json) => {
      const issue = mapIssue(json, fx.FIELD_IDS);
      expect(issue).toMatchObject({ statusCategory: 'new', sprintIds: [], labels: [], flagged: false, storyPoints: null });
    },
  );

  it('uses whichever story points field the site has, and none at all', () => {
    const json = { id: '1', key: 'A-1', fields: { customfield_10002: ' 8 ', customfield_10016: 'eight' } };
    expect(mapIssue(json, { ...fx.FIELD_IDS, storyPoints: 'customfield_10002' }).storyPoints).toBe(8);
    expect(mapIssue(json, fx.FIELD_IDS).storyPoints).toBeNull();
    expect(mapIssue(json, { storyPoints: null, sprint: null, flagged: null }).storyPoints).toBeNull();
  });

  it('reads flagged from options, null, or an empty list', () => {
    const flagged = (value: unknown) => mapIssue({ id: '1', key: 'A-1', fields: { customfield_10021: value } }, fx.FIELD_IDS).flagged;
    expect(flagged([{ value: 'Impediment' }])).toBe(true);
    expect(flagged([])).toBe(false);
    expect(flagged(null)).toBe(false);
  });

  it('does not read inherited properties such as toString as field values', () => {
    const issue = mapIssue({ id: '1', key: 'A-1', fields: {} }, { storyPoints: 'toString', sprint: 'constructor', flagged: 'valueOf' });
    expect(issue).toMatchObject({ storyPoints: null, sprintIds: [], flagged: false });
  });

  it('mapIssues drops entries without id or key', () => {
    expect(mapIssues([fx.searchIssue, {}, null, { id: '5' }], fx.FIELD_IDS).map((i) => i.key)).toEqual(['ENG-12']);
    expect(mapIssues('not a list', fx.FIELD_IDS)).toEqual([]);
  });
});

describe('issueSprintRefs', () => {
  it('reads names and states from objects and legacy strings', () => {
    expect(issueSprintRefs(fx.oddIssue.fields.customfield_10020)).toEqual([
      { id: 12, name: 'Sprint 12, the long one', state: 'closed' },
      { id: 13, name: 'Sprint 13', state: null },
    ]);
    expect(issueSprintRefs({ id: 4, name: 'One', state: 'ACTIVE' })).toEqual([{ id: 4, name: 'One', state: 'active' }]);
    expect(issueSprintRefs(null)).toEqual([]);
  });
});

describe('mapSprint', () => {
  it('maps the spec example sprints', () => {
    expect(mapSprints(fx.sprintsPage.values, 9)).toEqual([
      {
        id: 37,
        boardId: 5,
        name: 'sprint 1',
        state: 'closed',
        goal: 'sprint 1 goal',
        startDate: iso('2015-04-11T05:22:00.000Z'),
        endDate: iso('2015-04-19T15:22:00.000Z'),
        completeDate: iso('2015-04-20T01:04:00.000Z'),
      },
      { id: 72, boardId: 9, name: 'sprint 2', state: 'future', goal: 'sprint 2 goal', startDate: null, endDate: null, completeDate: null },
    ]);
  });

  it('infers a missing state from the dates and drops sprints without an id', () => {
    expect(mapSprint({ id: 1, startDate: '2026-11-02' }).state).toBe('active');
    expect(mapSprint({ id: 1, state: 'weird', completeDate: '2026-11-02' }).state).toBe('closed');
    expect(mapSprint({ id: 1, goal: '  ' }).goal).toBeNull();
    expect(mapSprints([{ name: 'x' }, { id: -1 }, { id: 2.5 }, null, { id: '3', name: 'ok' }]).map((s) => s.id)).toEqual([3]);
    expect(mapSprint(undefined)).toMatchObject({ id: 0, name: '', state: 'future', boardId: null });
  });
});

describe('mapVersion, mapBoard, board configuration, statuses', () => {
  it('maps versions with epoch or date-only release dates', () => {
    expect(fx.versions.map(mapVersion)).toEqual([
      { id: '10000', name: 'New Version 1', released: true, releaseDate: 1278385482288 },
      { id: '10010', name: 'Next Version', released: false, releaseDate: null },
      { id: '10020', name: '2026.11', released: true, releaseDate: iso('2026-11-02T00:00:00Z') },
    ]);
    expect(mapVersion({ id: 5, released: 'yes' })).toEqual({ id: '5', name: '', released: false, releaseDate: null });
  });

  it('maps boards with and without a project location', () => {
    expect(mapBoard({ id: 84, name: 'scrum board', type: 'scrum', location: { projectKey: 'ENG', projectId: 10000 } })).toEqual({
      id: 84,
      name: 'scrum board',
      type: 'scrum',
      projectKey: 'ENG',
    });
    expect(mapBoard({ id: 92, name: 'kanban board', type: 'kanban' }).projectKey).toBeNull();
  });

  it('reads the estimation field of a board', () => {
    expect(readEstimationField(fx.boardConfiguration)).toEqual({ fieldId: 'customfield_10002', displayName: 'Story Points' });
    expect(readEstimationField({ estimation: { type: 'issueCount' } })).toBeNull();
    expect(readEstimationField({})).toBeNull();
  });

  it('flattens project statuses across issue types', () => {
    const json = [
      { id: '3', name: 'Task', statuses: [{ id: '1', name: 'To Do', statusCategory: { key: 'new' } }, { id: '5', name: 'Done', statusCategory: { key: 'done' } }] },
      { id: '4', name: 'Bug', statuses: [{ id: '5', name: 'Done', statusCategory: { key: 'done' } }, { id: '6', name: 'Odd' }] },
    ];
    expect(mapProjectStatuses(json)).toEqual([
      { id: '1', name: 'To Do', category: 'new' },
      { id: '5', name: 'Done', category: 'done' },
      { id: '6', name: 'Odd', category: 'new' },
    ]);
  });
});

describe('mapChangelogs', () => {
  it('maps a bulkfetch page; numeric seconds in the spec example; drops unreadable histories', () => {
    expect(mapChangelogs(fx.bulkfetchPage)).toEqual([
      {
        issueId: '10100',
        id: '10001',
        authorId: '5b10a2844c20165700ede21g',
        at: 1492070429000,
        changes: [{ fieldId: 'fieldId', field: 'fields', from: null, fromString: 'old summary', to: null, toString: 'new summary' }],
      },
      {
        issueId: '10100',
        id: '10002',
        authorId: '5b10a2844c20165700ede21g',
        at: iso('2026-11-02T10:15:30.000Z'),
        changes: [
          { fieldId: 'status', field: 'status', from: '10000', fromString: 'To Do', to: '10001', toString: 'In Progress' },
          { fieldId: 'customfield_10020', field: 'Sprint', from: null, fromString: '', to: '38', toString: 'Sprint 2' },
        ],
      },
      {
        issueId: '10101',
        id: '10004',
        authorId: null,
        at: iso('2026-11-03T00:00:00.000Z'),
        changes: [{ fieldId: 'Story Points', field: 'Story Points', from: null, fromString: null, to: null, toString: null }],
      },
    ]);
  });

  it.each([null, {}, { issueChangeLogs: 'x' }, { issueChangeLogs: [null, 1, { issueId: '1', changeHistories: {} }] }])('yields [] for %j', (page) => {
    expect(mapChangelogs(page)).toEqual([]);
  });
});

describe('discoverFieldIds', () => {
  it('finds sprint, flagged and story points; the board estimation field wins', () => {
    expect(discoverFieldIds(fx.fields)).toEqual({ storyPoints: 'customfield_10016', sprint: 'customfield_10020', flagged: 'customfield_10021' });
    expect(discoverFieldIds(fx.fields, 'customfield_10028').storyPoints).toBe('customfield_10028');
  });

  it('falls back to the name, and to null', () => {
    expect(discoverFieldIds([{ id: 'customfield_1', name: 'Story Points', custom: true }]).storyPoints).toBe('customfield_1');
    expect(discoverFieldIds(null)).toEqual({ storyPoints: null, sprint: null, flagged: null });
  });
});
