import { generateEngagement } from '../../../sandbox/demo/generate';
import { NOW, changelogItemCount } from './fixtures';

describe('demo engagement at benchmark scale', () => {
  it('generates ~10 000 issues over 60 sprints with ~150 000 changelog items', () => {
    const data = generateEngagement({ now: NOW, issueCount: 10_000, closedSprints: 60 });
    expect(data.issues).toHaveLength(10_000);
    expect(data.sprints.filter((s) => s.state === 'closed')).toHaveLength(60);
    const items = changelogItemCount(data);
    expect(items).toBeGreaterThan(120_000);
    expect(items).toBeLessThan(180_000);
    expect(data.issues.filter((i) => i.fields.flagged).length).toBeGreaterThanOrEqual(4);
  }, 60_000);
});
