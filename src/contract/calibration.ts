/**
 * Concerns and calibration calls as the Custom UI shows them (src/app/calibration). A concern is read
 * by both sponsors and by whoever raised it; nothing here carries a concern to anyone else. A
 * calibration call is a Jira issue the app created (from the escalation ledger, so "created" is shown
 * only for an issue on record); its status is the health snapshot's, or Jira's. Dates are ISO strings.
 */
import type { PersonView } from './resolvers';

/** How long a concern may be (the domain's bound; the payload schema is built from it too). */
export { CONCERN_LIMITS } from '../domain/calibration/concern';

/** Who reads the concerns besides whoever raised each: the sponsors the settings name. */
export interface ConcernReaderView extends PersonView {
  role: 'client sponsor' | 'delivery sponsor';
}

/** Where a concern's calibration call stands, from the ledger: none planned yet, planned, or created as an issue. */
export type ConcernCallView = { state: 'waiting' } | { state: 'planned' } | { state: 'created'; issueKey: string };

export interface ConcernView {
  id: string;
  text: string;
  raisedAt: string;
  raisedBy: PersonView;
  /** The caller raised it. */
  mine: boolean;
  /** The issue it is about, when raised from its panel with the link kept. */
  issueKey: string | null;
  call: ConcernCallView;
}

/**
 * Why a concern has no calibration call yet: the next hourly scan creates it; the project's escalations
 * are in Preview (nothing is created); no delivery sponsor is set to hold it.
 */
export type ConcernWaitReason = 'next-scan' | 'preview' | 'no-delivery-sponsor';

/** The concerns the caller may read, on the project page. */
export interface ConcernsView {
  /** 'all': the caller is a sponsor and reads every concern; 'own': only those they raised. */
  scope: 'all' | 'own';
  /** Newest first. */
  items: ConcernView[];
  readers: ConcernReaderView[];
  waitReason: ConcernWaitReason;
  textMaxLength: number;
}

/** The answer to raising a concern. */
export interface RaisedConcernView {
  concern: ConcernView;
  readers: ConcernReaderView[];
  waitReason: ConcernWaitReason;
}

/** One calibration call the app created and that is not done. */
export interface CalibrationCallView {
  /** The ledger entry's id. */
  id: string;
  issueKey: string;
  summary: string;
  createdAt: string;
  /** "YYYY-MM-DD". */
  dueDate: string | null;
  assignee: PersonView | null;
  /** The issue's status name; null when neither the snapshot nor Jira said it yet. */
  status: string | null;
  /** Still open a week after it was created: the call was not held in time. */
  notHeld: boolean;
}

/** The project page's list of open calibration calls. */
export interface CalibrationCallsView {
  /** Created and not done, oldest first. */
  open: CalibrationCallView[];
  /** Created and done since. */
  heldCount: number;
  /** A call is held within this many days of its signal. */
  heldWithinDays: number;
  /** The server's time when it answered ("open for 8 days" counts from it). */
  servedAt: string;
}
