/**
 * Resolver keys and their payload/result types: the only code both the
 * backend (src/forge) and the Custom UI apps (static/) import.
 * Every resolver answers one shape: {ok: true, data} | {ok: false, error}.
 */
import type { NoteDaysView } from './dailyNote';
import type { CalibrationCallsView, ConcernsView, RaisedConcernView } from './calibration';
import type { EscalationPreviewView, EscalationsView, IssueEscalationsView } from './escalation';
import type { HealthIssuesView, HealthRefreshView, HealthView, IssueSprintMetricsView } from './health';
import type { NpsView, SurveyPromptView } from './nps';
export type * from './dailyNote';
export type * from './escalation';
export type * from './calibration';
export type * from './health';
export type * from './nps';

export type ErrorCode = 'invalid' | 'forbidden' | 'not_found' | 'conflict' | 'rate_limited' | 'unavailable' | 'internal';

export interface ResolverError {
  code: ErrorCode;
  message: string;
  /** Field-level messages for invalid payloads: path -> message. */
  fields?: Record<string, string>;
}

export type ResolverResult<T> = { ok: true; data: T } | { ok: false; error: ResolverError };

export interface IssueSummaryView {
  key: string;
  summary: string;
  issueType: string;
  status: string;
  statusCategory: 'new' | 'indeterminate' | 'done';
  storyPoints: number | null;
  assignee: string | null;
  sprint: string | null;
  flagged: boolean;
}

export interface SprintRow {
  id: number;
  name: string;
  state: 'future' | 'active' | 'closed';
  startDate: string | null; // ISO
  endDate: string | null;
  completeDate: string | null;
  issueCount: number;
  storyPoints: number;
  /** Points in the sprint when the app first saw it active (Jira keeps no such record); null if never seen. */
  committedPoints: number | null;
  completedPoints: number;
}

export interface ProjectOverview {
  projectKey: string;
  projectName: string;
  boardName: string | null;
  /** The stored health snapshot (computed on first open of a configured project and by the hourly trigger). */
  health: HealthView;
  /** Changes of the settings that wait for the client sponsor or were applied without one; null when there are none. */
  policyNotice: ClientConfirmationView | null;
  /** Open escalations, the comments posted, the last scan's report (from the ledger in app storage). */
  escalations: EscalationsView;
  /** The open engagement survey for the caller (their own answer only); null when closed or the caller is not on the client team. */
  survey: SurveyPromptView | null;
  /** The engagement NPS per quarter: scores, response rates and comments, without names. */
  nps: NpsView;
  /** The concerns the caller may read: all of them for a sponsor, their own for anyone else. */
  concerns: ConcernsView;
  /** The calibration calls the app created that are not done yet, each flagged once it is a week old. */
  calibrationCalls: CalibrationCallsView;
}

export interface ProjectSettingsView {
  projectKey: string;
  projectName: string;
  canAdminister: boolean;
  board: { id: number; name: string; estimationField: string | null } | null;
  /** The project's statuses, one per id (names can repeat): the settings store the id. */
  statuses: { id: string; name: string; category: 'new' | 'indeterminate' | 'done' }[];
  people: { accountId: string; displayName: string }[];
  /** What the teams' groups and roles are chosen from; null where Jira would not list them for the app. */
  teamChoices: TeamChoicesView;
}

/** A Jira group, by its id (names can change). */
export interface GroupView {
  groupId: string;
  name: string;
}

/** A project role of this project, by its id. */
export interface ProjectRoleView {
  id: string;
  name: string;
}

/** The groups and roles the settings page offers for the teams. */
export interface TeamChoicesView {
  /** The site's first groups by name, and any group the teams name; null when Jira refused to list them. */
  groups: GroupView[] | null;
  /** How many groups the site has (more than `groups` holds when it has many). */
  groupsTotal: number;
  /** The project's roles; null when Jira refused to list them. */
  projectRoles: ProjectRoleView[] | null;
}

export type DecisionCategoryKey = 'technical' | 'product' | 'scope';
export type DecisionStatusKey = 'pending' | 'decided' | 'withdrawn';

export interface PersonView {
  accountId: string;
  displayName: string;
}

/** The SLA clock of a decision, already in words ("due in 5 h", "overdue by 2 h, business hours"). */
export interface DecisionClockView {
  state: 'no-sla' | 'due' | 'overdue' | 'stale' | 'closed';
  words: string;
  /** Positive while due, negative once overdue; null without an SLA or once closed. */
  remainingMs: number | null;
}

