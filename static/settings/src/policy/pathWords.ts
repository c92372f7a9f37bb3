/**
 * Policy paths in words, as every settings section names its fields in the history and on the
 * unreadable notice: "policy." dropped, a list index as "#1", a key by its section's label.
 */

/**
 * The field a path is at, without "policy." and without list indexes at its end.
 *
 * @example fieldOf('policy.teams.client.groupIds.2') //=> 'teams.client.groupIds'
 */
export const fieldOf = (path: string): string => path.replace(/^policy\./, '').replace(/(\.\d+)+$/, '');

/**
 * One part of a path in words: a list index as "#1", a key by its label, anything else as it is.
 *
 * @example partWords({ groupIds: 'Jira groups' })('groupIds') //=> 'Jira groups'
 * @example partWords({})('0') //=> '#1'
 */
export const partWords =
  (labels: Readonly<Record<string, string>>) =>
  (part: string): string =>
    /^\d+$/.test(part) ? `#${Number(part) + 1}` : Object.hasOwn(labels, part) ? labels[part]! : part;

/**
 * A path of one settings section in words: the section's title, then each part; undefined outside it.
 *
 * @example sectionPathLabel('policy.nps.windowDays', 'nps', 'Engagement survey', { windowDays: 'Open for the first' }) //=> 'Engagement survey · Open for the first'
 */
export function sectionPathLabel(path: string, section: string, title: string, labels: Readonly<Record<string, string>>): string | undefined {
  const parts = path.replace(/^policy\./, '').split('.');
  if (parts[0] !== section) return undefined;
  return [title, ...parts.slice(1).map(partWords(labels))].join(' · ');
}
