import { entriesByIssue } from '../../domain/changelogByIssue';
import { healthIssue, type HealthFieldIds, type HealthIssue } from '../../domain/health/healthIssue';
import { computeHealthSnapshot } from '../../domain/health/snapshot';
import { doneStatusIds } from '../../domain/metrics/boardColumns';
import { firstChangeRequests } from '../../domain/metrics/partnerSignal';
import type { Issue, Sprint } from '../../domain/types';
import { jqlString } from '../jql';
import { loadPolicy } from '../policy';
import type { AcceptanceStore, AppStore, DecisionStore, JiraPort, PolicyStore, SiteFieldIds } from '../ports';
import { commitmentPrefix, type SprintCommitment } from '../sprintCommitments';
import { clientSidePeople } from '../../domain/policy/people';
import { storedTeamMembership } from '../teams/teamMembership';
import { healthSignals } from './healthSignals';
import { healthSnapshotStore, HEALTH_SCHEMA, type HealthBoard, type HealthMetaBase } from './snapshotStore';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Issues updated this long before the last read are read again: Jira's clock, indexing and ours may differ a little. */
export const UPDATED_OVERLAP_MS = 15 * MINUTE;
/** A rebuild from scratch at least this often: it also drops issues deleted or moved out of the project. */
export const FULL_REBUILD_EVERY_MS = 7 * 24 * HOUR;
/** The board's configuration (columns, estimation field) is read again at least this often, and on "refresh now". */
export const BOARD_CHECK_EVERY_MS = 24 * HOUR;

export interface HealthDeps {
  jira: JiraPort;
  store: AppStore;
  policies: PolicyStore;
  decisions: DecisionStore;
  acceptance: AcceptanceStore;
  now: number;
}

export interface HealthRefreshOptions {
  /** Rebuild from scratch. */
  full?: boolean;
  /** Read the board's configuration now (a full rebuild follows when it changed). */
  checkBoard?: boolean;
  /** Told each phase as it starts, for the progress the page shows. */
  onPhase?: (phase: string) => Promise<void>;
}

export interface HealthRefreshReport {
  projectKey: string;
  full: boolean;
  /** Why it was a full rebuild. */
  reason: 'requested' | 'first' | 'weekly' | 'board-changed' | 'schema' | null;
  issuesRead: number;
  /** What Jira returned, by kind (the rate-limit cost's objects): issues, changelog histories, sprints, versions. */
  objectsRead: { issues: number; changelogEntries: number; sprints: number; versions: number };
  issueCount: number;
  computedAt: number;
}

const sameBoard = (a: HealthBoard | null, b: HealthBoard | null) => JSON.stringify(a) === JSON.stringify(b);

/** Field ids for the metrics: the board's estimation field counts as story points (the velocity chart's), the site's sprint and flag fields. */
const metricFields = (site: SiteFieldIds, board: HealthBoard | null): SiteFieldIds => ({ ...site, storyPoints: board?.estimationField?.fieldId ?? site.storyPoints });

/**
 * The board's sprints. A closed sprint never changes again (Jira cannot reopen one), so with the list
 * of the last refresh only the sprints after its leading closed ones are read — one page, not a
 * page per 50 sprints. When that list no longer lines up (a sprint deleted), everything is read.
 */
async function readSprints(jira: JiraPort, boardId: number, known: readonly Sprint[] | undefined): Promise<Sprint[]> {
  let closed = 0;
  while (known && closed < known.length && known[closed]!.state === 'closed') closed++;
  if (!known || closed === 0) return jira.listSprints(boardId);
  const rest = await jira.listSprints(boardId, { from: closed });
  const prefix = new Set(known.slice(0, closed).map((s) => s.id));
  const next = known[closed];
  const linesUp = rest.every((s) => !prefix.has(s.id)) && (next === undefined || rest.some((s) => s.id === next.id));
  return linesUp ? [...known.slice(0, closed), ...rest] : jira.listSprints(boardId);
}

async function readBoard(jira: JiraPort, projectKey: string): Promise<HealthBoard | null> {
  const board = await jira.findBoard(projectKey);
  if (!board) return null;
  const setup = await jira.getBoardSetup(board.id);
  return { id: board.id, name: board.name, estimationField: setup.estimationField, columns: setup.columns };
}

/**
 * Recomputes a project's health snapshot and stores it. Incremental unless asked or due: only the
 * issues Jira says were updated since the last read (less an overlap) are read, with their changelogs
 * in bulk, plus the sprint and version lists — three requests when nothing changed. A full rebuild
 * reads every issue; it runs the first time, weekly, when the board's columns or estimation field
 * changed, and on request. Safe to run twice: the same data gives the same snapshot.
 */
