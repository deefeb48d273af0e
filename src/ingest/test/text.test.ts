import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { expectGolden } from '../../../test/support/golden.js';
import { hasErrors } from '../../core/index.js';
import { textReader } from '../text.js';
import { assertWellFormed, goldenCases, readFixture, readWith } from './support.js';

const read = (source: string | Uint8Array) => readWith(textReader, source);
const codes = (source: string) => read(source).messages.map((m) => m.code);

describe('text reader: golden fixtures', () => {
  for (const c of goldenCases('text')) {
    it(c.name, () => {
      const doc = readFixture(textReader, c);
      assertWellFormed(doc, readFileSync(c.input));
      expectGolden(c.golden, doc);
    });
  }
});

describe('text reader', () => {
  it('turns a wire story into paragraphs, a title and a source', () => {
    const doc = read(
      [
        'Officials met in Suva on Thursday to discuss fisheries patrols.',
        '"We are going to listen first.',
        '"Then we will talk about what we can deliver."',
        'AdvertisementAdvertise with NZME.',
        'The talks continue on Friday.',
        '- NZPA',
        'Suva talks turn to fisheries',
        'Advertisement',
      ].join('\n'),
    );
    assertWellFormed(doc);
    assert.equal(doc.meta.title, 'Suva talks turn to fisheries');
    assert.equal(doc.meta.source, 'NZPA');
    assert.equal(doc.meta.kind, 'news');
    assert.equal(
      doc.text,
      'Officials met in Suva on Thursday to discuss fisheries patrols.\n\n"We are going to listen first.\n\n"Then we will talk about what we can deliver."\n\nThe talks continue on Friday.',
    );
    const removed = doc.messages.filter((m) => m.severity === 'info');
    assert.deepEqual(
      removed.map((m) => m.code),
      ['boilerplate-advertisement', 'boilerplate-signoff', 'trailing-headline', 'boilerplate-advertisement'],
    );
    // Removed content is reported at the cut point, with its place in the file.
    const ad = removed[0];
    assert.equal(ad?.start, ad?.end);
    assert.equal(doc.text.slice(0, ad?.start ?? 0).endsWith('deliver."'), true);
    assert.deepEqual(ad?.place, { start: { line: 4, column: 1 }, end: { line: 4, column: 34 } });
    assert.equal(ad?.excerpt, 'AdvertisementAdvertise with NZME.');
  });

  it('takes a leading headline as the title, but not a first sentence', () => {
    const headline = read('Peters heads to Washington\nForeign Minister Winston Peters will travel next week.');
    assert.equal(headline.meta.title, 'Peters heads to Washington');
    assert.equal(headline.text, 'Foreign Minister Winston Peters will travel next week.');
    assert.deepEqual(headline.messages.map((m) => m.code).slice(0, 1), ['leading-headline']);

    const sentence = read('Peters heads to Washington today.\nHe will meet the Secretary of State.');
    assert.equal(sentence.meta.title, null);
    assert.ok(sentence.text.startsWith('Peters heads to Washington today.'));
  });

  it('does not take a lone line as its own headline', () => {
    const doc = read('Peters heads to Washington');
    assert.equal(doc.meta.title, null);
    assert.equal(doc.text, 'Peters heads to Washington');
  });

  it('keeps a trailing short line that does not follow a sign-off', () => {
    const doc = read('He said the talks went well.\nThank you');
    assert.equal(doc.text, 'He said the talks went well.\n\nThank you');
  });

  it('joins hard-wrapped blocks and keeps one paragraph per line elsewhere', () => {
    assert.equal(
      read('The minister said the talks\nwould resume next month in\nWellington, officials said.\n\nA second paragraph.').text,
      'The minister said the talks would resume next month in Wellington, officials said.\n\nA second paragraph.',
    );
    assert.equal(read('First sentence here.\nSecond sentence here.').text, 'First sentence here.\n\nSecond sentence here.');
    assert.equal(read('A stray wrap in the\nmiddle of a sentence.\nNext line.').text, 'A stray wrap in the middle of a sentence.\n\nNext line.');
  });

  it('keeps the lines of a header in title case apart, however short', () => {
    assert.equal(read('We have sent help.\n\nSean McCormack, Spokesman\nWashington, DC\nOctober 11, 2005').text, 'We have sent help.\n\nSean McCormack, Spokesman\n\nWashington, DC\n\nOctober 11, 2005');
  });

  it('collapses runs of spaces and tabs inside lines', () => {
    assert.equal(read('Too   many \t spaces  here.').text, 'Too many spaces here.');
  });

  it('reads a byline and a date line', () => {
    const doc = read('By Jane Whitcombe\n\n11 April 2024\n\nOfficials met today.');
    assert.equal(doc.meta.byline, 'Jane Whitcombe');
    assert.equal(doc.meta.published, '2024-04-11');
    assert.equal(doc.meta.publishedFrom, 'text');
  });

  it('reads a date line at the foot of a header block of short lines', () => {
    const header = 'Remarks at the Forum Dialogue\n\nREMARKS\nJane Whitcombe\nSecretary of State\nNational Auditorium\nRarotonga, Cook Islands\nAugust 31, 2012\n\n';
    assert.equal(read(`${header}Thank you so much, Prime Minister, and thank you all for being here with us today.`).meta.published, '2012-08-31');
  });

  it("reads Scoop's date line, with the release's source after a pipe", () => {
    const page = 'Scoop\nIndependent News Since 1999\n\nNZ First: Pacific reset is delivering\n\nSunday, 11 August 2019, 9:15 am | Press Release: New Zealand First Party\n\nThe Pacific reset is delivering real results for the region, the party said today.';
    assert.equal(read(page).meta.published, '2019-08-11');
  });

  it('strips front matter from a .txt file and uses it', () => {
    const doc = read('---\ntitle: A release\ndate: 2024-04-11\nurl: https://www.beehive.govt.nz/release/x\n---\n\nBody text.');
    assert.equal(doc.text, 'Body text.');
    assert.equal(doc.meta.title, 'A release');
    assert.equal(doc.meta.source, 'beehive.govt.nz');
    assert.equal(doc.meta.publishedFrom, 'front-matter');
  });

  it('warns when there is no date', () => {
    assert.ok(codes('Officials met today.').includes('no-publication-date'));
  });

  it('fails documents with nothing left to store', () => {
    for (const source of ['', '   \n\n', 'Advertisement\n- NZPA']) {
      const doc = read(source);
      assert.ok(hasErrors(doc.messages), JSON.stringify(source));
      assert.ok(doc.messages.some((m) => m.code === 'empty-document'));
    }
    assert.deepEqual(read(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])).messages.map((m) => m.code), ['binary-file']);
  });

  it('gives the same id for the same text and a different one for different text', () => {
    assert.equal(read('Officials met today.').id, read('Officials met today.').id);
    assert.notEqual(read('Officials met today.').id, read('Officials met yesterday.').id);
  });
});

