import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasErrors, type Document } from '../../core/index.js';
import { markdownReader, readDocument, textReader, type RawInput } from '../index.js';

// Hostile input found by a probe (issue 12) and its kin. Each row must read
// without an exception, end with the expected message, keep its offsets true,
// and stay bounded: the bounds are sizes and counts, never timings. A row that
// used to run for minutes in the Markdown parser is now refused by a linear
// pre-scan before the parser is called, so the whole table reads in seconds.

/** `plain`: stored, body as plain text; `stored`: stored as its format reads it; `failed`: not stored. */
type Outcome = 'plain' | 'stored' | 'failed';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const front = (body: string, yaml = 'title: Hostile\ndate: 2024-04-11'): string => `---\n${yaml}\n---\n\n${body}`;

/** A YAML "billion laughs": nine levels of aliases, each nine of the level below. */
function yamlBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level < 9; level++) {
    const name = String.fromCharCode(97 + level);
    const below = `*${String.fromCharCode(96 + level)}`;
    lines.push(`${name}: &${name} [${Array(9).fill(below).join(',')}]`);
  }
  lines.push('title: *i', 'source: *i');
  return lines.join('\n');
}

const ROWS: ReadonlyArray<readonly [name: string, path: string, input: Uint8Array, code: string | null, outcome: Outcome]> = [
  ['`- ` x 2,000 on one line (list nested 2,000 deep)', 'dash.md', enc(front(`${'- '.repeat(2000)}x\n`)), 'document-too-complex', 'plain'],
  ['`> ` x 5,000 on one line (blockquote nested 5,000 deep)', 'quote.md', enc(front(`${'> '.repeat(5000)}x\n`)), 'document-too-complex', 'plain'],
  [
    'list nested 1,000 deep by indentation (1 MB)',
    'nested.md',
    enc(front(Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 2)}- item ${i}`).join('\n'))),
    'document-too-complex',
    'plain',
  ],
  [
    'ordered lists nested 200 deep',
    'ordered.md',
    enc(front(Array.from({ length: 200 }, (_, i) => `${' '.repeat(i * 3)}1. item ${i}`).join('\n'))),
    'document-too-complex',
    'plain',
  ],
  ['blockquote markers on every line of 200 KB, under the limits', 'quotes.md', enc(front(`> > > ${'quoted words here '.repeat(4)}\n`.repeat(2800))), null, 'stored'],
  ['blockquote markers on every line of 100 KB, over the total', 'quotes-many.md', enc(front('> > > > a b\n'.repeat(8000))), 'document-too-complex', 'plain'],
  ['100 KB of `*` emphasis (`*a` x 50,000)', 'stars.md', enc(front(`Text ${'*a'.repeat(50_000)}\n`)), 'document-too-complex', 'plain'],
  ['100 KB of `_` emphasis (`_a ` x 33,000)', 'unders.md', enc(front(`Text ${'_a '.repeat(33_000)}\n`)), 'document-too-complex', 'plain'],
  ['one run of 100,000 `*` inside a line', 'star-run.md', enc(front(`Text ${'*'.repeat(100_000)} text\n`)), 'document-too-complex', 'plain'],
  ['a line of 100,000 `*` alone is a thematic break: no text', 'rule.md', enc(front(`${'*'.repeat(100_000)}\n`)), 'empty-document', 'failed'],
  ['`*a` x 200 per paragraph in 100 KB (over the document total)', 'star-paras.md', enc(front(`${'*a'.repeat(200)}\n\n`.repeat(250))), 'document-too-complex', 'plain'],
  ['`[` x 50,000 unclosed', 'brackets.md', enc(front(`Text ${'['.repeat(50_000)}\n`)), 'document-too-complex', 'plain'],
  ['`[a](` x 20,000 unclosed links', 'links.md', enc(front(`Text ${'[a]('.repeat(20_000)}\n`)), 'document-too-complex', 'plain'],
  ['`a` / `---` setext headings x 10,000', 'setext.md', enc(front('a\n---\n'.repeat(10_000))), 'document-too-complex', 'plain'],
  ['10,000 `---` lines (the first two are front matter, the rest rules)', 'rules.md', enc('---\n'.repeat(10_000)), 'empty-document', 'failed'],
  ['backtick runs (100 KB) parse as code, cheaply', 'ticks.md', enc(front(`${Array.from({ length: 4000 }, (_, i) => `${'`'.repeat(1 + (i % 40))}a`).join(' ')}\n`)), null, 'stored'],
  ['a 2 MB single line of Markdown', 'long.md', enc(front(`${'word '.repeat(400_000)}\n`)), 'document-too-complex', 'plain'],
  ['a 2 MB single line of plain text', 'long.txt', enc(`${'word '.repeat(400_000)}\n`), null, 'stored'],
  ['HTML nested 20,000 deep in Markdown', 'html.md', enc(front(`${'<div>'.repeat(20_000)}Words inside the divs.${'</div>'.repeat(20_000)}\n`)), null, 'stored'],
  ['front matter of 200 KB', 'big-front.md', enc(front('The body is still read.\n', `title: Big\n${Array.from({ length: 10_000 }, (_, i) => `k${i}: value number ${i}`).join('\n')}`)), 'front-matter-too-large', 'stored'],
  ['YAML billion laughs in front matter', 'bomb.md', enc(front('The body is still read.\n', yamlBomb())), 'front-matter-field-invalid', 'stored'],
  ['aliases to undefined anchors in front matter', 'alias.md', enc(front('The body is still read.\n', 'title: *nowhere\ndate: *nothing')), 'front-matter-field-invalid', 'stored'],
  [
    'XML nested 50,000 deep inside a transcript body',
    'deep.xml',
    enc(`<transcripts><transcript><transcript-id>1</transcript-id><content>${'&lt;b&gt;'.repeat(50_000)}Deep words.${'&lt;/b&gt;'.repeat(50_000)}</content></transcript></transcripts>`),
    null,
    'stored',
  ],
  ['XML elements nested 50,000 deep around a transcript', 'elements.xml', enc(`<transcripts>${'<x>'.repeat(50_000)}<transcript-id>1</transcript-id>${'</x>'.repeat(50_000)}</transcripts>`), 'not-aupm-xml', 'failed'],
  // Page chrome (headers, share links, footers of saved web pages) at any scale: messages stay bounded, the body is kept.
  ['50,000 "Share this page" lines before a body (text)', 'share.txt', enc(`${'Share this page\n'.repeat(50_000)}Body text about trade.\n`), 'boilerplate-share', 'stored'],
  ['50,000 "Share this page" lines in one Markdown paragraph', 'share.md', enc(front(`${'Share this page\n'.repeat(50_000)}Body text about trade.\n`)), 'boilerplate-share', 'stored'],
  ['a 1 MB line opening "Press Release:"', 'press.txt', enc(`Press Release: ${'Word '.repeat(200_000)}\nBody text.\n`), null, 'stored'],
  ['an EMBARGOED line padded with 500 KB of spaces', 'embargo.txt', enc(`EMBARGOED UNTIL ${' '.repeat(500_000)}x\nBody text.\n`), 'boilerplate-embargo', 'stored'],
  // Dates the reader takes from an undated text: an embargo line (read from its message) and a date line under the header.
  ['an EMBARGOED line of 500 KB of weekdays, days and months that never make a full date (kept as text)', 'embargo-dates.txt', enc(`EMBARGOED UNTIL ${'FRIDAY 10 MAY '.repeat(40_000)}\nBody text.\n`), null, 'stored'],
  // Scoop's date line with a release label: 5,000 near misses (a second pipe, padding that runs past the label's limit), and a header block of short lines.
  ['5,000 near-miss Scoop date lines with a release label', 'scoop-dates.txt', enc(`${'Sunday, 11 August 2019, 9:15 am | Press Release: New Zealand First Party | x\n'.repeat(2_500)}${`Sunday, 11 August 2019 | Press Release: ${'Party '.repeat(40)}\n`.repeat(2_500)}Body text.\n`), null, 'stored'],
  ['10,000 short header lines before a body', 'short-lines.txt', enc(`${'Remarks\nSecretary of State\n'.repeat(5_000)}August 31, 2012\n\nBody text about trade, long enough to be a paragraph of its own here.\n`), null, 'stored'],
  ['20,000 date lines under a headline (560 KB)', 'date-lines.txt', enc(`Headline\n\n${'Wednesday, 6 December 2006\n\n'.repeat(20_000)}Body text.\n`), null, 'stored'],
  ['an ALL-CAPS speech header followed by 20,000 capital lines (Markdown)', 'caps.md', enc(front(`TRANSCRIPT OF THE PRIME MINISTER\n${'ALL CAPS LINE HERE\n'.repeat(20_000)}Body text here.\n`)), 'boilerplate-speech-header', 'stored'],
  // Near misses of the breadcrumb and Scoop banner patterns: a pattern that backtracks on them (one did, for minutes a line) would stall here.
  ['5,000 lines of padded pipe-separated words that end in "!" (text)', 'crumbs.txt', enc(`${`${`ab${' '.repeat(28)}|`.repeat(7)}!\n`.repeat(5000)}Body text.\n`), null, 'stored'],
  ['5,000 Scoop banners running into near-miss breadcrumbs (text)', 'banners.txt', enc(`${`Scoop Independent News ${'ab cd | '.repeat(30)}!\n`.repeat(5000)}Body text.\n`), null, 'stored'],
  ['25,000 "- END -" and contact footers', 'footer.txt', enc(`Body text about trade.\n${'- END -\nContact: press@example.org\n'.repeat(25_000)}`), 'boilerplate-footer', 'stored'],
  // Lists written one entry a line keep their line breaks, and title-case lines stay apart: at scale, and their near misses.
  ['20,000 labelled lines in one Markdown paragraph (a list kept as lines)', 'list-lines.md', enc(front(`${'Nicola Willis: Finance, Social Investment\n'.repeat(20_000)}`)), null, 'stored'],
  ['20,000 lines with a colon after 61 characters (no labels: one 1.3 MB paragraph, over the limits)', 'colons.md', enc(front(`${`${'x'.repeat(61)}: y\n`.repeat(20_000)}`)), 'document-too-complex', 'plain'],
  ['a labelled list with one 1 MB line in it (prose)', 'list-long.md', enc(front(`A: b\nC: d\nE: ${'f '.repeat(500_000)}\n`)), 'document-too-complex', 'plain'],
  ['50,000 title-case lines in one block (text)', 'title-lines.txt', enc(`${'Sean McCormack, Spokesman Of The Department\n'.repeat(50_000)}`), null, 'stored'],
  ['50,000 lines of words of one letter each, in capitals (text)', 'letters.txt', enc(`${'A B C D E F G H I J K L M N\n'.repeat(50_000)}`), null, 'stored'],
  ['NUL-heavy text', 'nul.txt', new Uint8Array(100_000).map((_, i) => (i % 3 === 0 ? 0x41 : 0)), 'binary-file', 'failed'],
  ['NUL bytes after 8 KB of text', 'late-nul.txt', enc(`${'Words of text. '.repeat(600)}${'\u0000'.repeat(50_000)}Tail.\n`), null, 'stored'],
];

const GOOD = enc(front('New Zealand and Samoa agreed today to deepen cooperation on climate resilience, the Minister said.\n'));
const good = (): Document => readDocument({ path: 'good.md', bytes: GOOD });

/** Offsets of every message lie in the text; the text and the messages stay bounded by the input. */
function checkInvariants(doc: Document, input: Uint8Array): void {
  // Plain text may put a blank line between one-line paragraphs: never more than double.
  assert.ok(doc.text.length <= 2 * input.length, `text (${doc.text.length}) within twice the input (${input.length})`);
  assert.ok(doc.messages.length <= 1000, `a bounded number of messages, not ${doc.messages.length}`);
  for (const m of doc.messages) {
    if (m.start !== null) assert.ok(m.start >= 0 && m.start <= doc.text.length, `${m.code} start in the text`);
    if (m.end !== null) assert.ok(m.end >= (m.start ?? 0) && m.end <= doc.text.length, `${m.code} end in the text`);
    assert.doesNotMatch(m.reason, /\n\s+at /, 'no stack trace in a reason');
  }
}

describe('hostile input never stops a batch', () => {
  const before = good();
  for (const [name, path, input, code, outcome] of ROWS) {
    it(name, () => {
      const doc = readDocument({ path, bytes: input });
      checkInvariants(doc, input);
      const codes = doc.messages.map((m) => m.code);
      if (code !== null) assert.ok(codes.includes(code), `expected ${code}, got ${codes.join(', ')}`);
      assert.ok(!codes.includes('reader-crashed'), `no reader crashed: ${codes.join(', ')}`);
      if (outcome === 'failed') {
        assert.ok(hasErrors(doc.messages), 'not stored');
      } else {
        assert.ok(!hasErrors(doc.messages), `stored: ${codes.join(', ')}`);
        assert.ok(doc.text.length > 0, 'the text is kept');
      }
      if (outcome === 'plain') {
        const complex = doc.messages.find((m) => m.code === 'document-too-complex');
        assert.ok(complex?.place, 'the warning says where the problem starts');
        assert.match(complex.reason, /limit is/, 'and names the limit');
        assert.equal(doc.format, 'markdown');
        assert.equal(doc.meta.title, 'Hostile', 'front matter is still read');
      } else {
        assert.ok(!codes.includes('document-too-complex'), 'parsed as its format');
      }
      assert.deepEqual(good(), before, 'a good document read after it is unaffected');
    });
  }

  it('keeps real Markdown structure under the limits: lists, quotes and emphasis a release uses', () => {
    const body = [
      '# Heading',
      '',
      'A paragraph with *emphasis*, __strong__ words and [a link](https://example.org).',
      '',
      '- one',
      '  - two',
      '    - three',
      '',
      '> A quote',
      '> > nested once',
      '',
      '1. first',
      '2. second',
    ].join('\n');
    const doc = readDocument({ path: 'fine.md', bytes: enc(front(body)) });
    assert.ok(!doc.messages.some((m) => m.code === 'document-too-complex'));
    assert.match(doc.text, /A paragraph with emphasis, strong words and a link\./);
  });

  it('turns a reader that throws into a plain-text document with reader-crashed, no stack trace', () => {
    const read = markdownReader.read;
    (markdownReader as { read: typeof read }).read = () => {
      throw new RangeError('Maximum call stack size exceeded');
    };
    try {
      const doc = readDocument({ path: 'crash.md', bytes: GOOD });
      const crash = doc.messages.find((m) => m.code === 'reader-crashed');
      assert.equal(crash?.severity, 'warning');
      assert.match(crash.reason, /crash\.md/);
      assert.match(crash.reason, /Maximum call stack size exceeded/);
      assert.ok(!hasErrors(doc.messages));
      assert.match(doc.text, /Samoa/);
    } finally {
      (markdownReader as { read: typeof read }).read = read;
    }
  });

  it('fails a document whose every reader throws, with reader-crashed as an error', () => {
    const readers = [markdownReader, textReader] as { read: (input: RawInput) => Document }[];
    const saved = readers.map((r) => r.read);
    for (const r of readers) {
      r.read = () => {
        throw new TypeError('Cannot read properties of undefined');
      };
    }
    try {
      for (const path of ['odd.txt', 'odd.md']) {
        const doc = readDocument({ path, bytes: GOOD });
        const crashes = doc.messages.filter((m) => m.code === 'reader-crashed');
        assert.ok(crashes.length > 0 && crashes.every((m) => m.reason.includes(path)));
        assert.ok(hasErrors(doc.messages), 'not stored');
        assert.equal(doc.text, '');
      }
    } finally {
      readers.forEach((r, i) => (r.read = saved[i] as (input: RawInput) => Document));
    }
  });
});
