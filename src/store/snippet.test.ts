import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LEAD_CHARS, MARK_END, MARK_START, leadSnippet, markSnippet } from './snippet.js';

const mark = (text: string) => text.replaceAll('[', MARK_START).replaceAll(']', MARK_END);

describe('markSnippet', () => {
  const CASES: readonly [string, string][] = [
    ['the [kiwi] flies', 'the <mark>kiwi</mark> flies'],
    ['<script>[alert]</script>', '&lt;script&gt;<mark>alert</mark>&lt;/script&gt;'],
    ['Tom & "Jerry\'s"', 'Tom &amp; &quot;Jerry&#39;s&quot;'],
    ['a\n\n  b', 'a b'],
    // Stray sentinels in document text never unbalance the markup.
    ['[open only', '<mark>open only</mark>'],
    ['close] only', 'close only'],
    ['[[double]]', '<mark>double</mark>'],
  ];
  for (const [raw, html] of CASES) {
    it(`renders ${JSON.stringify(raw)}`, () => assert.equal(markSnippet(mark(raw)), html));
  }
});

describe('leadSnippet', () => {
  it('keeps short text whole, escaped', () => assert.equal(leadSnippet('  A <b>bold</b>\nclaim. '), 'A &lt;b&gt;bold&lt;/b&gt; claim.'));
  it('cuts long text at a word boundary with an ellipsis', () => {
    const lead = leadSnippet('word '.repeat(100));
    assert.ok(lead.length <= LEAD_CHARS + 1 && lead.endsWith('word…'), lead);
  });
  it('cuts a text without spaces at the limit', () => assert.equal(leadSnippet('x'.repeat(500)), `${'x'.repeat(LEAD_CHARS)}…`));
});
