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
    'createEventsStage',
    'createFingerprintsStage',
    'createQuotesStage',
    'createSegmentStage',
    'createTimesStage',
    'defaultStages',
    'entitiesStage',
    'eventsStage',
    'fingerprintText',
    'fingerprintsStage',
    'quotesStage',
    'resolveTimes',
    'reuseTokens',
    'segmentStage',
    'statedPublication',
    'timesStage',
  ]);
  assert.deepEqual(extract.defaultStages, [extract.segmentStage, extract.entitiesStage, extract.quotesStage, extract.timesStage, extract.eventsStage, extract.fingerprintsStage]);
  assert.ok(Object.isFrozen(extract.defaultStages));
});
