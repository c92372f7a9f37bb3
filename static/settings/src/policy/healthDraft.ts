/**
 * The health settings as the form edits them: every threshold as typed text, bug types, labels and
 * the partner signal's idea types as comma-separated text. What each field is called, its default and its range come from one
 * catalog, which the history and the unreadable notice use to name a path too.
 */
import { defaultHealthSettings, HEALTH_LIMITS, type HealthSettingsInput, type HealthThresholds } from '../../../../src/contract/healthSettings';
import { fieldOf, partWords } from './pathWords';

type FoundBy = HealthSettingsInput['defectEscape']['foundBy'];
type Signal = keyof HealthThresholds;

export interface HealthDraft {
  thresholds: { [S in Signal]: { [K in keyof HealthThresholds[S]]: string } };
  defectEscape: { bugTypes: string; foundBy: FoundBy; labels: string; windowDays: string };
  partner: { ideaTypes: string };
}

type Range = { readonly min: number; readonly max: number };

/** One number box: under `signal`, the key `key`, labelled `label`, in `range` (whole numbers when `whole`). */
export interface ThresholdField {
  key: string;
  label: string;
  range: Range;
  whole?: boolean;
  step: string;
}

/** One signal's row: its name, what its numbers mean, and its amber (and red) boxes. */
export interface SignalRow {
  signal: Signal;
  title: string;
  rule: string;
  fields: ThresholdField[];
}

const L = HEALTH_LIMITS;

export const SIGNAL_ROWS: readonly SignalRow[] = [
  {
    signal: 'predictability',
    title: 'Predictability',
    rule: `Of the last ${L.sprintsOutside.max} closed sprints, this many or more outside ±15 % of the rolling average.`,
    fields: [
      { key: 'amberOutside', label: 'Amber at (sprints)', range: L.sprintsOutside, whole: true, step: '1' },
      { key: 'redOutside', label: 'Red at (sprints)', range: L.sprintsOutside, whole: true, step: '1' },
    ],
  },
  {
    signal: 'scope',
    title: 'Scope change',
    rule: 'A sprint whose net scope change exceeds this share of the budget is flagged: amber when an earlier sprint was, red when the latest was.',
    fields: [{ key: 'sharePercent', label: 'Share of the budget (%)', range: L.scopeSharePercent, step: 'any' }],
  },
  {
    signal: 'leadTime',
    title: 'Lead time',
    rule: '85th percentile lead time over the last 90 days, above this many days.',
    fields: [
      { key: 'amberDays', label: 'Amber above (days)', range: L.leadTimeDays, step: 'any' },
      { key: 'redDays', label: 'Red above (days)', range: L.leadTimeDays, step: 'any' },
    ],
  },
  {
    signal: 'defectEscape',
    title: 'Defect escape rate',
    rule: 'Escaped bugs per shipped feature of the latest released version, above this rate.',
    fields: [
      { key: 'amberRate', label: 'Amber above (bugs per feature)', range: L.defectEscapeRate, step: 'any' },
      { key: 'redRate', label: 'Red above (bugs per feature)', range: L.defectEscapeRate, step: 'any' },
    ],
  },
  {
    signal: 'decisions',
    title: 'Decisions',
    rule: 'Amber when a pending decision is past its SLA, or fewer than this share were decided within their SLA; red when one is stale.',
    fields: [{ key: 'withinSlaAmberPercent', label: 'Amber below (% within SLA)', range: L.percent, step: 'any' }],
  },
  {
    signal: 'acceptance',
    title: 'First-pass acceptance',
    rule: 'Share of work the client accepted on the first pass in the last closed sprints, below this percentage.',
    fields: [
      { key: 'amberFirstPassPercent', label: 'Amber below (%)', range: L.percent, step: 'any' },
      { key: 'redFirstPassPercent', label: 'Red below (%)', range: L.percent, step: 'any' },
    ],
  },
  {
    signal: 'blockers',
    title: 'Blockers',
    rule: 'An issue flagged (or blocked) longer than this many hours.',
    fields: [
      { key: 'amberHours', label: 'Amber after (hours)', range: L.blockerHours, step: 'any' },
      { key: 'redHours', label: 'Red after (hours)', range: L.blockerHours, step: 'any' },
    ],
  },
  {
    signal: 'partner',
    title: 'Partner signal',
    rule: 'Share of the last ended month’s new ideas and problems the client team raised unprompted, below this percentage.',
    fields: [
      { key: 'amberPercent', label: 'Amber below (%)', range: L.percent, step: 'any' },
      { key: 'redPercent', label: 'Red below (%)', range: L.percent, step: 'any' },
    ],
  },
];

