import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as times from '../index.js';

test('times/index.ts exports exactly its public surface', () => {
  assert.deepEqual(Object.keys(times).sort(), ['TIMES_DEFAULTS', 'createTimesStage', 'dayOrderOf', 'embargoDay', 'hemisphereOf', 'resolveTimes', 'statedPublication', 'timesStage']);
  assert.equal(times.timesStage.name, 'times');
  assert.equal(times.timesStage.version, 2);
  assert.deepEqual(times.timesStage.requires, ['segment']);
});
