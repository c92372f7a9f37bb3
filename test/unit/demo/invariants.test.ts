import type { SandboxData } from '../../../sandbox/jira/model';
import { generateEngagement } from '../../../sandbox/demo/generate';
import { DAY, HOUR, category, changes, ms, sprintList } from './fixtures';

/** Every way the data could contradict itself, as readable messages (empty when consistent). */
function problems(data: SandboxData, now: number): string[] {
  const out: string[] = [];
  const statusByName = new Map(data.statuses.map((s) => [s.name, s]));
  const active = data.sprints.find((s) => s.state === 'active');
  if (!active || !(ms(active.startDate!) < now && ms(active.endDate!) > now)) out.push('active sprint does not contain now');
  for (const issue of data.issues) {
    const f = issue.fields;
    const where = issue.key;
    const created = ms(f.created);
    let prev = created;
    for (const h of issue.changelog) {
      const t = ms(h.created);
      if (t < prev) out.push(`${where}: history ${h.id} out of order`);
      prev = t;
    }
    if (prev > ms(f.updated) || ms(f.updated) > now) out.push(`${where}: updated ${f.updated} wrong`);
    let status = 'To Do';
    for (const { item } of changes(issue, 'status')) {
      if (item.fromString !== status) out.push(`${where}: status jumps from ${status} via ${item.fromString}`);
      status = item.toString!;
    }
    if (statusByName.get(status)?.id !== f.statusId) out.push(`${where}: last status ${status} is not current`);
    if ((f.resolutionDate !== null) !== (category(data, f.statusId) === 'done')) out.push(`${where}: resolutionDate vs status`);
    let sprints: number[] = [];
    for (const { item } of changes(issue, 'customfield_10020')) {
      if (sprintList(item.from).join() !== sprints.join()) out.push(`${where}: Sprint from mismatch`);
      sprints = sprintList(item.to);
    }
    if (sprints.join() !== f.sprintIds.join()) out.push(`${where}: sprintIds differ from Sprint history`);
    for (const id of f.sprintIds.slice(0, -1)) {
      const complete = data.sprints.find((s) => s.id === id)?.completeDate;
      if (!complete) out.push(`${where}: carried from a sprint that is not closed`);
      else if (f.resolutionDate && ms(f.resolutionDate) <= ms(complete)) out.push(`${where}: done before it was carried over`);
    }
    const points = changes(issue, 'customfield_10016');
    const lastPoints = points[points.length - 1];
    if (lastPoints && lastPoints.item.toString !== String(f.storyPoints)) out.push(`${where}: story points history`);
    const flags = changes(issue, 'customfield_10021');
    if ((flags[flags.length - 1]?.item.toString === 'Impediment') !== f.flagged) out.push(`${where}: flagged history`);
  }
  const ages = data.issues.filter((i) => i.fields.flagged).map((i) => (now - changes(i, 'customfield_10021').pop()!.at) / HOUR);
  if (!ages.some((h) => h > 48) || !ages.some((h) => h < 48)) out.push(`blocker ages ${ages.join(', ')} not on both sides of 48 h`);
  const waiting = data.issues.filter((i) => i.fields.statusId === statusByName.get('Ready for Acceptance')!.id).length;
  if (waiting < 2) out.push(`only ${waiting} issues wait for acceptance`);
  return out;
}

describe('demo engagement stays consistent for any now and seed', () => {
  const nows = [
    Date.UTC(2025, 9, 13, 0, 30), // Monday just after midnight UTC
    Date.UTC(2025, 9, 19, 23, 0), // Sunday night
    Date.UTC(2025, 2, 30, 1, 30), // Europe's DST change
    Date.UTC(2024, 10, 3, 7, 0), // US DST change
    Date.UTC(2024, 0, 1, 12, 0), // New Year
  ];
  it.each(nows.map((now, i) => [new Date(now).toISOString(), now, i] as const))('now %s', (_label, now, i) => {
    const data = generateEngagement({ now, seed: `seed-${i}`, issueCount: 400, closedSprints: 6 + 2 * i });
    expect(data.issues).toHaveLength(400);
    expect(problems(data, now)).toEqual([]);
    expect(ms(data.sprints.find((s) => s.state === 'active')!.startDate!)).toBeGreaterThan(now - 10 * DAY);
  });
});
