import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { aupmXmlReader } from '../aupm-xml.js';
import { markdownReader } from '../markdown.js';
import { findPageChrome, type Chrome } from '../page-chrome.js';
import { textReader } from '../text.js';
import { assertWellFormed, readWith } from './support.js';

const BODY = 'New Zealand and Tonga agreed today to extend their fisheries partnership for a further five years.';
const MORE = 'The ministers will meet again in Nuku’alofa in September to review progress on the agreement.';

/** Classifies `lines` as one document; the hit for each line, or null. */
function classify(lines: readonly string[]): Array<Chrome | null> {
  const hits = findPageChrome(lines.map((text) => ({ text, removed: false })));
  return lines.map((_l, i) => hits.get(i) ?? null);
}

describe('findPageChrome: chrome lines', () => {
  // [line, code, person the header names (or null)], each tried at the head of a page.
  const head: Array<[string, string, string | null]> = [
    // Scoop (NZ)
    ['Scoop.co.nz | Parliament | Press Release: New Zealand First Party', 'boilerplate-header', null],
    ['Home | Politics | Parliament', 'boilerplate-header', null],
    ['Home › News › Media releases', 'boilerplate-header', null],
    ['Scoop Independent News', 'boilerplate-header', null],
    ['Scoop Independent News Parliament | Politics | Headlines', 'boilerplate-header', null],
    ['Parliament | Politics | Headlines', 'boilerplate-header', null],
    ['Sunday, 11 August 2019, 9:15 am | Press Release: New Zealand First Party', 'boilerplate-header', null],
    ['Winston Peters Press Releases -- Foreign Affairs & Defence', 'boilerplate-header', 'Winston Peters'],
    ['New Zealand Government Press Releases -- Foreign Affairs', 'boilerplate-header', null],
    ['Press Release: New Zealand Government', 'boilerplate-header', null],
    ['Press Release: Hon. Winston Peters', 'boilerplate-header', 'Winston Peters'],
    ['Published: Tue 4 Feb 2025 10:12 AM', 'boilerplate-header', null],
    ['Media Statement', 'boilerplate-header', null],
    ['Media Release', 'boilerplate-header', null],
    ['Joint media release – 4 March 2025', 'boilerplate-header', null],
    ['Speech: Hon Winston Peters', 'boilerplate-speech-header', 'Winston Peters'],
    ['Speech: Rt Hon Christopher Luxon, Prime Minister', 'boilerplate-speech-header', 'Christopher Luxon, Prime Minister'],
    // Embargoes
    ['EMBARGOED UNTIL 12.30PM 4 MARCH', 'boilerplate-embargo', null],
    ['Embargoed until delivery', 'boilerplate-embargo', null],
    ['*** EMBARGOED ***', 'boilerplate-embargo', null],
    ['EMBARGOED 8.30PM', 'boilerplate-embargo', null],
    ['Embargo: 00:01 Tuesday 4 March 2025', 'boilerplate-embargo', null],
    ['Strictly embargoed until 11am AEDT', 'boilerplate-embargo', null],
    ['Not for publication before 6pm', 'boilerplate-embargo', null],
    // ALL-CAPS speech headers (NZ, AU PM transcripts)
    ['SPEECH BY THE HON JENNY SHIPLEY, PRIME MINISTER, TO THE AUCKLAND CHAMBER OF COMMERCE', 'boilerplate-speech-header', 'Jenny Shipley, Prime Minister'],
    ['TRANSCRIPT OF THE PRIME MINISTER THE HON JOHN HOWARD MP DOORSTOP INTERVIEW, WELLINGTON', 'boilerplate-speech-header', 'John Howard, Prime Minister'],
    ['ADDRESS BY THE RT HON HELEN CLARK, PRIME MINISTER, TO THE NEW ZEALAND INSTITUTE OF INTERNATIONAL AFFAIRS', 'boilerplate-speech-header', 'Helen Clark, Prime Minister'],
    ['REMARKS BY THE HON MURRAY MCCULLY, MINISTER OF FOREIGN AFFAIRS, AT THE UNITED NATIONS', 'boilerplate-speech-header', 'Murray McCully, Minister of Foreign Affairs'],
    ['SPEECH BY JENNY SHIPLEY, PRIME MINISTER', 'boilerplate-speech-header', 'Jenny Shipley, Prime Minister'],
    ['8 May 1997 ADDRESS BY THE PRIME MINISTER', 'boilerplate-speech-header', null],
    ['THE HON JOHN HOWARD MP', 'boilerplate-speech-header', 'John Howard'],
    // US
    ['FOR IMMEDIATE RELEASE', 'boilerplate-header', null],
    ['Office of the Spokesperson', 'boilerplate-header', null],
    ['MEDIA NOTE', 'boilerplate-header', null],
    ['Remarks by Secretary of State Antony J. Blinken at the Pacific Islands Forum', 'boilerplate-speech-header', 'Antony J. Blinken, Secretary of State'],
    // UK
    ['Press release', 'boilerplate-header', null],
    ['From: Foreign, Commonwealth & Development Office and The Rt Hon David Lammy MP', 'boilerplate-header', 'David Lammy'],
    ['Published 4 March 2025', 'boilerplate-header', null],
  ];
  for (const [line, code, person] of head) {
    it(`head: ${JSON.stringify(line.slice(0, 60))} → ${code}${person ? ` (${person})` : ''}`, () => {
      const [hit, body] = classify([line, BODY, MORE]);
      assert.equal(hit?.code ?? null, code);
      assert.equal(hit?.person ?? null, person);
      assert.equal(body, null);
    });
  }

  const tail: Array<[string, string]> = [
    ['Share on Facebook / Twitter / Email this / Print', 'boilerplate-share'],
    ['Share this page', 'boilerplate-share'],
    ['Share', 'boilerplate-share'],
    ['Related stories', 'boilerplate-footer'],
    ['© Scoop Media', 'boilerplate-footer'],
    ['Find more from New Zealand First on InfoPages.', 'boilerplate-footer'],
    ['Is this page useful?', 'boilerplate-footer'],
    ['Is this page useful? Yes No', 'boilerplate-footer'],
    ['Contact: press@state.gov', 'boilerplate-footer'],
    ['For further information, contact the Office of Press Relations at press@state.gov.', 'boilerplate-footer'],
    ['Media contact: Jane Smith 021 555 0199', 'boilerplate-footer'],
    ['© Commonwealth of Australia 2025', 'boilerplate-footer'],
    ['Authorised by Jane Smith, 1 Parliament St, Wellington.', 'boilerplate-footer'],
    ['- END -', 'boilerplate-ends'],
    ['END', 'boilerplate-ends'],
  ];
  for (const [line, code] of tail) {
    it(`tail: ${JSON.stringify(line)} → ${code}`, () => {
      assert.equal(classify([BODY, MORE, line])[2]?.code ?? null, code);
    });
  }

  it('reads the date of a "Published" line', () => {
    assert.equal(classify(['Published: Tue 4 Feb 2025 10:12 AM', BODY])[0]?.published, '2025-02-04');
    assert.equal(classify(['Published: yesterday afternoon', BODY])[0], null);
  });

  it('takes the ALL-CAPS lines under a speech header with it, but not a speaker label', () => {
    const lines = ['TRANSCRIPT OF THE PRIME MINISTER', 'THE HON JOHN HOWARD MP', 'JOINT PRESS CONFERENCE WITH', 'THE DEPUTY PRIME MINISTER AND THE MINISTER FOR FOREIGN AFFAIRS,', 'PARLIAMENT HOUSE', 'Subjects: ANZUS Treaty; Ansett.', 'PRIME MINISTER:', 'Well ladies and gentlemen, the cabinet met today to consider the events.'];
    assert.deepEqual(
      classify(lines).map((h) => h?.code ?? null),
      ['boilerplate-speech-header', 'boilerplate-speech-header', 'boilerplate-speech-header', 'boilerplate-speech-header', 'boilerplate-speech-header', null, null, null],
    );
  });

  it('steps over a headline, a date and one standfirst in the head, but not over the body', () => {
    const lines = ['Press release', 'UK and New Zealand step up cooperation', 'The Foreign Secretary met the New Zealand Foreign Minister in London today to agree a programme.', 'Published 4 March 2025', BODY, 'Press release'];
    assert.deepEqual(classify(lines).map((h) => h?.code ?? null), ['boilerplate-header', null, null, 'boilerplate-header', null, null]);
  });
});

