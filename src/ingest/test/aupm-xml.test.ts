import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { expectGolden } from '../../../test/support/golden.js';
import { aupmXmlReader } from '../aupm-xml.js';
import { duplicateStart } from '../duplicate-tail.js';
import { htmlToText } from '../html-to-text.js';
import { assertWellFormed, goldenCases, readFixture, readWith } from './support.js';

const read = (source: string) => readWith(aupmXmlReader, source, 'transcript.xml');

/** A transcript record as pmtranscripts.pmc.gov.au serves it. */
function transcript(fields: { id?: string; title?: string; pm?: string; date?: string; type?: string; content: string }): string {
  return `<?xml version="1.0" encoding="UTF-8" ?>
<transcripts>
  <transcript>
    <transcript-id>${fields.id ?? '99001'}</transcript-id>
    <title>${fields.title ?? 'Test release '}</title>
    <prime-minister>${fields.pm ?? 'Howard, John'}</prime-minister>
    <period-of-service>19960311 - 20071203</period-of-service>
    <release-date>${fields.date ?? '17/12/1997'}</release-date>
    <release-type>${fields.type ?? 'Media Release'}</release-type>
    <document></document>
    <subjects></subjects>
    <content><![CDATA[${fields.content}]]></content>
  </transcript>
</transcripts>
`;
}

describe('aupm-xml reader: golden fixtures', () => {
  for (const c of goldenCases('aupm-xml')) {
    it(c.name, () => {
      const doc = readFixture(aupmXmlReader, c);
      assertWellFormed(doc, readFileSync(c.input));
      expectGolden(c.golden, doc);
    });
  }
});

