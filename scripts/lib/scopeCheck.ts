/**
 * Our own scope check. The app's Jira calls go through one generic client, so
 * @forge/lint sees no literal `route` and cannot check them; the client instead
 * lists its operations (`JIRA_OPERATIONS`) and this compares them with the
 * manifest's `permissions.scopes` using the specs' scope declarations.
 */
import type { Finding } from './findings';
import { scopeSchemes, type JiraSpecs } from './jiraSpecs';

export interface DeclaredOperation {
  method: string;
  path: string;
}

/** Scopes the app needs for things other than Jira REST calls. */
export const NON_REST_SCOPES: ReadonlySet<string> = new Set(['storage:app']);

export interface ScopeReport {
  findings: Finding[];
  /** One line per operation: which scheme satisfied it. */
  satisfied: string[];
}

export function checkScopes(
  operations: readonly DeclaredOperation[],
  manifestScopes: readonly string[],
  specs: JiraSpecs,
  file = 'manifest.yml',
): ScopeReport {
  const held = new Set(manifestScopes);
  const used = new Set<string>();
  const findings: Finding[] = [];
  const satisfied: string[] = [];

  for (const declared of operations) {
    const name = `${declared.method.toUpperCase()} ${declared.path}`;
    const op = specs.findByTemplate(declared.method, declared.path);
    if (!op) {
      findings.push({ level: 'error', check: 'scopes', message: `${name} is not an operation of the Jira specs` });
      continue;
    }
    if (op.template !== declared.path) {
      findings.push({ level: 'warning', check: 'scopes', message: `${name}: the spec names its parameters ${op.template}` });
    }
    if (op.operation.deprecated) {
      findings.push({ level: 'warning', check: 'scopes', message: `${name} is deprecated in the ${op.spec} spec: ${op.operation.summary ?? ''}` });
    }
    const schemes = scopeSchemes(op);
    if (schemes.length === 0) {
      satisfied.push(`${name}: no OAuth2 scope in the ${op.spec} spec`);
      continue;
    }
    const ok = schemes.filter((scheme) => scheme.every((s) => held.has(s)));
    for (const scheme of ok) scheme.forEach((s) => used.add(s));
    if (ok.length > 0) {
      satisfied.push(`${name}: ${ok.map((s) => (s.length > 0 ? s.join(' + ') : '(no scope)')).join('  |  ')}`);
      continue;
    }
    schemes.flat().forEach((s) => used.add(s)); // held scopes of an unsatisfied operation are needed, just not enough
    const options = schemes
      .map((scheme) => {
        const missing = scheme.filter((s) => !held.has(s));
        return `add ${missing.join(', ')}`;
      })
      .join('  OR  ');
    findings.push({ level: 'error', check: 'scopes', file, message: `${name} (${op.spec} spec) lacks scopes: ${options}` });
  }

  for (const scope of manifestScopes) {
    if (used.has(scope) || NON_REST_SCOPES.has(scope)) continue;
    findings.push({ level: 'warning', check: 'scopes', file, message: `scope ${scope} is needed by no operation in JIRA_OPERATIONS` });
  }
  return { findings, satisfied };
}
