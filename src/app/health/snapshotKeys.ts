/**
 * Where the health snapshot lives in app storage, per project (KVS keys; values stay under Forge's
 * 240 KiB limit by splitting): a meta record, the view, the issue records in buckets by issue id,
 * the issues behind each number in chunks, the refresh's state and its lease.
 */
const base = (projectKey: string) => `health:${projectKey}:`;

export const healthKeys = {
  meta: (projectKey: string) => `${base(projectKey)}meta`,
  view: (projectKey: string) => `${base(projectKey)}view`,
  refresh: (projectKey: string) => `${base(projectKey)}refresh`,
  lease: (projectKey: string) => `${base(projectKey)}lease`,
  bucket: (projectKey: string, generation: number, bucket: number) => `${base(projectKey)}g${generation}:bucket:${bucket}`,
  refs: (projectKey: string, generation: number, chunk: number) => `${base(projectKey)}r${generation}:refs:${chunk}`,
};

/**
 * The bucket an issue's record lives in: its numeric id modulo the count (Jira issue ids are
 * numbers; any other id is hashed), so one issue is read with one get.
 *
 * @example
 * bucketOf('10042', 8) //=> 2
 */
export function bucketOf(issueId: string, bucketCount: number): number {
  if (/^\d{1,15}$/.test(issueId)) return Number(issueId) % bucketCount;
  let hash = 0;
  for (const ch of issueId) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return hash % bucketCount;
}