export async function refreshHealth(deps: HealthDeps, projectKey: string, options: HealthRefreshOptions = {}): Promise<HealthRefreshReport> {
  const snapshots = healthSnapshotStore(deps.store, projectKey);
  const phase = options.onPhase ?? (async () => undefined);
  const previous = await snapshots.meta();
  const meta = previous && previous.schema === HEALTH_SCHEMA ? previous : undefined;
  let reason: HealthRefreshReport['reason'] = options.full ? 'requested' : !previous ? 'first' : !meta ? 'schema' : deps.now - meta.lastFullAt >= FULL_REBUILD_EVERY_MS ? 'weekly' : null;

  await phase('Reading the board');
  let board = meta?.board ?? null;
  let fieldIds = meta?.fieldIds;
  let boardCheckedAt = meta?.boardCheckedAt ?? 0;
  let statuses = meta?.statuses ?? [];
  if (reason !== null || options.checkBoard || !fieldIds || deps.now - boardCheckedAt >= BOARD_CHECK_EVERY_MS) {
    const [current, site, projectStatuses] = await Promise.all([readBoard(deps.jira, projectKey), deps.jira.siteFieldIds(), deps.jira.getProjectStatuses(projectKey)]);
    if (meta && reason === null && !sameBoard(meta.board, current)) reason = 'board-changed';
    board = current;
    fieldIds = metricFields(site, current);
    statuses = projectStatuses;
    boardCheckedAt = deps.now;
  }
  const full = reason !== null;

  await phase(full ? 'Reading every issue' : 'Reading changed issues');
  const project = jqlString(projectKey);
  const jql = full ? `project = ${project} ORDER BY key ASC` : `project = ${project} AND updated >= "-${Math.ceil((deps.now - meta!.readFrom + UPDATED_OVERLAP_MS) / MINUTE)}m" ORDER BY key ASC`;
  const [read, sprints, versions] = await Promise.all([
    deps.jira.searchIssues(jql, { fieldIds }),
    board ? readSprints(deps.jira, board.id, full ? undefined : meta?.sprints) : Promise.resolve([]),
    deps.jira.listVersions(projectKey),
  ]);
  await phase('Reading changelogs');
  // The overlap re-reads recently updated issues: those whose `updated` is what the record holds did not change.
  const stored = new Map<string, HealthIssue>();
  if (!full && meta) for (const h of await snapshots.allIssues(meta)) stored.set(h.id, h);
  const changed = read.filter((i) => stored.get(i.id)?.updated !== i.updated);
  const changelog = changed.length > 0 ? await deps.jira.fetchChangelogs(changed.map((i) => i.id), { fieldIds }) : [];

  await phase('Computing');
  const fields: HealthFieldIds = { sprintFieldId: fieldIds!.sprint, estimationFieldId: board?.estimationField?.fieldId ?? fieldIds!.storyPoints, flaggedFieldId: fieldIds!.flagged };
  const byIssue = entriesByIssue(changelog);
  const fresh = changed.filter((i: Issue) => i.projectKey === projectKey).map((i) => healthIssue(i, byIssue.get(i.id) ?? [], fields));
  const records = new Map<string, HealthIssue>(stored);
  for (const h of fresh) records.set(h.id, h);
  const issues = [...records.values()].sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));

  const [{ policy }, commitments, decisions, acceptance] = await Promise.all([
    loadPolicy(deps, projectKey),
    deps.store.list<SprintCommitment>(commitmentPrefix(projectKey)),
    deps.decisions.listByProject(projectKey),
    deps.acceptance.listByProject(projectKey),
  ]);
  const done = doneStatusIds(board?.columns ?? []);
  const { view, refs } = computeHealthSnapshot({
    issues,
    sprints,
    versions,
    doneStatusIds: done,
    estimationField: board?.estimationField?.displayName ?? null,
    liveCommitments: new Map(commitments.map(({ value }) => [value.sprintId, { points: value.committedPoints, recordedAt: value.recordedAt }])),
    budgetPoints: policy.budgetPoints,
    settings: policy.health,
    // Group and role members as last resolved (at the settings' save, then daily by the hourly trigger): no Jira request here.
    clientAccountIds: clientSidePeople(policy, (await storedTeamMembership(deps.store, projectKey, policy.teams)) ?? undefined),
    changeRequestedAt: firstChangeRequests(acceptance),
    blockers: { settings: policy.escalation.rules.blocker, statusNames: new Map(statuses.map((st) => [st.id, st.name])) },
    signals: (snapshot) => healthSignals(snapshot, { policy, decisions, acceptance, statuses, now: deps.now }),
    now: deps.now,
  });

  await phase('Saving');
  const next: HealthMetaBase = {
    schema: HEALTH_SCHEMA,
    projectKey,
    computedAt: deps.now,
    readFrom: deps.now,
    lastFullAt: full ? deps.now : meta!.lastFullAt,
    boardCheckedAt,
    board,
    statuses,
    fieldIds: fieldIds!,
    sprints,
    versions,
  };
  const saved = await snapshots.save(meta, next, issues, full ? 'all' : new Set(fresh.map((h) => h.id)), view, refs);
  return { projectKey, full, reason, issuesRead: changed.length,
    objectsRead: { issues: read.length, changelogEntries: changelog.length, sprints: sprints.length, versions: versions.length }, issueCount: saved.issueCount, computedAt: deps.now };
}
