/** What each offline check reports, and how forge-check prints it. */

export type FindingLevel = 'error' | 'warning';

export interface Finding {
  level: FindingLevel;
  /** Which check found it: "manifest", "lint", "scopes", "tsconfig". */
  check: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  /** The rule or reference the tool gave, e.g. "valid-module-required". */
  reference?: string;
}

export function formatFinding(f: Finding): string {
  const where = f.file ? `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ''}` : ''}  ` : '';
  const ref = f.reference ? `  (${f.reference})` : '';
  return `  ${f.level === 'error' ? 'error  ' : 'warning'}  ${where}${f.message}${ref}`;
}

export function countByLevel(findings: readonly Finding[]): { errors: number; warnings: number } {
  return {
    errors: findings.filter((f) => f.level === 'error').length,
    warnings: findings.filter((f) => f.level === 'warning').length,
  };
}
