/**
 * The software spec gives some operations the app calls an example but no
 * response schema. Their 200 bodies are validated against the spec's own
 * components that describe the same objects instead, so they are not left
 * unchecked. Only the page wrapper of the sprint list is written here, after the
 * spec's other `PageBean*` schemas.
 */
import type { SpecName } from '../../scripts/lib/jiraSpecs';

type ComponentRef = (spec: SpecName, component: string) => object;

export const RESPONSE_STAND_INS: Record<string, (ref: ComponentRef) => object> = {
  // SprintBean is in components/schemas but referenced by no operation.
  'get /rest/agile/1.0/sprint/{sprintId} 200': (ref) => ref('software', 'SprintBean'),
  'get /rest/agile/1.0/board/{boardId}/sprint 200': (ref) => ({
    type: 'object',
    additionalProperties: false,
    properties: {
      maxResults: { type: 'integer' },
      startAt: { type: 'integer' },
      total: { type: 'integer' },
      isLast: { type: 'boolean' },
      values: { type: 'array', items: ref('software', 'SprintBean') },
    },
  }),
  // The same search result board/{boardId}/issue and board/{boardId}/backlog declare.
  'get /rest/agile/1.0/sprint/{sprintId}/issue 200': (ref) => ref('software', 'SearchResults'),
};
