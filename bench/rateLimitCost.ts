/**
 * The estimated rate-limit cost of a run, by Atlassian's points-based model ("Rate limiting", Jira
 * Cloud platform developer docs, developer.atlassian.com/cloud/jira/platform/rate-limiting): every
 * request costs a base of 1 point; a read adds points for each object it returns; a write costs the
 * base only. The per-object weights are not published per type, so every object counts 1 here —
 * an estimate to compare runs with, not Jira's bill.
 */
export const BASE_POINTS_PER_REQUEST = 1;
export const POINTS_PER_OBJECT_READ = 1;

export interface RunCost {
  requests: number;
  objectsRead: number;
  points: number;
}

/**
 * @example
 * rateLimitCost(3, 0) //=> { requests: 3, objectsRead: 0, points: 3 }
 */
export function rateLimitCost(requests: number, objectsRead: number): RunCost {
  return { requests, objectsRead, points: requests * BASE_POINTS_PER_REQUEST + objectsRead * POINTS_PER_OBJECT_READ };
}
