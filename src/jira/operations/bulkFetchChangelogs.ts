import type { ChangelogEntry } from '../../domain/types';
import type { JiraClient } from '../client';
import type { BulkChangelogPageJson } from '../jsonTypes';
import { mapChangelogs } from '../mappers';
import { chunk, pageByToken } from '../paging';
import { jiraOperation, pathFor } from './endpoint';

export const BULK_FETCH_CHANGELOGS = jiraOperation('POST', '/rest/api/3/changelog/bulkfetch');

/** Limits of the endpoint (BulkChangelogRequestBean). */
export const CHANGELOG_ISSUES_PER_REQUEST = 1000;
export const CHANGELOG_MAX_FIELD_IDS = 10;
const CHANGELOG_MAX_RESULTS = 10_000;

/**
 * Changelog pages for the issues, in batches of 1000 issues, each batch paged by
 * nextPageToken. `fieldIds` (≤ 10) narrows the histories to those fields.
 */
export async function* bulkFetchChangelogs(
  client: JiraClient,
  issueIds: readonly string[],
  fieldIds?: readonly string[],
): AsyncGenerator<BulkChangelogPageJson> {
  const fields = fieldIds ? [...new Set(fieldIds)] : [];
  if (fields.length > CHANGELOG_MAX_FIELD_IDS) {
    throw new RangeError(`bulkfetch takes at most ${CHANGELOG_MAX_FIELD_IDS} field ids, got ${fields.length}`);
  }
  for (const batch of chunk([...new Set(issueIds)], CHANGELOG_ISSUES_PER_REQUEST)) {
    yield* pageByToken((nextPageToken) =>
      client.post<BulkChangelogPageJson>(
        pathFor(BULK_FETCH_CHANGELOGS),
        {
          issueIdsOrKeys: batch,
          ...(fields.length > 0 ? { fieldIds: fields } : {}),
          maxResults: CHANGELOG_MAX_RESULTS,
          ...(nextPageToken !== undefined ? { nextPageToken } : {}),
        },
        undefined,
        { idempotent: true },
      ),
    );
  }
}

/** All changelog entries of the issues, mapped to the domain, in the order Jira sent them. */
export async function fetchChangelogEntries(
  client: JiraClient,
  issueIds: readonly string[],
  fieldIds?: readonly string[],
): Promise<ChangelogEntry[]> {
  const entries: ChangelogEntry[] = [];
  for await (const page of bulkFetchChangelogs(client, issueIds, fieldIds)) entries.push(...mapChangelogs(page));
  return entries;
}