export interface DecisionHistoryView {
  type: 'raised' | 'decided' | 'withdrawn' | 'superseded';
  at: string; // ISO
  by: PersonView;
  detail: string | null;
}

export interface DecisionView {
  id: string;
  issueKey: string;
  category: DecisionCategoryKey;
  categoryLabel: string; // "Technical" | "Product & UX" | "Scope & timeline"
  question: string;
  optionsConsidered: string[];
  status: DecisionStatusKey;
  raisedBy: PersonView;
  raisedAt: string;
  owners: PersonView[];
  dueAt: string | null;
  staleAt: string;
  outcome: string | null;
  decidedBy: PersonView | null;
  decidedAt: string | null;
  approval: { verdict: 'approved' | 'rejected'; text: string } | null;
  /** Scope & timeline only: the estimated impact in story points, as raised; null when not estimated. */
  impactPoints: number | null;
  supersedes: string | null;
  supersededBy: string | null;
  clock: DecisionClockView;
  history: DecisionHistoryView[];
  version: number;
  /** What the caller may do with it (the server checks again on every write). */
  can: { record: boolean; withdraw: boolean; supersede: boolean };
}

export interface CategoryRuleView {
  category: DecisionCategoryKey;
  label: string;
  owners: PersonView[];
  slaHours: number | null;
  staleHours: number;
  escalateTo: PersonView[];
}

export interface IssueDecisionsView {
  issueKey: string;
  decisions: DecisionView[]; // pending first, then newest first
  canRaise: boolean;
  categories: CategoryRuleView[];
}

export interface CategoryLatencyView {
  category: DecisionCategoryKey;
  label: string;
  slaHours: number | null;
  decidedCount: number;
  /** Median time to decision, in the clock mode's hours; null when nothing was decided. */
  medianHours: number | null;
  /** Decided within the SLA (null without an SLA). */
  withinSlaCount: number | null;
}

export interface DecisionLogView {
  projectKey: string;
  clockMode: 'wall' | 'business' | 'overlap';
  decisions: DecisionView[];
  latency: CategoryLatencyView[];
}

/** The policy as the settings page edits it: people as account ids; `people` names every id used. */
export interface PolicyInput {
  categories: Record<DecisionCategoryKey, { ownerIds: string[]; slaHours: number | null; staleHours: number; escalateToIds: string[] }>;
  clientSponsorId: string | null;
  deliverySponsorId: string | null;
  acceptorIds: string[];
  budgetPoints: number | null;
  calendars: Record<'client' | 'delivery', { timeZone: string; workingDays: number[]; dayStart: string; dayEnd: string }>;
  overlapWindow: { start: string; end: string };
  clockMode: 'wall' | 'business' | 'overlap';
  acceptance: { readyStatus: string | null; returnStatus: string | null; gateEnabled: boolean };
  /** The health signals' thresholds and defect-escape settings, with their defaults and bounds in ./healthSettings. */
  health: import('./healthSettings').HealthSettingsInput;
  /** The escalation scanner: preview or live, each rule on or off, the ladder's repeat, exemptions; defaults and bounds in ./escalationSettings. */
  escalation: import('./escalationSettings').EscalationSettingsInput;
  /** Each side's members: people (account ids), Jira groups and project roles (ids); empty: not named. Defaults and bounds in ./teamsSettings. */
  teams: import('./teamsSettings').TeamsInput;
  /** The engagement survey: how many days it stays open each quarter; default and bounds in ./npsSettings. */
  nps: import('./npsSettings').NpsSettingsInput;
  /** The issue the daily note is posted on each working day, or null; the key's form in ./dailyNoteSettings. */
  dailyNote: import('./dailyNoteSettings').DailyNoteSettingsInput;
}

/** What a history entry records: see PolicyEventKind in src/domain/policy/types.ts. */
export type PolicyEventKey = 'saved' | 'proposed' | 'proposal-replaced' | 'confirmed' | 'rejected' | 'applied-unconfirmed' | 'acknowledged';

export interface PolicyChangeView {
  at: string;
  by: PersonView;
  kind: PolicyEventKey;
  /** The pending proposal the entry settles (confirmed, rejected, replaced) or, for a new proposal, replaces. */
  proposal: { by: PersonView; at: string } | null;
  changes: { path: string; before: string; after: string }[];
}

