/**
 * The daily note in two stages: its facts (facts.ts: which issues, since when, whose — account ids
 * and instants, from the snapshot and the app's records), then its words (words.ts: what the note
 * says, names and times in the delivery team's zone), which every rendering reads (render.ts, adf.ts).
 * Nothing in either is typed by a person for the note: it is Jira's data and the app's records.
 */
import type { DecisionCategory } from '../policy/types';
import type { NoteDay } from './days';

/** What makes an issue blocked, as the note states it. */
export type BlockedSourceFact =
  | { kind: 'flagged' }
  | { kind: 'status'; statusName: string }
  /** `unblockerId`: the blocking issue's assignee; null when unassigned; undefined when the app does not know (an issue it has no record of). */
  | { kind: 'link'; issueKey: string; unblockerId: string | null | undefined };

export interface BlockedFact {
  issueKey: string;
  summary: string;
  /** The start of the blocking episode that lasts at the note's instant. */
  blockedSince: number;
  sources: BlockedSourceFact[];
  assigneeId: string | null;
}

/** Shipped since the last note: entered the board's done column, accepted by the client, or released. */
export interface ShippedFact {
  issueKey: string;
  summary: string;
  /** Entered the done column within the note's span (and still there at its end); null when not. */
  doneAt: number | null;
  /** Who accepted it within the span (the acceptance record's verdicts). */
  acceptedBy: string[];
  /** The versions released within the span that hold it. */
  releasedIn: string[];
}

export interface InProgressFact {
  issueKey: string;
  summary: string;
  statusName: string;
  assigneeId: string | null;
}

export interface PendingDecisionFact {
  issueKey: string;
  summary: string;
  decisionId: string;
  question: string;
  category: DecisionCategory;
  ownerIds: string[];
  /** The SLA's due time; null without an SLA. */
  dueAt: number | null;
}

/** An escalation or calibration call the scanner posted within the span (its ledger entry). */
export interface OpenedEscalationFact {
  issueKey: string;
  summary: string;
  /** "Long blocker", "Reminder 2", "Calibration call": the ledger's words for the rule and step. */
  ruleWords: string;
  /** The names the entry recorded when it was planned. */
  recipientNames: string[];
  postedAt: number;
  /** An issue the app created (a calibration call), not a comment it posted. */
  created: boolean;
}

export interface NoteFacts {
  day: NoteDay;
  /** The instant the note is as of: the day's end, or now while the day is under way. */
  asOf: number;
  /** The day has ended: the note will not change (but for what Jira's history rewrites). */
  final: boolean;
  /** The delivery team's zone, in which the note states its times. */
  timeZone: string;
  blocked: BlockedFact[];
  shipped: ShippedFact[];
  inProgress: InProgressFact[];
  decisions: PendingDecisionFact[];
  escalations: OpenedEscalationFact[];
}

export type NoteSectionKey = 'blocked' | 'shipped' | 'inProgress' | 'decisions' | 'escalations';

/** One line of the note: the issue it is about, its summary (Jira's), and the facts in words. */
export interface NoteLine {
  issueKey: string;
  /** Empty when the app has no record of the issue. */
  summary: string;
  facts: string;
}

export interface NoteSection {
  key: NoteSectionKey;
  title: string;
  lines: NoteLine[];
  /** Lines left out past `NOTE_SECTION_LINES` (the note stays readable and within a comment's size). */
  more: number;
  /** What the section says when it has no line: "Nothing is blocked." */
  empty: string;
}

/** The note as every rendering reads it: plain data, the same on the server and in the browser. */
export interface DailyNote {
  /** The delivery team's local date, "2026-11-18". */
  date: string;
  /** "Daily note — Wednesday 18 November 2026". */
  title: string;
  /** The span it covers, in the team's zone: "Since the last note (Tuesday 17 November, 17:00) until the end of the day (17:00, Europe/Warsaw)." */
  coverage: string;
  final: boolean;
  /** Blocked first, then shipped, in progress, decisions pending, escalations and calibration calls opened. */
  sections: NoteSection[];
  footer: string;
}
