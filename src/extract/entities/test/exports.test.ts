import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as entities from '../index.js';

test('entities/index.ts exports exactly its public surface', () => {
  assert.deepEqual(Object.keys(entities).sort(), [
    'ENTITIES_DEFAULTS',
    'byPreference',
    'canonicalName',
    'canonicalOffice',
    'createEntitiesStage',
    'entitiesStage',
    'entityKey',
    'foldDiacritics',
    'mentionOverlapping',
    'mentionsStartingIn',
    'nameFold',
    'oneHolderOffice',
    'primaryRole',
    'slugify',
    'stripHonorifics',
    'stripPossessive',
    'surnameOf',
  ]);
});
