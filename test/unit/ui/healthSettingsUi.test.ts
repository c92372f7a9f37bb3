/** The settings page's health section without a browser: the form's text ↔ the health settings, defaults, and how paths are named. */
import { defaultHealthSettings, type HealthSettingsInput } from '../../../src/contract/healthSettings';
import { validatePolicy } from '../../../src/domain/policy/schema';
import {
  defaultHealthDraft,
  healthDraftFrom,
  healthFromDraft,
  healthPathLabel,
  healthValueWords,
  isHealthFieldPlaced,
  namesFrom,
  SIGNAL_ROWS,
  thresholdHint,
} from '../../../static/settings/src/policy/healthDraft';
import { pathLabel } from '../../../static/settings/src/policy/policyDraft';
import { historyValueWords } from '../../../static/settings/src/policy/historyWords';
import { aPolicy } from '../domain/policyBuilders';

const custom = (): HealthSettingsInput => {
  const h = defaultHealthSettings();
  h.thresholds.leadTime = { amberDays: 10.5, redDays: 21 };
  h.thresholds.acceptance = { amberFirstPassPercent: 90, redFirstPassPercent: 75 };
  h.defectEscape = { bugTypes: ['Bug', 'Defect'], foundBy: 'label', labels: ['found-in-prod'], windowDays: 14 };
  return h;
};

describe('the health section’s draft', () => {
  it('edits every threshold the settings have, and nothing else', () => {
    const defaults = defaultHealthSettings().thresholds;
    expect(SIGNAL_ROWS.map((r) => r.signal).sort()).toEqual(Object.keys(defaults).sort());
    for (const row of SIGNAL_ROWS) expect(row.fields.map((f) => f.key).sort()).toEqual(Object.keys(defaults[row.signal]).sort());
  });

  it('round-trips, lists as comma-separated text', () => {
    const health = custom();
    const draft = healthDraftFrom(health);
    expect(draft.defectEscape).toEqual({ bugTypes: 'Bug, Defect', foundBy: 'label', labels: 'found-in-prod', windowDays: '14' });
    expect(draft.thresholds.leadTime).toEqual({ amberDays: '10.5', redDays: '21' });
    const fields = {};
    expect(healthFromDraft(draft, fields)).toEqual(health);
    expect(fields).toEqual({});
  });

  it('splits names on commas, trims them and drops empty ones', () => {
    expect(namesFrom(' Bug ,Defect,, ,Incident ')).toEqual(['Bug', 'Defect', 'Incident']);
    expect(namesFrom('')).toEqual([]);
    expect(namesFrom(' , ')).toEqual([]);
  });

  it('reports a box without a number under the server’s path', () => {
    const draft = defaultHealthDraft();
    draft.thresholds.blockers.redHours = '';
    draft.thresholds.scope.sharePercent = '5 %';
    draft.defectEscape.windowDays = 'a week';
    const fields: Record<string, string> = {};
    healthFromDraft(draft, fields);
    expect(fields).toEqual({
      'policy.health.thresholds.blockers.redHours': 'Enter a number.',
      'policy.health.thresholds.scope.sharePercent': 'Enter a number.',
      'policy.health.defectEscape.windowDays': 'Enter a number.',
    });
  });

  it('resets to the documented defaults, which the server accepts as they are', () => {
    const fields = {};
    const health = healthFromDraft(defaultHealthDraft(), fields);
    expect(health).toEqual(defaultHealthSettings());
    expect(validatePolicy({ ...aPolicy(), health }).ok).toBe(true);
  });

  it('shows each threshold’s default and range', () => {
    const [amber, red] = SIGNAL_ROWS.find((r) => r.signal === 'predictability')!.fields;
    expect(thresholdHint('predictability', amber!)).toBe('Default 1 · 1–3, whole numbers');
    expect(thresholdHint('predictability', red!)).toBe('Default 2 · 1–3, whole numbers');
    const rate = SIGNAL_ROWS.find((r) => r.signal === 'defectEscape')!.fields[1]!;
    expect(thresholdHint('defectEscape', rate)).toBe('Default 0.25 · 0–10');
  });
});

describe('naming health paths', () => {
  it('in the history and the unreadable notice', () => {
    expect(pathLabel('health.thresholds.leadTime.redDays')).toBe('Health signals · Lead time · Red above (days)');
    expect(pathLabel('policy.health.thresholds.acceptance.amberFirstPassPercent')).toBe('Health signals · First-pass acceptance · Amber below (%)');
    expect(pathLabel('health.defectEscape.labels.1')).toBe('Health signals · Labels of bugs found by users · #2');
    expect(pathLabel('health.defectEscape.foundBy')).toBe('Health signals · Found by users');
    expect(pathLabel('health')).toBe('Health signals');
    expect(healthPathLabel('health.thresholds')).toBe('Health signals · Thresholds');
    expect(healthPathLabel('health.colour')).toBe('Health signals · colour');
    expect(healthPathLabel('acceptance.readyStatus')).toBeUndefined();
    // The acceptance settings keep their own words.
    expect(pathLabel('acceptance.readyStatus')).toBe('Acceptance · ready for acceptance status');
  });

  it('says the found-by mode in words', () => {
    expect(healthValueWords('health.defectEscape.foundBy', 'client-reporter')).toBe('Reported by someone on the client team');
    expect(healthValueWords('health.defectEscape.foundBy', 'gone')).toBe('gone');
    expect(healthValueWords('budgetPoints', 'label')).toBe('label');
    // The history's words: the escalation mode by name, switches on and off, the rest as the health words.
    expect(historyValueWords('policy.escalation.mode', 'live')).toBe('Live');
    expect(historyValueWords('escalation.mode', 'preview')).toBe('Preview');
    expect(historyValueWords('policy.acceptance.gateEnabled', 'false')).toBe('off');
    expect(historyValueWords('escalation.rules.blocker.enabled', 'true')).toBe('on');
    expect(historyValueWords('health.defectEscape.foundBy', 'client-reporter')).toBe('Reported by someone on the client team');
    expect(historyValueWords('budgetPoints', '120')).toBe('120');
  });

  it('places every field message the section can show, and leaves the rest to the list under the form', () => {
    for (const path of ['policy.health', 'policy.health.thresholds.leadTime', 'policy.health.thresholds.blockers.amberHours', 'policy.health.defectEscape.bugTypes', 'policy.health.defectEscape.labels.3']) expect(isHealthFieldPlaced(path)).toBe(true);
    for (const path of ['policy.health.colour', 'policy.health.thresholds.velocity', 'policy.health.thresholds.leadTime.greenDays', 'policy.budgetPoints']) expect(isHealthFieldPlaced(path)).toBe(false);
  });
});
