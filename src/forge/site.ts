/** The site an invocation runs for: Forge's installContext (trusted, set by the platform), or undefined when absent. */
export function siteOf(context: unknown): string | undefined {
  const installContext = (context as { installContext?: unknown } | undefined)?.installContext;
  return typeof installContext === 'string' && installContext.length > 0 ? installContext : undefined;
}
