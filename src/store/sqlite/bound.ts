import type Database from 'better-sqlite3';
import type { Compilable } from 'kysely';

/** A prepared statement that binds the values Kysely compiled into it before any `@named` ones. */
export interface Bound {
  run(named?: Record<string, unknown>): Database.RunResult;
  get<T>(named?: Record<string, unknown>): T | undefined;
  all<T>(named?: Record<string, unknown>): T[];
}

/**
 * Prepares a Kysely-built statement once. Literal values in the builder
 * (`where('form', '=', 'full')`) compile to `?` parameters, which are bound
 * here every time; per-call values use `@name` placeholders.
 */
export function bind(raw: Database.Database, query: Compilable): Bound {
  const compiled = query.compile();
  const statement = raw.prepare(compiled.sql);
  const positional = compiled.parameters as unknown[];
  const args = (named?: Record<string, unknown>) => (named ? [...positional, named] : positional);
  return {
    run: (named) => statement.run(...args(named)),
    get: <T>(named?: Record<string, unknown>) => statement.get(...args(named)) as T | undefined,
    all: <T>(named?: Record<string, unknown>) => statement.all(...args(named)) as T[],
  };
}

/** `bind` over a record of statements, keeping the names. */
export function bindAll<T extends Record<string, Compilable>>(raw: Database.Database, queries: T): { readonly [K in keyof T]: Bound } {
  return Object.fromEntries(Object.entries(queries).map(([name, query]) => [name, bind(raw, query)])) as { [K in keyof T]: Bound };
}

/** Rows per multi-row INSERT: enough to amortise a statement run, few enough for SQLite's parameter limit. */
const ROWS_PER_INSERT = 16;

/**
 * Inserts many rows of one table, `ROWS_PER_INSERT` per statement run: on
 * the write path's hundreds of thousands of small rows this costs about 40%
 * less than one run per row. Call `flush` before anything reads the table.
 */
export class BulkInsert {
  private readonly one: Database.Statement;
  private readonly many: Database.Statement;
  private readonly buffer: unknown[] = [];
  private rows = 0;

  /** `insert(rows)` builds the INSERT of `rows` rows of `width` positional values. */
  constructor(
    raw: Database.Database,
    insert: (rows: number) => Compilable,
    private readonly width: number,
  ) {
    this.one = raw.prepare(insert(1).compile().sql);
    this.many = raw.prepare(insert(ROWS_PER_INSERT).compile().sql);
  }

  add(values: readonly unknown[]): void {
    for (const value of values) this.buffer.push(value);
    this.rows += 1;
    if (this.rows === ROWS_PER_INSERT) {
      this.many.run(this.buffer);
      this.buffer.length = 0;
      this.rows = 0;
    }
  }

  /** Forgets buffered rows: after a failed transaction they must not reach the next one. */
  clear(): void {
    this.buffer.length = 0;
    this.rows = 0;
  }

  flush(): void {
    const { width } = this;
    for (let i = 0; i < this.rows; i++) this.one.run(this.buffer.slice(i * width, (i + 1) * width));
    this.buffer.length = 0;
    this.rows = 0;
  }
}
