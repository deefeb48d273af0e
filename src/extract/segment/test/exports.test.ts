import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as extract from '../../index.js';
import * as segment from '../index.js';

test('segment/index.ts exports exactly its public surface', () => {
  assert.deepEqual(Object.keys(segment).sort(), ['SEGMENT_DEFAULTS', 'createSegmentStage', 'segmentStage']);
});

test('extract/index.ts exports the stages and defaultStages', () => {
  assert.deepEqual(Object.keys(extract).sort(), [
    'FINGERPRINT_DEFAULTS',
    'createEntitiesStage',
    'createFingerprintsStage',
    'createQuotesStage',
    'createSegmentStage',
    'defaultStages',
    'entitiesStage',
    'fingerprintText',
    'fingerprintsStage',
    'quotesStage',
    'reuseTokens',
    'segmentStage',
  ]);
  assert.deepEqual(extract.defaultStages, [extract.segmentStage, extract.entitiesStage, extract.quotesStage, extract.fingerprintsStage]);
  assert.ok(Object.isFrozen(extract.defaultStages));
});