/** A change of a setting through which the client keeps control, in words ("Customer acceptors: Emily Carter → Anna Kowalczyk"). */
export interface ClientControlChangeView {
  path: string;
  label: string;
  before: string;
  after: string;
}

/** Changes that weaken the client's control, waiting for the client sponsor: not in force until confirmed. */
export interface PolicyProposalView {
  changes: ClientControlChangeView[];
  proposedBy: PersonView;
  proposedAt: string;
}

/** Such changes applied at once because no client sponsor could confirm them; flagged until a client sponsor acknowledges them. */
export interface UnconfirmedChangesView {
  changes: ClientControlChangeView[];
  by: PersonView[];
  since: string;
}

/** Where the client sponsor's confirmation stands, and the caller's part in it (the server checks again on every write). */
export interface ClientConfirmationView {
  /** The client sponsor of the policy in force: the one who confirms. */
  clientSponsor: PersonView | null;
  pending: PolicyProposalView | null;
  unconfirmed: UnconfirmedChangesView | null;
  /** The caller is that client sponsor and a proposal is pending: may confirm or reject it. */
  canConfirm: boolean;
  /** The caller is that client sponsor, made none of the unconfirmed changes, and there are some: may acknowledge them. */
  canAcknowledge: boolean;
  /** The policy record's version, which a confirm, reject or acknowledge names (from the project page too). */
  version: number;
}

export interface PolicyView {
  projectKey: string;
  policy: PolicyInput;
  /** Display names for every account id in the policy. */
  people: PersonView[];
  canEdit: boolean;
  /** Newest first. */
  history: PolicyChangeView[];
  version: number;
  /**
   * Stored settings that could not be shown (broken text, an id that names nobody, a wrong type):
   * dotted path inside `policy` ("clientSponsorId", "acceptorIds.1") → why. Each is shown blanked or
   * at its default in `policy`, until an admin saves again. Empty when everything could be read.
   */
  problems: Record<string, string>;
  confirmation: ClientConfirmationView;
  /** The policy in force with the pending proposal applied (what it would be once confirmed); null when nothing is pending. */
  proposedPolicy: PolicyInput | null;
}

export type AcceptanceStateKey = 'not-ready' | 'awaiting' | 'accepted' | 'changes-requested';

export interface AcceptanceVerdictView {
  round: number;
  verdict: 'accepted' | 'changes-requested';
  by: PersonView;
  at: string;
  feedback: string | null;
}

export interface IssueAcceptanceView {
  issueKey: string;
  state: AcceptanceStateKey;
  /** Since when the issue is in this state (ready time while awaiting; verdict time after one). */
  since: string | null;
  round: number;
  /** The status that means "ready for acceptance" in this project, as resolved. */
  readyStatus: string;
  acceptors: PersonView[];
  /** The caller is an acceptor and the issue awaits a verdict. */
  canVerdict: boolean;
  gateEnabled: boolean;
  /** When Jira last ran the gate in this project (noted once a day), or null: the project's workflow has not run it yet, so nothing says Done is blocked. */
  gateAskedAt: string | null;
  history: AcceptanceVerdictView[]; // oldest first
  /** What a verdict asked of Jira that is not done yet (the app completes it on the next view or within the hour). */
  pending: PendingEffectView[];
  version: number;
}

export interface PendingEffectView {
  id: string;
  kind: 'comment' | 'transition';
  /** "comment", "move to In Progress". */
  words: string;
}

export interface AcceptanceQueueItem {
  issueKey: string;
  summary: string;
  assignee: string | null;
  readySince: string;
  ageHours: number;
  round: number;
}

export interface SprintAcceptanceRow {
  sprintId: number;
  sprintName: string;
  accepted: number;
  /** Accepted without any change request. */
  acceptedFirstPass: number;
  firstPassRate: number | null; // 0..1
  changeRequests: number;
  medianReadyToAcceptedHours: number | null;
}

export interface AcceptanceQueueView {
  projectKey: string;
  readyStatus: string;
  /** What awaits the client, oldest first. */
  awaiting: AcceptanceQueueItem[];
  sprints: SprintAcceptanceRow[]; // newest first
}