describe('findPageChrome: false positives', () => {
  // Body text that looks a little like chrome and must stay, wherever it stands.
  const keep: string[] = [
    'The embargo on arms was lifted.',
    'The embargo on arms was lifted',
    'Embargoed goods were seized at the border.',
    'Embargo talks resume',
    'Speech by the Prime Minister was well received by the chamber.',
    'Speech by the Prime Minister was well received',
    'Remarks by Peters anger China',
    'Address to the nation',
    'Transcripts of the talks were released on Friday.',
    'NATO AND ANZUS',
    'PRIME MINISTER:',
    'JOURNALIST:',
    'The visit "ends a long wait," one official said.',
    '"Ends," he said.',
    'Media statements were issued by both governments after the talks.',
    'Press releases from the ministry are published each week.',
    'The minister published 4 March 2025 figures on aid.',
    'From the outset, the talks were difficult.',
    'From: the minister’s diary, shared with reporters, showed three meetings.',
    'Home and away: the Pacific in a changing world',
    'Share prices fell sharply in Auckland.',
    'Print media were not invited.',
    'Related talks continue in Suva next week.',
    'Office of the Spokesperson staff will travel with the Secretary.',
    'For immediate release of the hostages, the minister said, talks must continue.',
    'Contact between the two leaders has been frequent this year.',
    'Contact with officials at the embassy was made through the usual channels, she said.',
    'Copyright reform was also on the agenda.',
    'The Hon Winston Peters met the Foreign Minister of Tonga today in Nuku’alofa.',
    'The talks ended.',
    'Is this the end?',
    'Scoop independent news site reports the talks ended.',
    'Trade | aid, 2024: the year in review',
  ];
  for (const line of keep) {
    it(`keeps ${JSON.stringify(line)} at the head, in the middle and at the tail`, () => {
      assert.deepEqual(classify([line, BODY, MORE]), [null, null, null], 'head');
      assert.deepEqual(classify([BODY, line, MORE]), [null, null, null], 'middle');
      assert.deepEqual(classify([BODY, MORE, line]), [null, null, null], 'tail');
    });
  }

  // Chrome-looking lines that are only chrome at an edge, kept in the body.
  const edgeOnly: string[] = [
    'Press release',
    'Media Statement',
    'Speech: Hon Winston Peters',
    'SPEECH BY THE HON JENNY SHIPLEY, PRIME MINISTER, TO THE AUCKLAND CHAMBER OF COMMERCE',
    'From: Foreign, Commonwealth & Development Office and The Rt Hon David Lammy MP',
    'THE HON JOHN HOWARD MP',
    'FOR IMMEDIATE RELEASE',
    'Contact: press@state.gov',
    '© Commonwealth of Australia 2025',
    'END',
    'Parliament | Politics | Headlines',
  ];
  for (const line of edgeOnly) {
    it(`keeps ${JSON.stringify(line.slice(0, 60))} between paragraphs of body text`, () => {
      assert.equal(classify([BODY, MORE, line, BODY, MORE])[2], null);
    });
  }
});