export const FOUND_BY_OPTIONS: readonly { value: FoundBy; label: string }[] = [
  { value: 'client-reporter', label: 'Reported by someone on the client team' },
  { value: 'label', label: 'Carrying one of the labels' },
  { value: 'either', label: 'Either' },
  { value: 'both', label: 'Both: reported by the client team and labelled' },
];

/**
 * A history value of a health setting in the form's words; other values as they are.
 *
 * @example
 * healthValueWords('health.defectEscape.foundBy', 'label') //=> 'Carrying one of the labels'
 * healthValueWords('health.thresholds.leadTime.redDays', '30') //=> '30'
 */
export function healthValueWords(path: string, value: string): string {
  if (path.replace(/^policy\./, '') !== 'health.defectEscape.foundBy') return value;
  return FOUND_BY_OPTIONS.find((o) => o.value === value)?.label ?? value;
}

/** The labels of the defect-escape settings (paths under `health.defectEscape`). */
export const DEFECT_ESCAPE_LABELS = {
  bugTypes: 'Bug issue types',
  foundBy: 'Found by users',
  labels: 'Labels of bugs found by users',
  windowDays: 'Days after a release',
} as const;

/** The labels of the partner signal's settings (paths under `health.partner`). */
export const PARTNER_LABELS = {
  ideaTypes: 'Idea and problem issue types',
} as const;

/** "Bug, Defect" for a list; the form's text for a list of names. */
export const namesText = (names: readonly string[]) => names.join(', ');

