/** One issue behind a number: the event that counted it, and when. */
export interface RefRow {
  issueId: string;
  points: number | null;
  event: string;
  at: number | null;
}

/** The issues behind one number of the snapshot. */
export interface RefList {
  title: string;
  rows: RefRow[];
}

/** The snapshot's lists, by ref, in the order the view names them (the stored chunks keep it). */
export class Refs {
  readonly lists = new Map<string, RefList>();
  /** Registers a list; null when it is empty (a number with nothing behind it opens nothing). */
  add(ref: string, title: string, rows: RefRow[]): string | null {
    if (rows.length === 0) return null;
    this.lists.set(ref, { title, rows });
    return ref;
  }
}

/** An instant as a row holds it: -Infinity (before any recorded change) and NaN as null. */
export const finiteOrNull = (t: number | null) => (t === null || !Number.isFinite(t) ? null : t);