describe('aupm-xml reader', () => {
  it('reads the record into meta', () => {
    const doc = read(transcript({ title: '  Public Sector Programme in China ', content: '<p>Today I announce a programme.</p>' }));
    assertWellFormed(doc);
    assert.deepEqual(doc.meta, {
      title: 'Public Sector Programme in China',
      published: '1997-12-17',
      publishedFrom: 'feed',
      source: 'pmtranscripts.pmc.gov.au',
      url: 'https://pmtranscripts.pmc.gov.au/release/transcript-99001',
      byline: 'John Howard',
      kind: 'release',
      ministers: ['John Howard'],
      portfolios: [],
      extra: { transcriptId: '99001', primeMinister: 'John Howard', releaseType: 'Media Release', periodOfService: '19960311 - 20071203' },
    });
    assert.equal(doc.text, 'Today I announce a programme.');
    assert.deepEqual(doc.messages, []);
  });

  const kinds: Array<[string, string]> = [
    ['Media Release', 'release'],
    ['Joint Statement', 'release'],
    ['Communique', 'release'],
    ['Statement', 'release'],
    ['Speech', 'speech'],
    ['Address', 'speech'],
    ['Broadcast', 'speech'],
    ['Statement in Parliament', 'speech'],
    ['Interview', 'other'],
    ['Doorstop', 'other'],
    ['Press Conference', 'other'],
    ['Video Transcript', 'other'],
    ['', 'other'],
  ];
  for (const [type, kind] of kinds) {
    it(`maps release type ${JSON.stringify(type)} to ${kind}`, () => {
      const doc = read(transcript({ type, content: '<p>Text.</p>' }));
      assert.equal(doc.meta.kind, kind);
      if (type) assert.equal(doc.meta.extra.releaseType, type);
    });
  }

  it('joins hard-wrapped continuation paragraphs', () => {
    const doc = read(
      transcript({
        content:
          '<p>Today I shall be hosting a reception to mark the 25th anniversary</p>\n<p> of diplomatic relations between Australia and the People\'s Republic</p>\n<p> of China.</p>\n<p>It is an appropriate occasion.</p>',
      }),
    );
    assert.equal(
      doc.text,
      "Today I shall be hosting a reception to mark the 25th anniversary of diplomatic relations between Australia and the People's Republic of China.\n\nIt is an appropriate occasion.",
    );
  });

  it('keeps paragraphs that merely open with a space after a full stop apart', () => {
    const doc = read(transcript({ content: '<p>First point.</p><p> Second point.</p><p>Third point.</p>' }));
    assert.equal(doc.text, 'First point.\n\nSecond point.\n\nThird point.');
  });

  it('drops a re-wrapped second copy of the body and reports it', () => {
    const clean = [
      'Today I shall be hosting a reception to mark the 25th anniversary of diplomatic relations between Australia and China.',
      'The programme will provide for Chinese government agencies to draw on the technical expertise of a range of Australian counterpart agencies and institutions.',
    ];
    const wrapped = [
      'Today I shall be hosting a reception to mark the 25th anniversary',
      ' of diplomatic relations between Australia and China.',
      'The programme will provide for Chinese government agencies to draw',
      ' on the technical expertise of a range of Australian counterpart agencies',
      ' and institutions.',
    ];
    const html = [...clean, '17 December 1997', ...wrapped].map((p) => `<p>${p}</p>`).join('\n');
    const doc = read(transcript({ content: html }));
    assertWellFormed(doc);
    assert.equal(doc.text, [...clean, '17 December 1997'].join('\n\n'));
    const dup = doc.messages.find((m) => m.code === 'duplicate-content');
    assert.equal(dup?.start, doc.text.length);
    assert.equal(dup?.severity, 'info');
  });

  it('does not mistake a repeated short answer for a copy', () => {
    const html = '<p>JOURNALIST:</p><p>Will you run again?</p><p>PRIME MINISTER:</p><p>Yes.</p><p>JOURNALIST:</p><p>Are you sure?</p><p>PRIME MINISTER:</p><p>Yes.</p>';
    const doc = read(transcript({ type: 'Interview', content: html }));
    assert.ok(!doc.messages.some((m) => m.code === 'duplicate-content'));
    assert.equal(doc.text.split('\n\n').length, 8);
  });

  it('removes transcript notices and reports each', () => {
    const html = '<p>E&amp;OE..............</p><p>CHECK AGAINST DELIVERY</p><p>Thank you all.</p><p>[ends]</p>';
    const doc = read(transcript({ type: 'Speech', content: html }));
    assert.equal(doc.text, 'Thank you all.');
    assert.deepEqual(
      doc.messages.map((m) => [m.code, m.start]),
      [
        ['boilerplate-eoe', 0],
        ['boilerplate-check-against-delivery', 0],
        ['boilerplate-ends', 14],
      ],
    );
    // Places are in the XML file: the CDATA body starts on line 12.
    assert.equal(doc.messages[0]?.place?.start.line, 12);
  });

  it('cuts a notice glued to real text at its offset', () => {
    const doc = read(transcript({ content: '<p>24 May 1996 E&amp;OE......... Thank you very much.</p>' }));
    assert.equal(doc.text, '24 May 1996 Thank you very much.');
    const m = doc.messages[0];
    assert.equal(m?.code, 'boilerplate-eoe');
    assert.equal(m?.start, 11);
    assert.equal(m?.end, 11);
  });

  it('drops a paragraph made only of notices', () => {
    const doc = read(transcript({ content: '<p>E&amp;OE... E&amp;OE...</p><p>Text.</p>' }));
    assert.equal(doc.text, 'Text.');
    assert.deepEqual(doc.messages.map((m) => [m.code, m.start]), [['boilerplate-eoe', 0]]);
  });

  it('repairs double-encoded entities, mangled apostrophes and C1 punctuation', () => {
    const doc = read(
      transcript({
        title: 'UNITED STATES&amp;#146; CONSULATES',
        content: "<p>I';m sure it won';t rain &amp;#150; not today.</p><p>The violence \u0096 including injury \u0096 is unacceptable.</p>",
      }),
    );
    assert.equal(doc.meta.title, 'UNITED STATES’ CONSULATES');
    assert.equal(doc.text, "I'm sure it won't rain – not today.\n\nThe violence – including injury – is unacceptable.");
    assert.deepEqual(doc.messages.map((m) => m.code).sort(), ['cp1252-repaired', 'double-encoded-entities', 'mangled-apostrophes']);
  });

  it('names the prime minister as written elsewhere', () => {
    assert.equal(read(transcript({ pm: 'Rudd, Kevin', content: '<p>x.</p>' })).meta.byline, 'Kevin Rudd');
    assert.equal(read(transcript({ pm: 'Menzies', content: '<p>x.</p>' })).meta.byline, 'Menzies');
  });

  it('warns about a missing or impossible date', () => {
    const missing = read(transcript({ date: '', content: '<p>x.</p>' }));
    assert.equal(missing.meta.published, null);
    assert.deepEqual(missing.messages.map((m) => m.code), ['no-publication-date']);
    const impossible = read(transcript({ date: '31/02/1999', content: '<p>x.</p>' }));
    assert.equal(impossible.meta.published, null);
    assert.equal(impossible.messages[0]?.code, 'invalid-date');
    assert.equal(impossible.messages[0]?.place?.start.line, 8);
  });

  it('fails records without body text, and XML that is not a transcript', () => {
    const empty = read(transcript({ content: '' }));
    assert.deepEqual(empty.messages.map((m) => [m.code, m.severity]), [['empty-document', 'error']]);
    const other = read('<?xml version="1.0"?><rss><channel><title>x</title></channel></rss>');
    assert.deepEqual(other.messages.map((m) => [m.code, m.severity]), [['not-aupm-xml', 'error']]);
  });

  it('never throws, and every message span lies inside the text', () => {
    const html = fc.array(fc.constantFrom('<p>', '</p>', ' of the', 'Text.', '<br />', '<b>', 'E&amp;OE...', '[ends]', "I';m", '&amp;#146;', 'Prime Minister:', ' ', '\n'), { maxLength: 30 });
    fc.assert(
      fc.property(html, fc.string(), (parts, noise) => {
        assertWellFormed(read(transcript({ content: parts.join('') + noise.replace(/]]>/g, '') })));
      }),
      { numRuns: 300 },
    );
  });
});

