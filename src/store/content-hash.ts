import { createHash } from 'node:crypto';
import type { DocumentRecord } from './store.js';

/**
 * What decides "unchanged": everything the store keeps about a document except
 * stage outputs, which are pinned by stage versions (a stage bumps its version
 * when its output changes). Path and format are included so a moved file
 * updates its stored path instead of being skipped. The text is hashed
 * directly rather than inside the JSON: escaping megabytes of text costs more
 * than hashing them.
 */
export function contentHash(record: DocumentRecord): string {
  const { document, stages } = record;
  const fields = JSON.stringify([
    document.path,
    document.format,
    document.bytes,
    document.meta,
    document.messages,
    stages.map((stage) => [stage.name, stage.version]),
  ]);
  return createHash('sha256').update(fields).update('\n').update(document.text).digest('hex').slice(0, 16);
}
