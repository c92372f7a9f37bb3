/** One issue behind a number, as `health/issues` reads it: the event that counted it, and when. */
export interface RefRow {
  issueId: string;
  points: number | null;
  event: string;
  at: number | null;
}

/** Lead-time rows' events: the days each took (as shown, one decimal) and the version it shipped in (null: it entered the done column). */
export interface LeadTimeEvents {
  days: number[];
  releasedIn: (string | null)[];
}

/**
 * The issues behind one number of the snapshot, as stored: one column per field of the rows, a
 * column the whole list shares held once (most lists share their event, many their instant). The
 * rows are made when read (`refRows`): a snapshot has tens of thousands, a reader opens one list.
 */
export interface RefList {
  title: string;
  issueIds: string[];
  /** Each row's points; null when the rows have none. */
  points: (number | null)[] | null;
  /** Each row's instant, or one for every row. */
  at: (number | null)[] | number | null;
  /** Each row's event, one for every row, or a lead time's parts. */
  event: string | string[] | LeadTimeEvents;
}

/** A list as refreshes before the columns stored it: still read, until the next refresh rewrites every list. */
export interface RowsRefList {
  title: string;
  rows: RefRow[];
}

/**
 * A lead-time row's event.
 *
 * @example
 * leadTimeEventWords(12.5, '2.3') //=> '12.5 days: released in 2.3'
 * leadTimeEventWords(3, null) //=> '3 days: entered the done column'
 */
export const leadTimeEventWords = (days: number, releasedIn: string | null) => `${days} days: ${releasedIn === null ? 'entered the done column' : `released in ${releasedIn}`}`;

/**
 * A stored list's rows, in order.
 *
 * @example
 * refRows({ title: 'Sprint 3: committed at its start', issueIds: ['10001'], points: [5], at: 100, event: 'In the sprint at its start, not done' })
 * //=> [{ issueId: '10001', points: 5, event: 'In the sprint at its start, not done', at: 100 }]
 */
export function refRows(list: RefList | RowsRefList): RefRow[] {
  if ('rows' in list) return list.rows;
  const { issueIds, points, at, event } = list;
  return issueIds.map((issueId, i) => ({
    issueId,
    points: points ? points[i]! : null,
    event: typeof event === 'string' ? event : Array.isArray(event) ? event[i]! : leadTimeEventWords(event.days[i]!, event.releasedIn[i]!),
    at: Array.isArray(at) ? at[i]! : at,
  }));
}

/** The snapshot's lists, by ref, in the order the view names them (the stored chunks keep it). */
export class Refs {
  readonly lists = new Map<string, RefList>();
  /** Registers a list; null when it is empty (a number with nothing behind it opens nothing). */
  add(ref: string, title: string, issueIds: string[], points: RefList['points'], at: RefList['at'], event: RefList['event']): string | null {
    if (issueIds.length === 0) return null;
    this.lists.set(ref, { title, issueIds, points, at, event });
    return ref;
  }
}

/** An instant as a row holds it: -Infinity (before any recorded change) and NaN as null. */
export const finiteOrNull = (t: number | null) => (t === null || !Number.isFinite(t) ? null : t);
