/** The partner signal in the Custom UI without a browser: its settings in the health section's draft, and how its numbers read on the project page. */
import { defaultHealthSettings } from '../../../src/contract/healthSettings';
import { validatePolicy } from '../../../src/domain/policy/schema';
import { partnerMonthName } from '../../../src/domain/health/partnerViews';
import { formatPartnerShare, partnerMonthWords } from '../../../static/project-page/src/health/partner/partnerWords';
import { defaultHealthDraft, healthDraftFrom, healthFromDraft, healthPathLabel, isHealthFieldPlaced, SIGNAL_ROWS, thresholdHint } from '../../../static/settings/src/policy/healthDraft';
import { aPolicy } from '../domain/policyBuilders';

describe('the partner settings in the health section', () => {
  it('idea types as comma-separated text, round-tripped; the defaults are the documented ones', () => {
    expect(defaultHealthDraft().partner).toEqual({ ideaTypes: 'Story, Improvement, Bug' });
    const health = defaultHealthSettings();
    health.partner.ideaTypes = ['Idea', 'Problem'];
    health.thresholds.partner = { amberPercent: 40, redPercent: 15 };
    const draft = healthDraftFrom(health);
    expect(draft.partner).toEqual({ ideaTypes: 'Idea, Problem' });
    expect(draft.thresholds.partner).toEqual({ amberPercent: '40', redPercent: '15' });
    const fields = {};
    expect(healthFromDraft({ ...draft, partner: { ideaTypes: ' Idea,, Problem , ' } }, fields)).toEqual(health);
    expect(fields).toEqual({});
    expect(validatePolicy({ ...aPolicy(), health }).ok).toBe(true);
  });

  it('its thresholds are a row of the signals, with their defaults as hints', () => {
    const row = SIGNAL_ROWS.find((r) => r.signal === 'partner')!;
    expect(row.title).toBe('Partner signal');
    expect(row.fields.map((f) => thresholdHint('partner', f))).toEqual(['Default 25 · 0–100', 'Default 10 · 0–100']);
  });

  it('an empty box is sent as no types, which the server refuses on the field the section shows', () => {
    const draft = { ...defaultHealthDraft(), partner: { ideaTypes: ' , ' } };
    const health = healthFromDraft(draft, {});
    const result = validatePolicy({ ...aPolicy(), health });
    expect(result.ok ? {} : result.fields).toEqual({ 'health.partner.ideaTypes': 'Name at least one issue type that is a new idea or problem' });
    expect(isHealthFieldPlaced('policy.health.partner.ideaTypes')).toBe(true);
    expect(isHealthFieldPlaced('policy.health.partner.ideaTypes.3')).toBe(true);
    expect(isHealthFieldPlaced('policy.health.partner')).toBe(true);
    expect(isHealthFieldPlaced('policy.health.thresholds.partner.redPercent')).toBe(true);
  });

  it('names its paths in the history', () => {
    expect(healthPathLabel('health.partner.ideaTypes')).toBe('Health signals · Idea and problem issue types');
    expect(healthPathLabel('policy.health.partner.ideaTypes.0')).toBe('Health signals · Idea and problem issue types · #1');
    expect(healthPathLabel('health.thresholds.partner.amberPercent')).toBe('Health signals · Partner signal · Amber below (%)');
  });
});

describe('the partner signal on the project page', () => {
  it('shares in whole percent as the tile words them; the current month says so far', () => {
    expect(formatPartnerShare(4 / 19)).toBe('21 %');
    expect(formatPartnerShare(0)).toBe('0 %');
    expect(formatPartnerShare(0.004)).toBe('less than 1 %');
    expect(formatPartnerShare(null)).toBe('—');
    expect(partnerMonthWords({ label: 'December 2026', complete: false })).toBe('December 2026 (so far)');
    expect(partnerMonthWords({ label: 'November 2026', complete: true })).toBe('November 2026');
    expect(partnerMonthName('2026-11')).toBe('November');
  });
});
