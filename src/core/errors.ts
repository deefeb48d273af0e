/**
 * Thrown errors are for misuse, configuration and infrastructure only; content
 * problems are messages on documents. Each class maps to one exit code and one
 * HTTP status, so the CLI and the server handle them in a single place.
 */
export class ParleyError extends Error {
  readonly exitCode: number = 1;
  readonly httpStatus: number = 500;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The caller passed a bad value: a flag, a query parameter, a body field. */
export class UsageError extends ParleyError {
  override readonly exitCode = 2;
  override readonly httpStatus = 400;
}

/** The setup is wrong: an unknown database URL, a stage graph with a cycle. */
export class ConfigError extends ParleyError {
  override readonly exitCode = 2;
  override readonly httpStatus = 500;
}

/** A full-text query that cannot be parsed; `position` is the 0-based offset of the problem. */
export class QuerySyntaxError extends UsageError {
  constructor(
    message: string,
    readonly query: string,
    readonly position: number,
  ) {
    super(message);
  }
}

export class NotFoundError extends ParleyError {
  override readonly exitCode = 3;
  override readonly httpStatus = 404;
}

/** The store failed underneath us (disk, lock, connection). */
export class StoreError extends ParleyError {
  override readonly exitCode = 4;
  override readonly httpStatus = 503;
}

/**
 * A read ran past its time budget and was cancelled. Not the caller's fault
 * and not a broken store: the same query may pass with a larger budget or a
 * narrower query, so the message names the budget and both fixes.
 */
export class QueryTimeoutError extends ParleyError {
  override readonly exitCode = 5;
  override readonly httpStatus = 503;
  constructor(
    message: string,
    readonly budgetMs: number,
  ) {
    super(message);
  }
}

/**
 * The server could not start: its port is taken, or the address cannot be
 * bound. Not misuse of a flag (the flag was valid) and not the store, so it
 * has its own exit code; the message names the port and the fix.
 */
export class StartupError extends ParleyError {
  override readonly exitCode = 6;
  override readonly httpStatus = 500;
}
