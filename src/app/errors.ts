import type { ErrorCode, ResolverError } from '../contract/resolvers';

/** An error a use case raises on purpose; the resolver layer turns it into `{ok:false, error}`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toResolverError(): ResolverError {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}

export const forbidden = (message: string) => new AppError('forbidden', message);
export const notFound = (message: string) => new AppError('not_found', message);
export const invalid = (message: string, fields?: Record<string, string>) => new AppError('invalid', message, fields);
