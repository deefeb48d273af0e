import { sql } from 'kysely';

/** A column of the table an UPDATE (or outer SELECT) reads, seen from a correlated subquery (which Kysely cannot type). */
export const outer = <T = string>(column: string) => sql.ref<T>(column);
