import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError } from '../../../core/index.js';
import { createSegmentStage, SEGMENT_DEFAULTS, segmentStage } from '../index.js';
import { documentOf, segment } from './support.js';

test('declares its name, version and requirements', () => {
  assert.equal(segmentStage.name, 'segment');
  assert.equal(segmentStage.version, 2);
  assert.deepEqual(segmentStage.requires, []);
});

test('defaults and the stage are frozen', () => {
  assert.ok(Object.isFrozen(SEGMENT_DEFAULTS));
  assert.ok(Object.isFrozen(SEGMENT_DEFAULTS.lexicon.abbreviations.titles));
  assert.ok(Object.isFrozen(segmentStage));
});

test('numbers each sentence with its paragraph', () => {
  const { output } = segment('First one. Second one.\n\nThird one.');
  assert.deepEqual(
    output.sentences.map((s) => [s.text, s.paragraph]),
    [['First one.', 0], ['Second one.', 0], ['Third one.', 1]],
  );
  assert.deepEqual(output.paragraphs.map((p) => p.text), ['First one. Second one.', 'Third one.']);
});

test('a long run without a sentence break is an info message, not an exception', () => {
  const text = `Intro.\n\n${'word '.repeat(1200)}end`;
  const { output, messages } = segment(text);
  const long = output.sentences[1]!;
  assert.ok(long.end - long.start > SEGMENT_DEFAULTS.longSentenceChars);
  assert.equal(messages.length, 1);
  assert.deepEqual(
    { code: messages[0]!.code, severity: messages[0]!.severity, origin: messages[0]!.origin, start: messages[0]!.start, end: messages[0]!.end },
    { code: 'long-sentence', severity: 'info', origin: 'segment', start: long.start, end: long.end },
  );
});

test('the long-sentence threshold is an option', () => {
  const stage = createSegmentStage({ longSentenceChars: 10 });
  const { messages } = stage.run(documentOf('Short. This one is longer than ten.'), { outputs: new Map() });
  assert.deepEqual(messages.map((m) => [m.start, m.end]), [[7, 35]]);
});

test('a bad option is a ConfigError that names the option', () => {
  for (const longSentenceChars of [0, -1, 2.5, Number.NaN]) {
    assert.throws(() => createSegmentStage({ longSentenceChars }), (error: unknown) => error instanceof ConfigError && /longSentenceChars/.test(error.message));
  }
});

test('the lexicon is an option: another list, another behaviour', () => {
  const base = SEGMENT_DEFAULTS.lexicon;
  const stage = createSegmentStage({
    lexicon: { ...base, abbreviations: { ...base.abbreviations, titles: [...base.abbreviations.titles, 'Cllr'] } },
  });
  const text = 'Cllr. Brown voted.';
  assert.equal(segment(text).output.sentences.length, 2);
  assert.equal(stage.run(documentOf(text), { outputs: new Map() }).output.sentences.length, 1);
});
