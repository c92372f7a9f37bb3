/**
 * The app-storage adapters query indexes and write attributes that manifest.yml
 * must declare, with matching partitions and types; a mismatch only shows on a
 * real Forge site, so it is checked here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ACCEPTANCE_ENTITY, DECISION_ENTITY, POLICY_ENTITY, acceptanceRow, decisionRow } from '../../../src/store/entities';
import { aDecision } from '../../support/builders';

interface EntityDeclaration {
  name: string;
  attributes: Record<string, { type: 'string' | 'integer' | 'float' | 'boolean' | 'any' }>;
  indexes: (string | { name: string; partition?: string[]; range?: string[] })[];
}

const manifest = parse(readFileSync(join(__dirname, '../../../manifest.yml'), 'utf8')) as { app: { storage: { entities: EntityDeclaration[] } } };
const entity = (name: string) => {
  const found = manifest.app.storage.entities.find((e) => e.name === name);
  if (!found) throw new Error(`manifest.yml declares no entity ${name}`);
  return found;
};
const index = (entityName: string, indexName: string) => entity(entityName).indexes.find((i) => typeof i !== 'string' && i.name === indexName) as { partition?: string[]; range?: string[] };

const matchesType = (value: unknown, type: string) =>
  type === 'any' || (type === 'string' && typeof value === 'string') || (type === 'float' && typeof value === 'number') || (type === 'integer' && Number.isInteger(value) && Math.abs(value as number) < 2 ** 31) || (type === 'boolean' && typeof value === 'boolean');

describe('manifest.yml declares what the storage adapters use', () => {
  it('the decision indexes the adapter queries, with the partitions it passes', () => {
    expect(index(DECISION_ENTITY, 'by-project').partition).toEqual(['projectKey']);
    expect(index(DECISION_ENTITY, 'by-issue').partition).toEqual(['projectKey', 'issueId']);
    expect(index(DECISION_ENTITY, 'by-status-due').partition).toEqual(['projectKey', 'status']);
    expect(index(DECISION_ENTITY, 'by-status-due').range).toEqual(['dueAtSort']);
    expect(index(ACCEPTANCE_ENTITY, 'by-project').partition).toEqual(['projectKey']);
    expect(entity(POLICY_ENTITY).attributes.version!.type).toBe('integer');
  });

  it.each([
    ['decision with an SLA', DECISION_ENTITY, decisionRow(aDecision({}))],
    ['decision without an SLA', DECISION_ENTITY, decisionRow(aDecision({ dueAt: null }))],
    ['acceptance record', ACCEPTANCE_ENTITY, acceptanceRow({ projectKey: 'ENG', issueId: '10001', issueKey: 'ENG-1', verdicts: [], version: 1 })],
  ])('a stored %s has exactly the declared attributes, each of its declared type', (_what, name, row) => {
    const declared = entity(name).attributes;
    expect(Object.keys(row).sort()).toEqual(Object.keys(declared).sort());
    for (const [attribute, { type }] of Object.entries(declared)) expect([attribute, matchesType((row as unknown as Record<string, unknown>)[attribute], type)]).toEqual([attribute, true]);
  });
});
