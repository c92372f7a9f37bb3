import type { EngagementPolicy, PolicySettingChange as Change } from './types';

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Arrays and other leaves compare as whole values (a list of people is one field on the page). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function collect(before: unknown, after: unknown, path: string, out: Change[]): void {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...Object.keys(after), ...Object.keys(before).filter((k) => !(k in after))];
    for (const key of keys) collect(before[key], after[key], path ? `${path}.${key}` : key, out);
    return;
  }
  if (!sameValue(before, after)) out.push({ path, before, after });
}

/** What changed between two policies, as dotted leaf paths ("categories.product.slaHours"). */
export function diffPolicies(before: EngagementPolicy, after: EngagementPolicy): Change[] {
  const out: Change[] = [];
  collect(before, after, '', out);
  return out;
}
