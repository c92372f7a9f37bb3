/**
 * The test's own velocity: a forward replay over raw changelog histories, event by event,
 * written independently of the production backwards replay.
 */
export interface RawIssue {
  key: string;
  subtask: boolean;
  current: { sprintIds: number[]; points: number | null; statusId: string };
  histories: { at: number; items: { fieldId: string; from: unknown; to: unknown }[] }[];
}
export interface RawSprint { id: number; start: number; end: number }

const sprintsOf = (v: unknown): number[] => (v === null || v === undefined || v === '' ? [] : String(v).split(',').map((x) => Number(x.trim())));
const pointsOf = (v: unknown): number | null => (v === null || v === undefined || v === '' ? null : Number(v));

export function forwardVelocity(sprint: RawSprint, issues: RawIssue[], done: Set<string>, fields: { sprint: string; points: string }) {
  let committed = 0;
  let completed = 0;
  for (const raw of issues) {
    if (raw.subtask) continue;
    const events = [...raw.histories].sort((a, b) => a.at - b.at);
    const first = (fieldId: string) => events.flatMap((h) => h.items).find((i) => i.fieldId === fieldId);
    // Initial state: the `from` of each field's first change, or the current value if it never changed.
    let sprints = first(fields.sprint) ? sprintsOf(first(fields.sprint)!.from) : raw.current.sprintIds;
    let points = first(fields.points) ? pointsOf(first(fields.points)!.from) : raw.current.points;
    let status = first('status') ? String(first('status')!.from) : raw.current.statusId;
    let startChecked = false;
    let doneInSprint = false;
    const checkStart = () => {
      if (startChecked) return;
      startChecked = true;
      if (sprints.includes(sprint.id) && !done.has(status)) committed += points ?? 0;
    };
    for (const h of events) {
      if (h.at > sprint.end) break;
      if (h.at > sprint.start) checkStart();
      const wasDone = done.has(status);
      for (const item of h.items) {
        if (item.fieldId === fields.sprint) sprints = sprintsOf(item.to);
        if (item.fieldId === fields.points) points = pointsOf(item.to);
        if (item.fieldId === 'status') status = String(item.to);
      }
      const inSprint = sprints.includes(sprint.id);
      if (!inSprint || !done.has(status)) doneInSprint = false;
      else if (!wasDone && h.at > sprint.start) doneInSprint = true;
    }
    checkStart();
    if (doneInSprint) completed += points ?? 0;
  }
  return { committed, completed };
}
