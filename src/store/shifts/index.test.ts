import assert from 'node:assert/strict';
import { it } from 'node:test';
import * as shifts from './index.js';

it('src/store/shifts/index.ts exports exactly the public surface', () => {
  assert.deepEqual(Object.keys(shifts).sort(), ['PhraseCounter', 'RANK_DEFAULTS', 'SHIFT_DEFAULTS']);
});
