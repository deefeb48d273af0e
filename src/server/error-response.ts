import { NotFoundError, ParleyError, QuerySyntaxError, QueryTimeoutError, StoreError, UsageError } from '../core/index.js';
import { ForbiddenError, UnauthorizedError } from './access.js';

export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly position?: number };
}

// Most specific class first: QuerySyntaxError is a UsageError.
const CODES: ReadonlyArray<readonly [new (...args: never[]) => ParleyError, string]> = [
  [QuerySyntaxError, 'query-syntax'],
  [UsageError, 'bad-request'],
  [NotFoundError, 'not-found'],
  [StoreError, 'store-unavailable'],
  [QueryTimeoutError, 'query-timeout'],
  [ForbiddenError, 'forbidden'],
  [UnauthorizedError, 'unauthorized'],
];

/** The single place where a thrown error becomes an HTTP status and a JSON body. */
export function errorResponse(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof ParleyError) {
    const code = CODES.find(([type]) => error instanceof type)?.[1] ?? 'server-error';
    const position = error instanceof QuerySyntaxError ? { position: error.position } : {};
    return { status: error.httpStatus, body: { error: { code, message: error.message, ...position } } };
  }
  return { status: 500, body: { error: { code: 'internal', message: 'Internal error; the server log has the details.' } } };
}
