/** The generator's working record of one issue before it becomes a SandboxIssue. */
import type { SandboxUser } from '../jira/model';
import type { Priority, StatusName, TypeName } from './catalog';
import type { DraftEvent } from './changelog';
import type { ReleasePlan } from './schedule';

/** todo: never worked on; done: finished in the last sprint of `chain`; open: in the active sprint, unfinished. */
export type Outcome = 'todo' | 'done' | 'open';

export interface DraftComment {
  /** Comment id, given once all issues are built. */
  id?: string;
  t: number;
  authorId: string;
  text: string;
}

export interface Draft {
  /** Creation order in the generator; seeds the issue's own random stream. */
  seq: number;
  type: TypeName;
  summary: string;
  description: string | null;
  labels: string[];
  created: number;
  reporter: SandboxUser;
  /** Values the issue was created with; changelog events move them on. */
  assignee: SandboxUser | null;
  priority: Priority;
  /** The first estimate (given at creation or in refinement). */
  estimate: number | null;
  /** Current Sprint field value, oldest first. */
  sprintField: number[];
  /** Consecutive sprints the issue was worked in (carry-overs), and when it joined the first. */
  chain: number[];
  joinedAt: number;
  outcome: Outcome;
  /** When the issue was flagged as a blocker, if it still is. */
  blockedAt: number | null;
  /** Finished by the delivery team and waiting in 'Ready for Acceptance' (active sprint only). */
  awaitingAcceptance: boolean;
  events: DraftEvent[];
  comments: DraftComment[];
  // Filled in by the timeline:
  status: StatusName;
  resolvedAt: number | null;
  storyPoints: number | null;
  fixVersion: ReleasePlan | null;
  flagged: boolean;
}
