/** Jira's error body (ErrorCollection) and a throwable carrying it with its HTTP status. */
export interface ErrorCollection {
  errorMessages: string[];
  errors: Record<string, string>;
}

export class JiraHttpError extends Error {
  constructor(
    readonly status: number,
    readonly errorMessages: string[],
    readonly errors: Record<string, string> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(errorMessages[0] ?? Object.values(errors)[0] ?? `HTTP ${status}`);
  }

  body(): ErrorCollection {
    return { errorMessages: this.errorMessages, errors: this.errors };
  }
}

export const badRequest = (message: string): JiraHttpError => new JiraHttpError(400, [message]);
export const fieldErrors = (errors: Record<string, string>): JiraHttpError => new JiraHttpError(400, [], errors);
export const notFound = (message: string): JiraHttpError => new JiraHttpError(404, [message]);
export const forbidden = (message: string): JiraHttpError => new JiraHttpError(403, [message]);
/** No credentials, or an unknown/inactive `x-sandbox-as`; `headers` carries the WWW-Authenticate challenge. */
export const unauthorized = (headers: Record<string, string> = {}): JiraHttpError =>
  new JiraHttpError(401, ['You are not authenticated. Authentication required to perform this operation.'], {}, headers);
/** Credentials given but refused: an unknown email, a wrong token, an inactive user. */
export const authenticationFailed = (headers: Record<string, string> = {}): JiraHttpError =>
  new JiraHttpError(401, ['Client must be authenticated to access this resource.'], {}, headers);

export const ISSUE_NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';
export const INVALID_PAYLOAD = 'Invalid request payload. Refer to the REST API documentation and try again.';
