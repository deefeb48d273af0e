// Transcript turns: the words after a speaker's label are that speaker's, kind `turn`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lines, run } from './support.js';

const transcript = [
  'PRIME MINISTER JOHN HOWARD - PRESS CONFERENCE, WELLINGTON',
  'PRIME MINISTER: Thank you. We had a very good meeting today.',
  'JOURNALIST: Prime Minister, what did Helen Clark say about trade?',
  'PRIME MINISTER: She said, and I quote, "the door is open", and I agree with her.',
  'CLARK: We did say that, and we meant it.',
].join('\n\n');

test('each label opens a turn of its speaker; an unnamed journalist is nobody', () => {
  const r = run(transcript, { kind: 'speech' });
  const turns = r.output.quotes.filter((q) => q.kind === 'turn');
  assert.deepEqual(
    turns.map((q) => q.text),
    ['Thank you. We had a very good meeting today.', 'Prime Minister, what did Helen Clark say about trade?', 'She said, and I quote, "the door is open", and I agree with her.', 'We did say that, and we meant it.'],
  );
  assert.equal(turns[1]!.speaker, null);
  assert.equal(turns[0]!.speaker?.via, 'label');
  assert.equal(turns[0]!.speaker?.mention.text, 'PRIME MINISTER');
  const clark = turns[3]!.speaker;
  assert.ok(clark && clark.entity !== null, 'CLARK is a person');
  assert.equal(r.entities.entities[clark.entity!]!.name, 'Helen Clark');
});

test('a quote inside a turn is kept only with a cue, and is its own speaker\'s', () => {
  const r = run(transcript, { kind: 'speech' });
  const inner = lines(r).filter((l) => !l.startsWith('turn'));
  assert.deepEqual(inner, ['partial “the door is open” ← Helen Clark [She, pronoun] (said)']);
});
