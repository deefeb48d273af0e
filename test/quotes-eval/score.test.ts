import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rates, scoreDoc, scoreSet, trapHits } from '../../scripts/quotes-eval/score.js';
import type { EvalDoc, GoldQuote, PredictedQuote } from '../../scripts/quotes-eval/types.js';

// Ten words inside the marks, so each word is 10% of the quote.
const TEXT = '“one two three four five six seven eight nine ten,” Mr Peters says. Then “alpha beta” came.';
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const gold = (s: string, speaker: string | null = 'Winston Peters', kind: GoldQuote['kind'] = 'direct'): GoldQuote => ({
  ...at(s),
  kind,
  text: s,
  speaker: speaker === null ? null : { type: 'name', name: speaker },
});
const pred = (s: string, name: string | null = 'Winston Peters', kind = 'direct'): PredictedQuote => ({
  ...at(s),
  text: s,
  kind,
  cue: 'says',
  speaker: name === null ? null : { id: null, name, mention: { ...at('Mr Peters'), text: 'Mr Peters' }, via: 'cue' },
});
const doc = (g: GoldQuote[], p: PredictedQuote[]): EvalDoc => ({ name: 'd', text: TEXT, gold: g, predicted: p });
const FULL = 'one two three four five six seven eight nine ten';

describe('quote scorer: the 80% rules', () => {
  it('finds a gold quote when 8 of its 10 words are in one predicted quote, not 7', () => {
    const eight = scoreDoc(doc([gold(FULL)], [pred('one two three four five six seven eight')]), 'direct').counts;
    assert.equal(eight.found, 1);
    const seven = scoreDoc(doc([gold(FULL)], [pred('one two three four five six seven')]), 'direct').counts;
    assert.equal(seven.found, 0);
  });

  it('needs the words in ONE predicted quote: two halves find nothing', () => {
    const c = scoreDoc(doc([gold(FULL)], [pred('one two three four five'), pred('six seven eight nine ten')]), 'direct').counts;
    assert.equal(c.found, 0);
    assert.equal(c.right, 2, 'each half is all gold words, so both predictions are right');
  });

  it('a predicted quote is right when >= 80% of its words are gold words', () => {
    // 10 gold words + "Mr Peters says" = 13 words, 10/13 = 77% < 80%: wrong, though it finds the gold.
    const over = scoreDoc(doc([gold(FULL)], [pred(`${FULL},” Mr Peters says`)]), 'direct').counts;
    assert.deepEqual([over.found, over.right], [1, 0]);
    // + "Mr Peters" = 12 words, 10/12 = 83%: right.
    const near = scoreDoc(doc([gold(FULL)], [pred(`${FULL},” Mr Peters`)]), 'direct').counts;
    assert.deepEqual([near.found, near.right], [1, 1]);
  });

  it('counts punctuation and marks as nothing: a span that keeps the comma and mark is the same quote', () => {
    const c = scoreDoc(doc([gold(FULL)], [pred(`“${FULL},”`)]), 'direct').counts;
    assert.deepEqual([c.gold, c.predicted, c.found, c.right], [1, 1, 1, 1]);
  });

  it('judges words by position, so the same words elsewhere are not gold words', () => {
    const text = 'He said “we will act” today. We will act, the paper wrote.';
    const g: GoldQuote = { start: text.indexOf('we will act'), end: text.indexOf('we will act') + 11, kind: 'direct', text: 'we will act', speaker: null };
    const s = text.indexOf('We will act');
    const p: PredictedQuote = { start: s, end: s + 11, text: 'We will act', kind: 'direct', cue: null, speaker: null };
    const c = scoreDoc({ name: 'd', text, gold: [g], predicted: [p] }, 'direct').counts;
    assert.deepEqual([c.found, c.right], [0, 0]);
  });
});

describe('quote scorer: speakers', () => {
  it('scores speaker accuracy over found gold quotes with a gold speaker', () => {
    const c = scoreDoc(doc([gold(FULL), gold('alpha beta', null)], [pred(FULL), pred('alpha beta', 'Someone Else')]), 'direct').counts;
    assert.equal(c.speakerGold, 1, 'the unattributed gold quote is not in the denominator');
    assert.equal(c.speakerRight, 1);
    assert.equal(c.speakerGuessed, 1, 'but a speaker given to it is counted as a guess');
  });

  it('takes a surname for the same person, and another name as wrong', () => {
    assert.equal(scoreDoc(doc([gold(FULL)], [pred(FULL, 'Peters')]), 'direct').counts.speakerRight, 1);
    const wrong = scoreDoc(doc([gold(FULL)], [pred(FULL, 'Antony Blinken')]), 'direct');
    assert.equal(wrong.counts.speakerRight, 0);
    assert.equal(wrong.issues.filter((i) => i.type === 'wrong-speaker').length, 1);
    assert.match(wrong.issues[0]!.detail, /Antony Blinken/);
  });

  it('a found quote with no predicted speaker is a wrong speaker', () => {
    const c = scoreDoc(doc([gold(FULL)], [pred(FULL, null)]), 'direct').counts;
    assert.deepEqual([c.speakerGold, c.speakerRight], [1, 0]);
  });
});

describe('quote scorer: kinds', () => {
  const g = [gold(FULL), gold('alpha beta', 'Winston Peters', 'partial')];
  it('direct compares direct+turn only; partial predictions are neither right nor wrong there', () => {
    const c = scoreDoc(doc(g, [pred(FULL), pred('alpha beta', 'Winston Peters', 'partial')]), 'direct').counts;
    assert.deepEqual([c.gold, c.predicted, c.found, c.right], [1, 1, 1, 1]);
  });
  it('a direct quote predicted as partial is a miss in direct, found in all kinds', () => {
    const p = [pred(FULL, 'Winston Peters', 'partial')];
    assert.equal(scoreDoc(doc(g, p), 'direct').counts.found, 0);
    assert.match(scoreDoc(doc(g, p), 'direct').issues[0]!.detail, /predicted as partial|in partial/);
    assert.equal(scoreDoc(doc(g, p), 'all').counts.found, 1);
  });
  it('partial compares partial with partial', () => {
    const c = scoreDoc(doc(g, [pred(FULL), pred('alpha beta', 'Winston Peters', 'partial')]), 'partial').counts;
    assert.deepEqual([c.gold, c.predicted, c.found, c.right], [1, 1, 1, 1]);
  });
});

describe('quote scorer: sets, rates, traps', () => {
  it('adds documents up and computes P, R, F1', () => {
    const s = scoreSet([doc([gold(FULL)], [pred(FULL), pred('alpha beta')]), doc([gold('alpha beta')], [])]);
    const c = s.counts.direct;
    assert.deepEqual([c.gold, c.predicted, c.found, c.right], [2, 2, 1, 1]);
    const r = rates(c);
    assert.equal(r.precision, 0.5);
    assert.equal(r.recall, 0.5);
    assert.equal(r.f1, 0.5);
  });

  it('counts predicted quotes inside traps', () => {
    const d: EvalDoc = { ...doc([], [pred('alpha beta')]), traps: [at('alpha beta')] };
    assert.equal(trapHits(d).length, 1);
    assert.equal(trapHits({ ...d, predicted: [pred(FULL)] }).length, 0);
  });

  it('a multi-paragraph prediction is judged on its parts', () => {
    const p = { ...pred(`${FULL},” Mr Peters says. Then “alpha beta`), parts: [at(FULL), at('alpha beta')] };
    const c = scoreDoc(doc([gold(FULL), gold('alpha beta')], [p]), 'direct').counts;
    assert.deepEqual([c.found, c.right], [2, 1]);
  });
});
