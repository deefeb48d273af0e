import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadTagger, tokenize, type NerSpan } from '../index.js';

// The committed model on sentences of our own writing.

function tag(text: string): NerSpan[] {
  return loadTagger().tagDocument(text, [{ start: 0, end: text.length }]);
}

const brief = (spans: readonly NerSpan[]) => spans.map((s) => `${s.type} ${s.text}`);

test('the committed model loads and tags a sentence', () => {
  const text = 'Foreign Minister Winston Peters met US Secretary of State Antony Blinken in Washington.';
  const spans = tag(text);
  const got = brief(spans);
  for (const want of ['PER Winston Peters', 'PER Antony Blinken', 'LOC Washington']) assert.ok(got.includes(want), `${want} in ${got.join(', ')}`);
  assert.ok(!spans.some((s) => s.type === 'PER' && s.text.includes('State')), got.join(', '));
  for (const s of spans) {
    assert.equal(text.slice(s.start, s.end), s.text);
    assert.ok(s.score >= 0 && s.score <= 1);
  }
});

test('[input, entities] table', () => {
  const table: [string, string[]][] = [
    ['Penny Wong will travel to Jakarta next week to meet Indonesian officials.', ['PER Penny Wong', 'LOC Jakarta', 'MISC Indonesian']],
    ['The European Union and NATO issued a joint statement in Brussels.', ['ORG European Union', 'ORG NATO', 'LOC Brussels']],
    ["Russia's invasion of Ukraine was condemned by the United Nations.", ['LOC Russia', 'LOC Ukraine', 'ORG United Nations']],
    ['Prime Minister John Howard spoke to reporters in Canberra on Tuesday.', ['PER John Howard', 'LOC Canberra']],
  ];
  for (const [input, expected] of table) {
    const got = brief(tag(input));
    for (const want of expected) assert.ok(got.includes(want), `${input}: ${want} missing from ${got.join(', ')}`);
  }
});

test('false positives: no entity where there is none', () => {
  const table: [name: string, text: string, mustNot: (s: NerSpan) => boolean][] = [
    ['sentence-initial However', 'However, the talks will continue next week.', (s) => s.text.includes('However')],
    ['month names', 'The visit is planned for March, and a second in May or June.', (s) => s.type === 'PER'],
    ['photo credit', 'Photo: Getty Images', (s) => s.type === 'PER'],
    ['Indo-Pacific is never a person', 'We discussed security in the Indo-Pacific and beyond.', (s) => s.type === 'PER'],
    ['possessive stays outside', "Russia's foreign ministry responded.", (s) => s.text.endsWith("'s")],
    ['plain lower-case prose', 'the minister said the agreement would be signed soon.', () => true],
  ];
  for (const [name, text, mustNot] of table) {
    const bad = tag(text).filter(mustNot);
    assert.deepEqual(brief(bad), [], name);
  }
  assert.ok(brief(tag("Russia's foreign ministry responded.")).includes('LOC Russia'));
});

test('tagSentence with a document context agrees with tagDocument', () => {
  const tagger = loadTagger();
  const text = 'Winston Peters arrived in Canberra. Peters then met Penny Wong.';
  const sentences = [{ start: 0, end: 35 }, { start: 36, end: text.length }];
  const ctx = tagger.context(text, sentences);
  const bySentence = sentences.flatMap((s) => tagger.tagSentence(text, tokenize(text, s.start, s.end), ctx));
  assert.deepEqual(bySentence, tagger.tagDocument(text, sentences));
  assert.ok(brief(bySentence).includes('PER Peters'));
});

test('empty and odd input never throws', () => {
  const tagger = loadTagger();
  for (const text of ['', ' ', '...', '\u{1F642}', 'A', '" "']) {
    assert.doesNotThrow(() => tagger.tagDocument(text, [{ start: 0, end: text.length }]));
  }
  assert.deepEqual(tagger.tagDocument('text', []), []);
});

test('words kept from earlier documents change nothing: the same document tags the same before and after others', () => {
  const tagger = loadTagger();
  const doc = 'Ms Tanya Plibersek met Mr Zbigniew Kowalczyk in Wollongong. Kowalczyk said Plibersek was right.';
  const whole = [{ start: 0, end: doc.length }];
  const before = tagger.tagDocument(doc, whole);
  for (const other of ['Kowalczyk Industries opened in Zbigniew Street.', 'WOLLONGONG TODAY: Plibersek visits.']) tagger.tagDocument(other, [{ start: 0, end: other.length }]);
  assert.deepEqual(tagger.tagDocument(doc, whole), before);
});