describe('page chrome in the text reader', () => {
  it('removes a Scoop header and footer, keeps the title, the speaker and the date', () => {
    const doc = readWith(
      textReader,
      [
        'Scoop.co.nz | Parliament | Press Release: New Zealand Government',
        'Pacific partnership reaffirmed',
        'Published: Tue 4 Feb 2025 10:12 AM',
        'Speech: Hon Winston Peters',
        'EMBARGOED UNTIL 12.30PM 4 FEBRUARY',
        '',
        BODY,
        '',
        'The embargo on arms was lifted.',
        '',
        'Share on Facebook / Twitter / Email this / Print',
        '© Scoop Media',
      ].join('\n'),
    );
    assertWellFormed(doc);
    assert.equal(doc.text, `${BODY}\n\nThe embargo on arms was lifted.`);
    assert.equal(doc.meta.title, 'Pacific partnership reaffirmed');
    assert.equal(doc.meta.byline, 'Winston Peters');
    assert.equal(doc.meta.published, '2025-02-04');
    assert.equal(doc.meta.publishedFrom, 'text');
    const removed = doc.messages.filter((m) => m.code.startsWith('boilerplate-'));
    assert.deepEqual(
      removed.map((m) => [m.code, m.start, m.end, m.place?.start.line, m.excerpt]),
      [
        ['boilerplate-header', 0, 0, 1, 'Scoop.co.nz | Parliament | Press Release: New Zealand Government'],
        ['boilerplate-header', 0, 0, 3, 'Published: Tue 4 Feb 2025 10:12 AM'],
        ['boilerplate-speech-header', 0, 0, 4, 'Speech: Hon Winston Peters'],
        ['boilerplate-embargo', 0, 0, 5, 'EMBARGOED UNTIL 12.30PM 4 FEBRUARY'],
        ['boilerplate-share', doc.text.length, doc.text.length, 11, 'Share on Facebook / Twitter / Email this / Print'],
        ['boilerplate-footer', doc.text.length, doc.text.length, 12, '© Scoop Media'],
      ],
    );
  });

  it('removes a Scoop banner and section line, and dates the release by the line under its headline', () => {
    const doc = readWith(textReader, ['Scoop Independent News', 'Parliament | Politics | Headlines', '', 'Pacific partnership reaffirmed', '', 'Thursday, 16 May 2024, 1:18 pm', '', 'Press Release: Te Pāti Māori', '', BODY, '', MORE].join('\n'));
    assertWellFormed(doc);
    assert.equal(doc.meta.published, '2024-05-16');
    assert.equal(doc.meta.title, 'Pacific partnership reaffirmed');
    assert.deepEqual(
      doc.messages.filter((m) => m.code === 'boilerplate-header').map((m) => m.excerpt),
      ['Scoop Independent News', 'Parliament | Politics | Headlines', 'Press Release: Te Pāti Māori'],
    );
  });

  it("removes Scoop's date line with its release label, and dates the release by it", () => {
    const doc = readWith(textReader, ['Scoop', 'Independent News Since 1999', '', 'Pacific reset is delivering', '', 'Sunday, 11 August 2019, 9:15 am | Press Release: New Zealand First Party', '', BODY, '', MORE].join('\n'));
    assertWellFormed(doc);
    assert.equal(doc.meta.published, '2019-08-11');
    assert.ok(doc.messages.some((m) => m.code === 'boilerplate-header' && m.excerpt === 'Sunday, 11 August 2019, 9:15 am | Press Release: New Zealand First Party'));
    assert.ok(!doc.text.includes('Press Release'));
  });

  it('keeps a byline and a front matter byline over a header', () => {
    assert.equal(readWith(textReader, `By Jane Whitcombe\nSpeech: Hon Winston Peters\n\n${BODY}`).meta.byline, 'Jane Whitcombe');
    assert.equal(readWith(textReader, `---\nbyline: Sam Lee\n---\nSpeech: Hon Winston Peters\n\n${BODY}`).meta.byline, 'Sam Lee');
  });

  it('never fills ministers or invents a role', () => {
    const doc = readWith(textReader, `Winston Peters Press Releases -- Foreign Affairs & Defence\n\n${BODY}`);
    assert.equal(doc.meta.byline, 'Winston Peters');
    assert.deepEqual(doc.meta.ministers, []);
  });

  it('leaves body text that merely looks like chrome alone', () => {
    const body = [BODY, 'Speech by the Prime Minister was well received by the chamber.', 'NATO AND ANZUS', 'were both named in the communique, officials said.', 'Press release', MORE].join('\n');
    const doc = readWith(textReader, body);
    assert.ok(doc.text.includes('Speech by the Prime Minister was well received'));
    assert.ok(doc.text.includes('NATO AND ANZUS'));
    assert.ok(doc.text.includes('Press release'));
    assert.equal(doc.messages.filter((m) => m.code.startsWith('boilerplate-')).length, 0);
  });

  it('keeps every body sentence whatever chrome surrounds it', () => {
    const sentence = fc
      .array(fc.constantFrom('the', 'embargo', 'speech', 'by', 'Minister', 'press', 'release', 'share', 'ends', 'NATO', 'talks', 'Wellington', 'said', 'Hon'), { minLength: 6, maxLength: 14 })
      .map((words) => `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);
    const chrome = fc.constantFrom('Press release', 'Speech: Hon Winston Peters', 'EMBARGOED UNTIL 12.30PM 4 MARCH', 'Home | Politics | Parliament', 'FOR IMMEDIATE RELEASE');
    const footer = fc.constantFrom('Share this page', 'Related stories', '© Scoop Media', '- END -', 'Contact: press@state.gov');
    fc.assert(
      fc.property(fc.array(chrome, { maxLength: 3 }), fc.array(sentence, { minLength: 1, maxLength: 5 }), fc.array(footer, { maxLength: 3 }), (top, body, bottom) => {
        const doc = readWith(textReader, [...top, '', body.join('\n\n'), '', ...bottom].join('\n'));
        assertWellFormed(doc);
        assert.equal(doc.text, body.join('\n\n'));
      }),
      { numRuns: 200 },
    );
  });
});

describe('page chrome in the Markdown reader', () => {
  it('splits header lines glued into one paragraph and keeps the rest of it', () => {
    const source = ['---', 'title: Pacific partnership', '---', '', 'Published: Tue 4 Feb 2025 10:12 AM', 'Press Release: New Zealand Government', '', `**${BODY}**`, '', MORE, ''].join('\n');
    const doc = readWith(markdownReader, source, 'release.md');
    assertWellFormed(doc, source);
    assert.equal(doc.text, `${BODY}\n\n${MORE}`);
    assert.equal(doc.meta.published, '2025-02-04');
    assert.equal(doc.meta.publishedFrom, 'text');
    assert.deepEqual(
      doc.messages.filter((m) => m.code.startsWith('boilerplate-')).map((m) => [m.code, m.place?.start.line, m.excerpt]),
      [
        ['boilerplate-header', 5, 'Published: Tue 4 Feb 2025 10:12 AM'],
        ['boilerplate-header', 6, 'Press Release: New Zealand Government'],
      ],
    );
  });

  it('keeps a paragraph whole when a header is glued to body text', () => {
    const source = `Media Statement\n${BODY}\n\n${MORE}\n`;
    const doc = readWith(markdownReader, source, 'release.md');
    assert.equal(doc.text, `${BODY}\n\n${MORE}`);
    const mixed = readWith(markdownReader, `The talks went well and\nPress release\nwas the word used.\n\n${MORE}\n`, 'release.md');
    assert.ok(mixed.text.startsWith('The talks went well and'), mixed.text);
  });

  it('removes chrome headings, keeps the title heading after them, and reads a speaker', () => {
    const source = ['Scoop.co.nz | Parliament | Press Release: New Zealand Government', '', '# Pacific partnership reaffirmed', '', '## Speech: Hon Winston Peters', '', BODY, '', '## Related stories', '', '- Share on Facebook', '- Share on Twitter', ''].join('\n');
    const doc = readWith(markdownReader, source, 'release.md');
    assertWellFormed(doc, source);
    assert.equal(doc.text, BODY);
    assert.equal(doc.meta.title, 'Pacific partnership reaffirmed');
    assert.equal(doc.meta.byline, 'Winston Peters');
    assert.deepEqual(
      doc.messages.filter((m) => m.severity === 'info').map((m) => m.code),
      ['boilerplate-header', 'title-heading', 'boilerplate-speech-header', 'boilerplate-footer', 'boilerplate-share', 'boilerplate-share'],
    );
  });
});

describe('page chrome in the PM Transcripts reader', () => {
  const transcript = (body: string): string =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<transcripts><transcript><transcript-id>99901</transcript-id><title>Joint press conference</title><prime-minister>Howard, John</prime-minister><release-date>14/09/2001</release-date><release-type>Press Conference</release-type><content><![CDATA[${body}]]></content></transcript></transcripts>\n`;

  it('removes the header block over a transcript and keeps the speaker labels', () => {
    const source = transcript(
      '<p>TRANSCRIPT OF THE PRIME MINISTER</p><p>THE HON JOHN HOWARD MP</p><p>JOINT PRESS CONFERENCE WITH</p><p>THE DEPUTY PRIME MINISTER AND THE MINISTER FOR FOREIGN AFFAIRS,</p><p>PARLIAMENT HOUSE</p><p>Subjects: ANZUS Treaty.</p><p>PRIME MINISTER:</p><p>Well ladies and gentlemen, the cabinet met today to consider the events in the United States.</p>',
    );
    const doc = readWith(aupmXmlReader, source, 'transcript.xml');
    assertWellFormed(doc);
    assert.equal(doc.text, 'Subjects: ANZUS Treaty.\n\nPRIME MINISTER:\n\nWell ladies and gentlemen, the cabinet met today to consider the events in the United States.');
    assert.equal(doc.messages.filter((m) => m.code === 'boilerplate-speech-header').length, 5);
    assert.equal(doc.meta.byline, 'John Howard');
  });

  it('cuts an embargo notice glued to the first heading', () => {
    const doc = readWith(aupmXmlReader, transcript('<p>***UNDER EMBARGO UNTIL 12.40PM*** Introduction</p><p>I am delighted to have the opportunity to talk about our region today.</p>'), 'transcript.xml');
    assert.equal(doc.text, 'Introduction\n\nI am delighted to have the opportunity to talk about our region today.');
    assert.deepEqual(doc.messages.filter((m) => m.code === 'boilerplate-embargo').map((m) => [m.start, m.excerpt]), [[0, '***UNDER EMBARGO UNTIL 12.40PM***']]);
  });
});
