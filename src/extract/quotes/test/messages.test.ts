// Unbalanced marks: a message with its position, and what can be recovered is kept.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { run } from './support.js';

test('an unclosed quote is kept to the end of its paragraph, with a warning at its mark', () => {
  const text = 'Winston Peters spoke on Tuesday.\n\n“We will keep working with our partners, Mr Peters said.\n\nThe talks ended.';
  const r = run(text);
  const warning = r.messages.find((m) => m.code === 'unclosed-quote');
  assert.ok(warning, 'an unclosed-quote message');
  assert.equal(text[warning.start!], '“');
  assert.equal(r.output.quotes.length, 1);
  assert.equal(r.output.quotes[0]!.text, 'We will keep working with our partners, Mr Peters said.');
});

test('a closing mark with no opening one is reported where it is', () => {
  const text = 'The talks went well, he said.” The minister left.';
  const r = run(text);
  const m = r.messages.find((x) => x.code === 'unopened-quote');
  assert.ok(m);
  assert.equal(text[m.start!], '”');
});

test('a wrong-facing mark at a paragraph end closes the open quote', () => {
  const text = 'Kurt Campbell spoke in Washington.\n\n“We are gratified by the interest of allies. “\n\nCampbell is well known in Wellington.';
  const r = run(text);
  assert.equal(r.output.quotes.length, 1);
  assert.equal(r.output.quotes[0]!.text, 'We are gratified by the interest of allies.');
  assert.equal(r.messages.filter((m) => m.code === 'unclosed-quote').length, 0);
});

test('a continued quote that never closes is recovered to its last paragraph, with parts', () => {
  const text = 'Winston Peters spoke.\n\n“First paragraph of the quote.\n\n“Second paragraph, never closed.\n\nA caption.';
  const r = run(text);
  const q = r.output.quotes[0]!;
  assert.equal(q.parts?.length, 2);
  assert.equal(text.slice(q.parts![1]!.start, q.parts![1]!.end), 'Second paragraph, never closed.');
  assert.ok(r.messages.some((m) => m.code === 'unclosed-quote'));
});

test('every span is its text and parts lie inside the quote', () => {
  const r = run('Jacinda Ardern spoke.\n\n“One.\n\n“Two and three,” she said. “Four ‘five six’ seven,” she added.');
  for (const q of r.output.quotes) {
    assert.equal(r.doc.text.slice(q.start, q.end), q.text);
    for (const p of q.parts ?? []) assert.ok(q.start <= p.start && p.end <= q.end);
    if (q.speaker && q.speaker.mention.end > 0) assert.equal(r.doc.text.slice(q.speaker.mention.start, q.speaker.mention.end), q.speaker.mention.text);
    if (q.cueSpan) assert.equal(r.doc.text.slice(q.cueSpan.start, q.cueSpan.end), q.cue);
  }
});
