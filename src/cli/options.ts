import { InvalidArgumentError } from 'commander';

/** Commander parser for a positive whole number, naming the flag in its error. */
export function parsePositiveInt(flag: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`${flag} must be a positive whole number (got '${value}').`);
    return n;
  };
}

/** Collects a repeatable flag (`--source a --source b`) into a list. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export function oneOf<T extends string>(flag: string, allowed: readonly T[]): (value: string) => T {
  return (value) => {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw new InvalidArgumentError(`Unknown ${flag} '${value}': use ${allowed.join(' or ')}.`);
  };
}

/** Flags the user left out, dropped, so a schema's defaults apply. */
export function dropUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
