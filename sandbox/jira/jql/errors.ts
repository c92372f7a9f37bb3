/** JQL errors: syntax errors carry Jira's "Error in the JQL Query:" prefix and position; validation errors do not. */
export class JqlError extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join(' '));
  }
}

/** Jira's "(line L, character C)" suffix for a 0-based offset. */
export function position(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const character = offset - before.lastIndexOf('\n');
  return `(line ${line}, character ${character})`;
}

export function syntaxError(text: string, offset: number, message: string): JqlError {
  return new JqlError([`Error in the JQL Query: ${message} ${position(text, offset)}`]);
}
