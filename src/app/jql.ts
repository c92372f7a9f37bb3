/** Quotes a value for JQL so a project key or name can never change the query's meaning. */
export function jqlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