/** The names of comma-separated text, trimmed, empty ones left out (the server trims and checks each too). */
export function namesFrom(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

const thresholdValue = (health: HealthSettingsInput, signal: Signal, key: string): number => (health.thresholds[signal] as Record<string, number>)[key]!;

export function healthDraftFrom(health: HealthSettingsInput): HealthDraft {
  const thresholds = Object.fromEntries(SIGNAL_ROWS.map((row) => [row.signal, Object.fromEntries(row.fields.map((f) => [f.key, String(thresholdValue(health, row.signal, f.key))]))]));
  const d = health.defectEscape;
  return {
    thresholds: thresholds as HealthDraft['thresholds'],
    defectEscape: { bugTypes: namesText(d.bugTypes), foundBy: d.foundBy, labels: namesText(d.labels), windowDays: String(d.windowDays) },
    partner: { ideaTypes: namesText(health.partner.ideaTypes) },
  };
}

/** The form's health settings at the documented defaults ("Reset to defaults"). */
export const defaultHealthDraft = () => healthDraftFrom(defaultHealthSettings());

/** What a box holds as a number; undefined when it holds none. */
function parse(value: string): number | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * The health settings to send; a box without a number gets a message under the server's path
 * (`policy.health.`…) in `fields` and is sent as 0, which the caller then does not send.
 */
export function healthFromDraft(draft: HealthDraft, fields: Record<string, string>): HealthSettingsInput {
  const number = (path: string, value: string): number => {
    const n = parse(value);
    if (n === undefined) fields[`policy.health.${path}`] = 'Enter a number.';
    return n ?? 0;
  };
  const thresholds = Object.fromEntries(
    SIGNAL_ROWS.map((row) => [row.signal, Object.fromEntries(row.fields.map((f) => [f.key, number(`thresholds.${row.signal}.${f.key}`, (draft.thresholds[row.signal] as Record<string, string>)[f.key] ?? '')]))]),
  );
  const d = draft.defectEscape;
  return {
    thresholds: thresholds as unknown as HealthThresholds,
    defectEscape: { bugTypes: namesFrom(d.bugTypes), foundBy: d.foundBy, labels: namesFrom(d.labels), windowDays: number('defectEscape.windowDays', d.windowDays) },
    partner: { ideaTypes: namesFrom(draft.partner.ideaTypes) },
  };
}

/** Default and range of a threshold, as the form shows them under its box. */
export function thresholdHint(signal: Signal, field: ThresholdField): string {
  const shown = thresholdValue(defaultHealthSettings(), signal, field.key);
  return `Default ${shown} · ${field.range.min}–${field.range.max}${field.whole ? ', whole numbers' : ''}`;
}

/** Each settings path of the health section that the section shows an error next to (`policy.` stripped). */
const PLACED = new Set<string>([
  'health',
  'health.thresholds',
  'health.defectEscape',
  'health.partner',
  ...SIGNAL_ROWS.flatMap((row) => [`health.thresholds.${row.signal}`, ...row.fields.map((f) => `health.thresholds.${row.signal}.${f.key}`)]),
  ...Object.keys(DEFECT_ESCAPE_LABELS).map((key) => `health.defectEscape.${key}`),
  ...Object.keys(PARTNER_LABELS).map((key) => `health.partner.${key}`),
]);

/**
 * Whether a field message (`policy.health.`…) is shown in the health section; a list item's is
 * shown on its list.
 *
 * @example
 * isHealthFieldPlaced('policy.health.thresholds.leadTime.redDays') //=> true
 * isHealthFieldPlaced('policy.health.defectEscape.labels.2') //=> true
 * isHealthFieldPlaced('policy.health.colour') //=> false
 */
export function isHealthFieldPlaced(path: string): boolean {
  return PLACED.has(fieldOf(path));
}

/**
 * A health path in words, for the history and the unreadable notice; undefined outside `health`.
 *
 * @example
 * healthPathLabel('health.thresholds.leadTime.redDays') //=> 'Health signals · Lead time · Red above (days)'
 * healthPathLabel('policy.health.defectEscape.labels.0') //=> 'Health signals · Labels of bugs found by users · #1'
 */
export function healthPathLabel(path: string): string | undefined {
  const parts = path.replace(/^policy\./, '').split('.');
  if (parts[0] !== 'health') return undefined;
  const words = ['Health signals'];
  const [, group, name, key, ...rest] = parts;
  let tail: string[] = [];
  if (group === 'thresholds' && name !== undefined) {
    const row = SIGNAL_ROWS.find((r) => r.signal === name);
    const field = row?.fields.find((f) => f.key === key);
    words.push(row?.title ?? name);
    if (key !== undefined) words.push(field?.label ?? key);
    tail = rest;
  } else if (group === 'defectEscape' && name !== undefined) {
    words.push(DEFECT_ESCAPE_LABELS[name as keyof typeof DEFECT_ESCAPE_LABELS] ?? name);
    tail = key === undefined ? [] : [key, ...rest];
  } else if (group === 'partner' && name !== undefined) {
    words.push(PARTNER_LABELS[name as keyof typeof PARTNER_LABELS] ?? name);
    tail = key === undefined ? [] : [key, ...rest];
  } else if (group !== undefined) {
    words.push(group === 'thresholds' ? 'Thresholds' : group === 'defectEscape' ? 'Defect escape' : group === 'partner' ? 'Partner signal' : group);
    tail = [name, key, ...rest].filter((p): p is string => p !== undefined);
  }
  return [...words, ...tail.map(partWords({}))].join(' · ');
}
