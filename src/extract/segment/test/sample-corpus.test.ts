import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { spanMatches } from '../../../core/index.js';
import { segment } from './support.js';

// The project's defining examples live beside the repo, not in it: skip when absent.
const dir = new URL('../../../../../shared/sample-corpus/', import.meta.url).pathname;
const present = existsSync(dir);

test('every span in the shared sample corpus reproduces its text', { skip: present ? false : `no ${dir}` }, () => {
  const files = readdirSync(dir).filter((name) => name.endsWith('.txt'));
  assert.ok(files.length > 0);
  for (const name of files) {
    // Crude front-matter strip: enough for a span check, not a reader.
    const text = readFileSync(join(dir, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    const { output, messages } = segment(text);
    assert.ok(output.sentences.length > 0, name);
    for (const span of [...output.paragraphs, ...output.sentences]) assert.ok(spanMatches(text, span), `${name}: ${span.start}-${span.end}`);
    assert.deepEqual(messages, [], name);
  }
});
