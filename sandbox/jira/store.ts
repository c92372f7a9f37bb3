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

/**
 * Indexes over the live SandboxData (issues by key and id, users, statuses…).
 * Rebuilt whenever a collection's length changes, so callers that push into
 * `data()` directly are still seen; mutations made through the service call
 * `changed()` so persistence can write them out.
 */
export class Store {
  private issuesByKey = new Map<string, SandboxIssue>();
  private issuesById = new Map<string, SandboxIssue>();
  private usersById = new Map<string, SandboxUser>();
  private statusesById = new Map<string, SandboxStatus>();
  private sprintsById = new Map<number, SandboxSprint>();
  private versionsById = new Map<string, SandboxVersion>();
  private signature = '';
  /** Increments on every mutation made through the service. */
  revision = 0;

  constructor(
    readonly data: SandboxData,
    private readonly onChange: () => void = () => {},
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

  changed(): void {
    this.revision++;
    this.onChange();
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
    this.data.sequences.history += 1;
    return String(this.data.sequences.history);
  }

  nextCommentId(): string {
    this.data.sequences.comment += 1;
    return String(this.data.sequences.comment);
  }
}
