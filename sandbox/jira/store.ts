import type { Collection, JournalEntry } from './persistence';
import type {
  SandboxBoard,
  SandboxData,
  SandboxIssue,
  SandboxIssueType,
  SandboxProject,
  SandboxSprint,
  SandboxStatus,
  SandboxUser,
  SandboxVersion,
} from './model';

/** What a mutation changed: a whole issue, or one of the other top-level collections by name. */
export type ChangedRecord = SandboxIssue | Collection;

/**
 * Receives each change, in the same tick as the mutation (before the response is
 * sent): an entry naming the changed records, or undefined when the change did not
 * name them (then only a rewrite of the whole data captures it).
 */
export type ChangeListener = (entry: JournalEntry | undefined) => void;

/**
 * Indexes over the live SandboxData (issues by key and id, users, statuses…).
 * Rebuilt whenever a collection's length changes, so callers that push into
 * `data()` directly are still seen; every mutation made through the service
 * reports what it changed with `changed(record…)`, so persistence journals it.
 */
export class Store {
  private issuesByKey = new Map<string, SandboxIssue>();
  private issuesById = new Map<string, SandboxIssue>();
  private usersById = new Map<string, SandboxUser>();
  private statusesById = new Map<string, SandboxStatus>();
  private sprintsById = new Map<number, SandboxSprint>();
  private versionsById = new Map<string, SandboxVersion>();
  private signature = '';
  /** The id sequences moved since the last change was reported. */
  private sequencesMoved = false;
  /** Increments on every mutation made through the service. */
  revision = 0;

  constructor(
    readonly data: SandboxData,
    private readonly onChange: ChangeListener = () => {},
  ) {
    this.refresh();
    this.bumpSequences();
  }

  /** Make sure handed-out ids never collide with ids already in the data. */
  private bumpSequences(): void {
    const seq = this.data.sequences;
    let maxHistory = 0;
    let maxComment = 0;
    for (const issue of this.data.issues) {
      for (const h of issue.changelog) maxHistory = Math.max(maxHistory, Number(h.id) || 0);
      for (const c of issue.comments) maxComment = Math.max(maxComment, Number(c.id) || 0);
    }
    seq.history = Math.max(seq.history, maxHistory);
    seq.comment = Math.max(seq.comment, maxComment);
    const maxLink = (this.data.issueLinks ?? []).reduce((max, l) => Math.max(max, Number(l.id) || 0), 0);
    if (maxLink > 0 || seq.link !== undefined) seq.link = Math.max(seq.link ?? 0, maxLink);
  }

  private sig(): string {
    const d = this.data;
    return [d.issues.length, d.users.length, d.statuses.length, d.sprints.length, d.versions.length, d.projects.length].join(',');
  }

  /** Re-index if the data's collections changed size behind our back. */
  refresh(force = false): void {
    const sig = this.sig();
    if (!force && sig === this.signature) return;
    this.signature = sig;
    const d = this.data;
    this.issuesByKey = new Map(d.issues.map((i) => [i.key.toUpperCase(), i]));
    this.issuesById = new Map(d.issues.map((i) => [i.id, i]));
    this.usersById = new Map(d.users.map((u) => [u.accountId, u]));
    this.statusesById = new Map(d.statuses.map((s) => [s.id, s]));
    this.sprintsById = new Map(d.sprints.map((s) => [s.id, s]));
    this.versionsById = new Map(d.versions.map((v) => [v.id, v]));
  }

  /**
   * Reports a mutation: the issues and collections it changed (the id sequences are
   * added when ids were handed out). Call it in the same tick as the mutation; the
   * change is durable when it returns. Without records the whole data is rewritten.
   */
  changed(...records: ChangedRecord[]): void {
    this.revision++;
    if (records.length === 0) {
      this.sequencesMoved = false;
      return this.onChange(undefined);
    }
    const issues = new Set<SandboxIssue>();
    const names = new Set<Collection>();
    for (const record of records) {
      if (typeof record === 'string') names.add(record);
      else issues.add(record);
    }
    if (this.sequencesMoved) names.add('sequences');
    this.sequencesMoved = false;
    const entry: JournalEntry = {};
    if (issues.size) entry.issues = [...issues];
    if (names.size) entry.collections = Object.fromEntries([...names].map((name) => [name, this.data[name]]));
    this.onChange(entry);
  }

  get baseUrl(): string {
    return this.data.site.baseUrl.replace(/\/+$/, '');
  }

  issue(idOrKey: string): SandboxIssue | undefined {
    return this.issuesById.get(idOrKey) ?? this.issuesByKey.get(idOrKey.toUpperCase());
  }

  user(accountId: string | null | undefined): SandboxUser | undefined {
    return accountId ? this.usersById.get(accountId) : undefined;
  }

  status(id: string): SandboxStatus | undefined {
    return this.statusesById.get(id);
  }

  sprint(id: number): SandboxSprint | undefined {
    return this.sprintsById.get(id);
  }

  version(id: string): SandboxVersion | undefined {
    return this.versionsById.get(id);
  }

  issueType(id: string): SandboxIssueType | undefined {
    return this.data.issueTypes.find((t) => t.id === id);
  }

  project(idOrKey: string): SandboxProject | undefined {
    return this.data.projects.find((p) => p.id === idOrKey || p.key === idOrKey);
  }

  projectById(id: string): SandboxProject | undefined {
    return this.data.projects.find((p) => p.id === id);
  }

  board(id: number): SandboxBoard | undefined {
    return this.data.boards.find((b) => b.id === id);
  }

  nextHistoryId(): string {
    this.sequencesMoved = true;
    this.data.sequences.history += 1;
    return String(this.data.sequences.history);
  }

  /** Issue ids grow across the site, past every id in the data. */
  nextIssueId(): string {
    this.sequencesMoved = true;
    const highest = this.data.issues.reduce((max, i) => Math.max(max, Number(i.id) || 0), 0);
    this.data.sequences.issue = Math.max(this.data.sequences.issue, highest + 1);
    const id = this.data.sequences.issue;
    this.data.sequences.issue += 1;
    return String(id);
  }

  /** The project's next key: one past the highest number its keys have used. */
  nextIssueKey(project: SandboxProject): string {
    const prefix = `${project.key}-`;
    const highest = this.data.issues.reduce((max, i) => (i.key.startsWith(prefix) ? Math.max(max, Number(i.key.slice(prefix.length)) || 0) : max), 0);
    return `${prefix}${highest + 1}`;
  }

  nextCommentId(): string {
    this.sequencesMoved = true;
    this.data.sequences.comment += 1;
    return String(this.data.sequences.comment);
  }

  /** Link ids start at 10000, like Jira's. */
  nextLinkId(): string {
    this.sequencesMoved = true;
    this.data.sequences.link = Math.max(this.data.sequences.link ?? 0, 9999) + 1;
    return String(this.data.sequences.link);
  }
}