/** Payloads never name the issue or project: those come from the Forge context, checked against Jira permissions. */
export interface ResolverContract {
  'issue/summary': { payload: Record<string, never>; result: IssueSummaryView };
  /** Everything the issue panel first shows, in one call. */
  'issue/panel': { payload: Record<string, never>; result: IssuePanelView };
  'project/overview': { payload: Record<string, never>; result: ProjectOverview };
  /** What the escalation scanner would post now (the settings page; project admins). */
  'escalation/preview': { payload: Record<string, never>; result: EscalationPreviewView };
  'settings/get': { payload: Record<string, never>; result: ProjectSettingsView };
  'decisions/forIssue': { payload: Record<string, never>; result: IssueDecisionsView };
  'decisions/raise': {
    /** `impactPoints`: Scope & timeline only, the estimated impact in story points; left out or null: not estimated. */
    payload: { category: DecisionCategoryKey; question: string; optionsConsidered: string[]; impactPoints?: number | null; supersedes?: string; actionId?: string };
    result: DecisionView;
  };
  'decisions/record': {
    payload: { decisionId: string; outcome: string; approval?: { verdict: 'approved' | 'rejected'; text: string }; expectedVersion: number; actionId?: string };
    result: DecisionView;
  };
  'decisions/withdraw': { payload: { decisionId: string; reason?: string; expectedVersion: number; actionId?: string }; result: DecisionView };
  'decisions/log': { payload: Record<string, never>; result: DecisionLogView };
  'policy/get': { payload: Record<string, never>; result: PolicyView };
  'policy/save': { payload: { policy: PolicyInput; expectedVersion: number; actionId?: string }; result: PolicyView };
  /** The client sponsor confirms the pending proposal (`expectedVersion`: the policy version they saw). */
  'policy/confirm': { payload: { expectedVersion: number; actionId?: string }; result: PolicyView };
  'policy/reject': { payload: { expectedVersion: number; actionId?: string }; result: PolicyView };
  /** The client sponsor acknowledges changes applied without the client's confirmation. */
  'policy/acknowledge': { payload: { expectedVersion: number; actionId?: string }; result: PolicyView };
  'users/search': { payload: { query: string }; result: PersonView[] };
  'acceptance/forIssue': { payload: Record<string, never>; result: IssueAcceptanceView };
  'acceptance/accept': { payload: { expectedVersion: number; actionId?: string }; result: IssueAcceptanceView };
  'acceptance/requestChanges': { payload: { feedback: string; expectedVersion: number; actionId?: string }; result: IssueAcceptanceView };
  'acceptance/queue': { payload: Record<string, never>; result: AcceptanceQueueView };
  /** The issues behind one number of the snapshot (`ref` from the HealthView). */
  'health/issues': { payload: { ref: string }; result: HealthIssuesView };
  /** Starts a re-computation of the snapshot now; the page polls `project/overview` for its progress. */
  'health/refresh': { payload: { actionId?: string }; result: HealthRefreshView };
  /** The daily note of today and the previous working days, computed from app storage (the project page's section, loaded when scrolled near). */
  'note/days': { payload: Record<string, never>; result: NoteDaysView };
  /** The caller's answer to the open engagement survey (client team only), replacing their earlier one; from the project page or the issue panel. */
  'nps/answer': { payload: { score: number; comment?: string | null; actionId?: string }; result: SurveyPromptView };
  /** "Not today": no survey prompt for the caller until tomorrow. */
  'nps/dismiss': { payload: { actionId?: string }; result: SurveyPromptView };
  /** A concern, from the project page or the issue panel (`linkIssue`: about the panel's issue; default true there), read by both sponsors and the caller. */
  'concerns/raise': { payload: { text: string; linkIssue?: boolean; actionId?: string }; result: RaisedConcernView };
}

/** The issue panel's first load: the issue, its acceptance, its decisions and its sprint metrics. */
export interface IssuePanelView {
  summary: IssueSummaryView;
  acceptance: IssueAcceptanceView;
  decisions: IssueDecisionsView;
  sprintMetrics: IssueSprintMetricsView;
  /** This issue's escalations and reminders on record (a decision's clock says "escalated" only from these). */
  escalations: IssueEscalationsView;
  /** The open engagement survey for the caller; null when closed or the caller is not on the client team (the panel loads its prompt only then). */
  survey: SurveyPromptView | null;
}

export type ResolverKey = keyof ResolverContract;
