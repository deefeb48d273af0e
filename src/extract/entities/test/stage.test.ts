import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEntitiesStage, ENTITIES_DEFAULTS, entitiesStage } from '../index.js';
import { documentOf, runStage } from './support.js';

test('declares its name, version and requirements', () => {
  assert.equal(entitiesStage.name, 'entities');
  assert.equal(entitiesStage.version, 18);
  assert.deepEqual(entitiesStage.requires, ['segment']);
});

test('defaults and the stage are frozen', () => {
  assert.ok(Object.isFrozen(ENTITIES_DEFAULTS));
  assert.ok(Object.isFrozen(ENTITIES_DEFAULTS.lexicon.countries));
  assert.ok(Object.isFrozen(ENTITIES_DEFAULTS.lexicon.offices[0]));
  assert.ok(Object.isFrozen(entitiesStage));
});

test('without a tagger, rules and gazetteers still find titled and honorific names', () => {
  const { output, messages } = runStage(createEntitiesStage({ tagger: null }), documentOf('Foreign Minister Winston Peters met Mr Blinken in Brussels.'));
  assert.deepEqual(messages, []);
  assert.deepEqual(output.entities.map((e) => [e.type, e.name]), [['person', 'Winston Peters'], ['person', 'Blinken'], ['place', 'Brussels']]);
});

test('the default stage runs the committed tagger, or says it could not', () => {
  const { output, messages } = runStage(entitiesStage, documentOf('Nanaia Mahuta went to the summit last year.'));
  if (messages.some((m) => m.code === 'no-tagger')) assert.equal(messages[0]!.severity, 'info');
  else assert.deepEqual(output.entities.map((e) => [e.type, e.name]), [['person', 'Nanaia Mahuta']]);
});

test('the lexicon is an option: another gazetteer, another result', () => {
  const base = ENTITIES_DEFAULTS.lexicon;
  const stage = createEntitiesStage({ tagger: null, lexicon: { ...base, organisations: [...base.organisations, ['Kāpiti Trade Institute', ['KTI'], 'New Zealand']] } });
  const text = 'The KTI report was published.';
  assert.deepEqual(runStage(createEntitiesStage({ tagger: null }), documentOf(text)).output.entities, []);
  assert.deepEqual(runStage(stage, documentOf(text)).output.entities.map((e) => [e.key, e.name]), [['org:kapiti-trade-institute', 'Kāpiti Trade Institute']]);
});

test('an empty document gives empty output', () => {
  assert.deepEqual(runStage(entitiesStage, documentOf('')).output, { mentions: [], entities: [], officeMentions: [], country: null });
});