/** Lines that exercise every rule, mixed with noise, so the property explores the interesting paths. */
const TRICKY = [
  'Advertisement', 'AdvertisementAdvertise with NZME.', '- NZPA', '– AAP', 'ENDS', 'Photo / Supplied', '---', 'title: x', '...',
  'By Jane Smith', '11 April 2024', 'John Key leaves US for Canada', 'He said "yes".', 'a; b; c', 'Tim Watts, Minister; Jo Lee, Adviser; Sam Roe, Envoy',
  '', ' ', '\t', '\u00a0', '“', '”', 'x'.repeat(300), 'E&OE....', '\r', '\u0092', '\ufeff',
];

describe('text reader: properties', () => {
  const lines = fc.array(fc.oneof(fc.constantFrom(...TRICKY), fc.string(), fc.string({ unit: 'grapheme' })), { maxLength: 25 });
  const texts = fc.oneof(
    lines.map((l) => l.join('\n')),
    lines.map((l) => l.join('\r\n')),
    fc.string({ unit: 'binary', maxLength: 400 }),
  );

  it('never throws, and every message span lies inside the text', () => {
    fc.assert(
      fc.property(texts, (source) => {
        assertWellFormed(read(source), source);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        assertWellFormed(read(bytes), bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same bytes give the same document', () => {
    fc.assert(
      fc.property(texts, (source) => {
        assert.deepEqual(read(source), read(source));
      }),
      { numRuns: 100 },
    );
  });
});
