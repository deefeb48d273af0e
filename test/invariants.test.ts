import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { defaultPipeline } from '../src/app/index.js';
import { readDocument } from '../src/ingest/index.js';
import { readFileSync, readdirSync } from 'node:fs';

const ROOT = join(import.meta.dirname, '..');
const SAMPLE = join(ROOT, '..', 'shared', 'sample-corpus');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Every offset any stage or reader produced must point into `text`. */
function checkDocument(path: string): void {
  const processed = defaultPipeline().run(readDocument({ path, bytes: readFileSync(path) }));
  const { text, messages } = processed.document;
  for (const m of messages) {
    if (m.start === null) continue;
    assert.ok(m.end !== null && 0 <= m.start && m.start <= m.end && m.end <= text.length, `${path}: message ${m.code} span out of range`);
  }
  for (const stage of processed.stages) {
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        const span = value as { start?: unknown; end?: unknown; text?: unknown };
        if (typeof span.start === 'number' && typeof span.end === 'number') {
          assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${path}: ${stage.name} span out of range`);
          if (typeof span.text === 'string') assert.equal(text.slice(span.start, span.end), span.text, `${path}: ${stage.name} span text`);
        }
        Object.values(value).forEach(walk);
      }
    };
    walk(stage.output);
  }
}

describe('span invariants on real documents', () => {
  it('hold for every document of the demo corpus', () => {
    const files = filesUnder(join(ROOT, 'demo', 'corpus'));
    assert.ok(files.length >= 300);
    for (const file of files) checkDocument(file);
  });

  it('hold for the shared sample corpus', { skip: !existsSync(SAMPLE) && 'needs ../shared/sample-corpus' }, () => {
    for (const file of filesUnder(SAMPLE)) checkDocument(file);
  });
});
