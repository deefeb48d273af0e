import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { QUOTE_CLUSTER_DEFAULTS, quoteKeys, quoteWords, shinglesMatch } from '../../src/link/quotes/index.js';

/** Whether two quotes are one quote, by the rule clustering applies to a candidate pair. */
function same(a: string, b: string): boolean {
  const [ka, kb] = [quoteKeys(a, QUOTE_CLUSTER_DEFAULTS), quoteKeys(b, QUOTE_CLUSTER_DEFAULTS)];
  if (ka.exact !== null && ka.exact === kb.exact) return true;
  const other = new Set(kb.shingles);
  const shared = ka.shingles.filter((h) => other.has(h)).length;
  return shinglesMatch(shared, ka.shingles.length, kb.shingles.length, QUOTE_CLUSTER_DEFAULTS);
}

const LONG = 'We discussed the situation in the Pacific at length, and agreed that our two countries will work even more closely together.';

/** [why, one quote, the other]: each pair must be one quote. */
const SAME: readonly [string, string, string][] = [
  ['the same words', LONG, LONG],
  ['changed quote marks, case and dashes', '“We are not — and never will be — a bystander,” he said', '"we are not - and never will be - a bystander," he said'],
  ['trimmed at the end', LONG, 'We discussed the situation in the Pacific at length'],
  ['trimmed at the start', LONG, 'agreed that our two countries will work even more closely together'],
  ['a dropped clause', 'We will, as we always have, stand with our partners in the region', 'We will stand with our partners in the region'],
  ['a quote split by its attribution, half of it', 'We discussed the situation in the Pacific at length,', LONG],
  ['the other half', 'and agreed that our two countries will work even more closely together.', LONG],
  ['punctuation and apostrophes', "New Zealand's position hasn't changed: we won't recognise it.", 'New Zealands position hasnt changed we wont recognise it'],
  ['accents', 'Aotearoa stands with Māori communities across the Pacific today', 'Aotearoa stands with Maori communities across the Pacific today'],
  ['a short quote, exactly', 'a new chapter begins', '“A new chapter begins!”'],
  ['one word changed in a long quote', LONG, LONG.replace('closely', 'tightly')],
];

/** [why, one quote, the other]: each pair must stay apart. */
const APART: readonly [string, string, string][] = [
  ['a scare quote inside a long quote', 'historic', 'This is a historic agreement for both our nations and the wider region'],
  ['a short phrase inside a long quote', 'a new chapter', 'Today we open a new chapter in the relationship between our two countries'],
  ['a stock phrase in two unrelated quotes', 'We remain committed to a free and open Indo-Pacific, and to the rule of law at sea', 'Trade ministers met to discuss supply chains in a free and open Indo-Pacific region this week'],
  ['a five-word phrase inside a long quote', 'the rules-based international order', 'We will defend the rules-based international order wherever it is challenged by force'],
  ['two-word quotes, even equal', 'deeply concerned', 'deeply concerned'],
  ['unrelated quotes', LONG, 'The budget will be delivered on Thursday, as planned, by the Minister of Finance.'],
  ['a short quote, nearly', 'a new chapter begins', 'a new chapter began'],
  ['a stock line of 6 words inside a long turn', 'Thanks for your call, bye bye', 'Okay, we have to leave it there. Thanks for your call, bye bye, and now to Graham in Perth, good morning.'],
  ['a stock line of 8 words inside an unrelated statement', 'New Zealand is deeply concerned by the situation', 'New Zealand is deeply concerned by the situation in Fiji and calls on all parties to restore constitutional government'],
];

describe('quote matching', () => {
  it('reads words: case, accents, marks, dashes and apostrophes fold away', () => {
    assert.deepEqual(quoteWords('“We’re NOT — Māori-led,” he said.'), ['were', 'not', 'maori', 'led', 'he', 'said']);
  });
  for (const [why, a, b] of SAME) {
    it(`one quote: ${why}`, () => {
      assert.equal(same(a, b), true);
      assert.equal(same(b, a), true, 'either way round');
    });
  }
  for (const [why, a, b] of APART) {
    it(`two quotes: ${why}`, () => {
      assert.equal(same(a, b), false);
      assert.equal(same(b, a), false, 'either way round');
    });
  }
});

describe('quote keys', () => {
  const ascii = ["Don't stop: it's the 2024 plan, rock'n'roll", "x''y 'tis O'Neill's", 'MIXED case, and-dashes 1,000'];
  for (const text of ascii) {
    it(`reads plain text as quoteWords does: ${text}`, () => {
      // An ideographic space sends the same words down the general path.
      const general = quoteKeys(`${text}\u3000`, QUOTE_CLUSTER_DEFAULTS);
      const plain = quoteKeys(text, QUOTE_CLUSTER_DEFAULTS);
      assert.equal(plain.words, quoteWords(text).length);
      assert.deepEqual([plain.exact, [...plain.shingles], plain.keys], [general.exact, [...general.shingles], general.keys]);
    });
  }
  const marked = ['“Don’t stop” — it’s the plan… ‘rock’n’roll’', '«Oui» – a\u00a0no-break\u2009space, ‚low‘ „marks“ • ‹one› ’tis', 'O’Neill’s ’ ‐ ‑ ‒ ― two\u2002three\u2003four\u200afive\u202fsix'];
  for (const text of marked) {
    it(`reads curly marks, dashes and spaces as quoteWords does: ${text}`, () => {
      const general = quoteKeys(`${text}\u3000`, QUOTE_CLUSTER_DEFAULTS);
      const fast = quoteKeys(text, QUOTE_CLUSTER_DEFAULTS);
      assert.equal(fast.words, quoteWords(text).length);
      assert.deepEqual([fast.exact, [...fast.shingles], fast.keys], [general.exact, [...general.shingles], general.keys]);
    });
  }
  it('indexes a long quote by about half its shingles, and a shared 6-word run always shares a key', () => {
    const long = quoteKeys(LONG, QUOTE_CLUSTER_DEFAULTS);
    assert.ok(long.keys.length < long.shingles.length);
    const words = quoteWords(LONG);
    for (let i = 0; i + 6 <= words.length; i++) {
      const run = quoteKeys(`Something else entirely, ${words.slice(i, i + 6).join(' ')}, and more of it here`, QUOTE_CLUSTER_DEFAULTS);
      assert.ok(run.keys.some((k) => long.keys.includes(k)), `run at ${i}`);
    }
  });
});
