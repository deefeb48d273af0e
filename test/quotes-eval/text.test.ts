import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aligner } from '../../scripts/quotes-eval/align.js';
import { locate } from '../../scripts/quotes-eval/locate.js';
import { nameWords, sameName, judgeSpeaker } from '../../scripts/quotes-eval/speaker.js';
import { words, wordSpans, wordsIn } from '../../scripts/quotes-eval/words.js';

describe('words', () => {
  it('keeps apostrophes and hyphens inside words, drops marks and punctuation', () => {
    assert.deepEqual(words('“It’s a long-running, rules-based order,” he said.'), ["it's", 'a', 'long-running', 'rules-based', 'order', 'he', 'said']);
  });
  it('puts a word in a span by its middle', () => {
    const t = 'abc defg hi';
    const all = wordSpans(t);
    assert.deepEqual(wordsIn(all, [{ start: 1, end: 7 }]), [0, 1], 'a span cut one character into a word still holds it');
    assert.deepEqual(wordsIn(all, [{ start: 2, end: 5 }]), [], 'but not a word whose middle is outside');
  });
});

describe('locate', () => {
  const text = 'He said: “We will act.\n\n“And we will act again,” he said. We will act.';
  it('finds gold text across a paragraph break and its continuation mark, with straight marks in gold', () => {
    const at = locate(text, 'We will act.\n\nAnd we will act again');
    assert.ok(at.ok);
    assert.equal(text.slice(at.span.start, at.span.end), 'We will act.\n\n“And we will act again');
  });
  it('takes the nth occurrence and reports a missing text', () => {
    const second = locate(text, 'We will act.', 1);
    assert.ok(second.ok && second.span.start === text.lastIndexOf('We will act.'));
    assert.equal(locate(text, 'we shall act').ok, false);
  });
  it('matches words whole', () => {
    assert.equal(locate('the theatre', 'he').ok, false);
  });
});

describe('align', () => {
  it('maps spans across dropped lines and collapsed spaces', () => {
    const raw = 'Title line.\n\nHe said  “go now”.\nRead the rest here.\nThen more.';
    const norm = 'Title line.\n\nHe said “go now”.\n\nThen more.';
    const map = aligner(raw, norm);
    const s = map({ start: raw.indexOf('go now'), end: raw.indexOf('go now') + 6 });
    assert.ok(s);
    assert.equal(norm.slice(s.start, s.end), 'go now');
    const t = map({ start: raw.indexOf('Then'), end: raw.length });
    assert.equal(t && norm.slice(t.start, t.end), 'Then more');
    assert.equal(map({ start: raw.indexOf('Read'), end: raw.indexOf('here') + 4 }), null);
  });
});

describe('speaker names', () => {
  it('drops honorifics and initials', () => {
    assert.deepEqual(nameWords('Rt Hon Winston R. Peters'), ['winston', 'peters']);
  });
  it('same person: equal words, or one side within the other', () => {
    assert.ok(sameName('Winston Peters', 'Mr Peters'));
    assert.ok(sameName('US State Department', 'State Department'));
    assert.ok(!sameName('Winston Peters', 'Antony Blinken'));
    assert.ok(!sameName('Winston Peters', ''));
  });
  it('PolNeAR: strict is mention overlap; lenient also takes the surname in the Source or the antecedent', () => {
    const gold = { type: 'source' as const, spans: [{ start: 10, end: 12 }], text: 'he', antecedent: 'Secretary of State John F. Kerry' };
    const mention = (start: number, end: number, text: string) => ({ id: null, name: 'John Kerry', mention: { start, end, text }, via: 'pronoun' });
    assert.deepEqual(judgeSpeaker(gold, mention(10, 12, 'he')), { strict: true, lenient: true });
    assert.deepEqual(judgeSpeaker(gold, mention(40, 45, 'Kerry')), { strict: false, lenient: true });
    assert.deepEqual(judgeSpeaker({ ...gold, antecedent: 'Mr. Obama' }, mention(40, 45, 'Kerry')), { strict: false, lenient: false });
    assert.deepEqual(judgeSpeaker(gold, null), { strict: false, lenient: false });
  });
});
