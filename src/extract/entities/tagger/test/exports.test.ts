import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as tagger from '../index.js';

test('tagger/index.ts exports exactly its public surface', () => {
  assert.deepEqual(Object.keys(tagger).sort(), ['loadTagger', 'tokenize']);
});