describe('htmlToText', () => {
  it('separates blocks, keeps <br> as a newline, decodes entities and collapses whitespace', () => {
    const { paragraphs } = htmlToText('<p>One  &amp;\n two</p><div>Three<br/>four</div><ul><li>five</li></ul>six<br><br>seven<script>x()</script>');
    assert.deepEqual(
      paragraphs.map((p) => p.text),
      ['One & two', 'Three\nfour', 'five', 'six', 'seven'],
    );
  });

  it('keeps offsets into the HTML and notices a leading space', () => {
    const html = '<p>First</p>\n<p> of the second</p>';
    const [a, b] = htmlToText(html).paragraphs;
    assert.equal(html.slice(a?.start, a?.end), 'First');
    assert.equal(b?.leadingSpace, true);
    assert.equal(html.slice(b?.start, b?.end), ' of the second');
  });
});

describe('duplicateStart', () => {
  const speech = [
    'Thank you very much Mr Chairman, and thank you all for coming along this evening to the dinner.',
    'The relationship between our two countries has never been stronger than it is today, and it will grow.',
    'I look forward to working with all of you over the years ahead on trade, security and education.',
  ];
  it('finds a trailing copy, however it was wrapped', () => {
    const rewrapped = ['Thank you very much Mr Chairman, and thank you all', 'for coming along this evening to the dinner.', ...speech.slice(1)];
    assert.equal(duplicateStart([...speech, ...rewrapped]), 3);
  });
  it('starts the copy at a repeated speaker label', () => {
    const turns = ['JOURNALIST:', speech[0] as string, 'PRIME MINISTER:', speech[1] as string, speech[2] as string];
    assert.equal(duplicateStart([...turns, ...turns.slice(2)]), 5);
  });
  it('ignores short repeats and repeated openings with new content', () => {
    assert.equal(duplicateStart([...speech, 'Thank you.', 'Thank you.']), -1);
    assert.equal(duplicateStart([...speech, `${(speech[0] as string).slice(0, 60)} but then something entirely different is said about other matters altogether, at length and in detail.`]), -1);
  });
});
