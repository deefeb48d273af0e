import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { expectGolden } from '../../../test/support/golden.js';
import { markdownReader } from '../markdown.js';
import { assertWellFormed, goldenCases, readFixture, readWith } from './support.js';

const read = (source: string) => readWith(markdownReader, source, 'input.md');

describe('markdown reader: golden fixtures', () => {
  for (const c of goldenCases('markdown')) {
    it(c.name, () => {
      const doc = readFixture(markdownReader, c);
      assertWellFormed(doc, readFileSync(c.input));
      expectGolden(c.golden, doc);
    });
  }
});

describe('markdown reader', () => {
  const release = [
    '---',
    'title: "NZ and the US: an ever closer partnership"',
    'date: 2024-04-11',
    'url: https://www.beehive.govt.nz/release/nz-and-us-ever-closer-partnership',
    'ministers:',
    '  - Rt Hon Winston Peters',
    'portfolios:',
    '  - Foreign Affairs',
    '---',
    '',
    'Mr Peters met **US Secretary of State** Antony Blinken today.',
    '',
    'The joint Declaration can be found [here](https://www.beehive.govt.nz/release/joint).',
  ].join('\n');

  it('reads Beehive front matter into meta and the body into plain text', () => {
    const doc = read(release);
    assertWellFormed(doc);
    assert.deepEqual(doc.meta, {
      title: 'NZ and the US: an ever closer partnership',
      published: '2024-04-11',
      publishedFrom: 'front-matter',
      source: 'beehive.govt.nz',
      url: 'https://www.beehive.govt.nz/release/nz-and-us-ever-closer-partnership',
      byline: null,
      kind: 'release',
      ministers: ['Rt Hon Winston Peters'],
      portfolios: ['Foreign Affairs'],
      extra: {},
    });
    assert.equal(doc.text, 'Mr Peters met US Secretary of State Antony Blinken today.\n\nThe joint Declaration can be found here.');
    assert.deepEqual(doc.messages, []);
  });

  it('keeps the line breaks of a list written one entry a line, and joins the lines of prose', () => {
    const list = ['---', 'title: "New Ministry"', 'date: 2023-11-27', '---', '', 'Nicola Willis: Finance, Social Investment', 'Chris Bishop: Housing, Infrastructure', 'Melissa Lee: Economic Development', '', 'The Ministers were sworn in', 'today at Government House.', ''].join('\n');
    const doc = read(list);
    assertWellFormed(doc);
    assert.equal(doc.text, 'Nicola Willis: Finance, Social Investment\nChris Bishop: Housing, Infrastructure\nMelissa Lee: Economic Development\n\nThe Ministers were sworn in today at Government House.');
  });

  it('keys the id on the URL, so an edited body keeps its id', () => {
    assert.equal(read(release).id, read(release.replace('today', 'on Thursday')).id);
    assert.notEqual(read('Body one.').id, read('Body two.').id);
  });

  it('takes the first # heading as the title when the front matter has none', () => {
    const doc = read('# Samoa arrangement signed\n\nBody text.');
    assert.equal(doc.meta.title, 'Samoa arrangement signed');
    assert.equal(doc.text, 'Body text.');
    assert.equal(doc.messages[0]?.code, 'title-heading');
  });

  it('keeps a first heading that differs from the front matter title', () => {
    const doc = read('---\ntitle: Front matter title\ndate: 2024-01-02\n---\n# Another heading\n\nBody.');
    assert.equal(doc.meta.title, 'Front matter title');
    assert.equal(doc.text, 'Another heading\n\nBody.');
  });

  const kinds: Array<[string, string]> = [
    ['kind: speech', 'speech'],
    ['type: news', 'news'],
    ['ministers: [Hon Jane Doe]', 'release'],
    ['url: https://www.beehive.govt.nz/release/x', 'release'],
    ['url: https://example.org/blog/x', 'other'],
    ['kind: interview', 'other'],
  ];
  for (const [line, kind] of kinds) {
    it(`infers kind ${kind} from ${line}`, () => {
      assert.equal(read(`---\n${line}\n---\nBody.`).meta.kind, kind);
    });
  }

  it('leaves no markup: emphasis, links, images, code, html, lists, quotes', () => {
    const doc = read(
      '*Em* and __strong__ with `code`, a [link](https://x.org) and ![alt](https://x.org/i.png).\n\n- one\n- two\n\n> quoted\n\n<p>Some <b>html</b></p>\n\n1. first\n2. second\n\n***\n\nLine with a hard  \nbreak.',
    );
    assert.equal(doc.text, 'Em and strong with code, a link and .\n\none\n\ntwo\n\nquoted\n\nSome html\n\nfirst\n\nsecond\n\nLine with a hard\nbreak.');
  });

  it('warns about a missing date, broken YAML and bad fields, and still reads the body', () => {
    const codes = (source: string) => read(source).messages.map((m) => m.code);
    assert.deepEqual(codes('Body.'), ['no-publication-date']);
    assert.deepEqual(codes('---\ntitle: "open\n---\nBody.'), ['front-matter-invalid', 'no-publication-date']);
    assert.deepEqual(codes('---\ndate: soonish\n---\nBody.'), ['invalid-date', 'no-publication-date']);
    assert.deepEqual(codes('---\ntitle: [a, b]\ndate: 2024-01-02\n---\nBody.'), ['front-matter-field-invalid']);
    assert.equal(read('---\ntitle: "open\n---\nThe body survives.').text, 'The body survives.');
  });

  it('removes page furniture from the body too', () => {
    const doc = read('---\ndate: 2024-01-02\n---\nReal text.\n\nAdvertisement\n\nMore text.\n\n- NZPA\n');
    assert.equal(doc.text, 'Real text.\n\nMore text.');
    assert.equal(doc.meta.source, 'NZPA');
  });

  it('fails a document without body text', () => {
    const doc = read('---\ntitle: Only a title\n---\n');
    assert.ok(doc.messages.some((m) => m.code === 'empty-document' && m.severity === 'error'));
  });

  it('never throws, and every message span lies inside the text', () => {
    const pieces = fc.constantFrom('---', 'title: x', 'date: 2024-02-30', '# Head', '- item', '> q', '[a](b)', '<div>', '```', 'Advertisement', '', '\r\n', '*', '|a|b|');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 20 }), (parts) => {
        const source = parts.join('\n');
        assertWellFormed(read(source), source);
      }),
      { numRuns: 300 },
    );
  });
});
