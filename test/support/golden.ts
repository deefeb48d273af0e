import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Compares `actual` with the JSON golden at `path`. A missing golden is written
 * on first run; existing goldens are rewritten only with UPDATE=1, so every
 * change to one shows up in review as a diff.
 */
export function expectGolden(path: string, actual: unknown): void {
  const json = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE === '1' || !existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, json);
    return;
  }
  assert.deepEqual(JSON.parse(json), JSON.parse(readFileSync(path, 'utf8')), `golden ${path} differs; rerun with UPDATE=1 if the change is intended`);
}
