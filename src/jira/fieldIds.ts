/**
 * Finding the site's custom field ids for story points, sprint and flagged:
 * they differ per site (customfield_10016 on one, customfield_10002 on another).
 */
import type { IssueFieldIds } from './mappers';
import { asArray, field, stringAt } from './json';

const SPRINT_TYPE = 'com.pyxis.greenhopper.jira:gh-sprint';
const STORY_POINTS_TYPE = 'com.pyxis.greenhopper.jira:jsw-story-points';
const STORY_POINTS_NAMES = ['story points', 'story point estimate'];
const FLAGGED_NAME = 'flagged';

/**
 * From GET /rest/api/3/field, and the board's estimation field when known (it is
 * what the board's velocity counts, so it wins over a field found by name).
 */
export function discoverFieldIds(fields: unknown, boardEstimationFieldId: string | null = null): IssueFieldIds {
  const custom = asArray(fields).filter((f) => field(f, 'custom') === true && stringAt(f, 'id'));
  const customType = (f: unknown) => stringAt(field(f, 'schema'), 'custom');
  const name = (f: unknown) => (stringAt(f, 'name') ?? '').trim().toLowerCase();
  const idOf = (f: unknown) => stringAt(f, 'id');
  const find = (test: (f: unknown) => boolean) => {
    const found = custom.find(test);
    return found === undefined ? null : idOf(found);
  };
  return {
    storyPoints:
      boardEstimationFieldId ??
      find((f) => customType(f) === STORY_POINTS_TYPE) ??
      find((f) => STORY_POINTS_NAMES.includes(name(f))),
    sprint: find((f) => customType(f) === SPRINT_TYPE),
    flagged: find((f) => name(f) === FLAGGED_NAME),
  };
}
