import { doneStatusIds } from '../../../src/domain/metrics/boardColumns';
import { readBoardColumns } from '../../../src/jira/mappers';
import * as fx from './fixtures/jiraJson';

describe('readBoardColumns', () => {
  it('reads the spec example’s columns, left to right', () => {
    expect(readBoardColumns(fx.boardConfiguration)).toEqual([
      { name: 'To Do', statusIds: ['1', '4'] },
      { name: 'Done', statusIds: ['5'] },
    ]);
  });

  it('numeric ids become strings; statuses without an id are dropped, a column without statuses is kept', () => {
    const json = {
      columnConfig: {
        columns: [
          { name: 'Backlog', statuses: [] },
          { name: 'In Progress', statuses: [{ id: 3, self: 'https://x/rest/api/3/status/3' }, { self: 'no id' }, null, 'junk'] },
          { statuses: [{ id: '10001' }] },
          'not a column',
        ],
      },
    };
    expect(readBoardColumns(json)).toEqual([
      { name: 'Backlog', statusIds: [] },
      { name: 'In Progress', statusIds: ['3'] },
      { name: '', statusIds: ['10001'] },
    ]);
  });

  it('no column configuration → no columns', () => {
    for (const json of [null, undefined, 'x', {}, { columnConfig: null }, { columnConfig: { columns: {} } }]) expect(readBoardColumns(json)).toEqual([]);
  });
});

describe('doneStatusIds', () => {
  it('the right-most column that has any status is done, as Jira’s velocity chart reads it', () => {
    expect(doneStatusIds(readBoardColumns(fx.boardConfiguration))).toEqual(new Set(['5']));
    const columns = [
      { name: 'To Do', statusIds: ['10000'] },
      { name: 'Review', statusIds: ['10005'] }, // a done-category status in a middle column is not done
      { name: 'Done', statusIds: ['10001', '10006'] },
      { name: 'Archived', statusIds: [] },
    ];
    expect(doneStatusIds(columns)).toEqual(new Set(['10001', '10006']));
  });

  it('no column with a status → nothing is done', () => {
    expect(doneStatusIds([])).toEqual(new Set());
    expect(doneStatusIds([{ name: 'Empty', statusIds: [] }])).toEqual(new Set());
  });
});
