import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineIndex } from '../../core/index.js';
import { readFrontMatter } from '../front-matter.js';

const read = (source: string) => readFrontMatter(source, new LineIndex(source), 'reader:test');

describe('readFrontMatter', () => {
  it('splits a Beehive block and keeps the date a string', () => {
    const source = [
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
      'Body.',
    ].join('\n');
    const fm = read(source);
    assert.equal(fm.present, true);
    assert.deepEqual(fm.messages, []);
    assert.equal(fm.body, '\nBody.');
    assert.equal(source.slice(fm.bodyOffset), fm.body);
    assert.deepEqual(fm.fields, {
      title: 'NZ and the US: an ever closer partnership',
      published: '2024-04-11',
      url: 'https://www.beehive.govt.nz/release/nz-and-us-ever-closer-partnership',
      source: null,
      byline: null,
      ministers: ['Rt Hon Winston Peters'],
      portfolios: ['Foreign Affairs'],
      kind: null,
    });
  });

  const aliases: Array<[string, Partial<Record<string, unknown>>]> = [
    ['published: 2024-04-11', { published: '2024-04-11' }],
    ['pubDate: "Thu, 11 Apr 2024 23:30:00 -0500"', { published: '2024-04-11' }],
    ['source-url: https://example.org/a', { url: 'https://example.org/a' }],
    ['link: https://example.org/b', { url: 'https://example.org/b' }],
    ['author: Jane Smith', { byline: 'Jane Smith' }],
    ['byline: [Sam Lee, Alex Kim]', { byline: 'Sam Lee, Alex Kim' }],
    ['source: NZ Herald', { source: 'NZ Herald' }],
    ['kind: speech', { kind: 'speech' }],
    ['type: Media Release', { kind: 'release' }],
    ['type: post', { kind: null }],
    ['ministers: Hon Jane Doe', { ministers: ['Hon Jane Doe'] }],
    ['portfolios: [Trade, Pacific]', { portfolios: ['Trade', 'Pacific'] }],
    ['title: 1984', { title: '1984' }],
    ['Title: Capitalised keys count', { title: 'Capitalised keys count' }],
  ];
  for (const [line, expected] of aliases) {
    it(`reads ${line}`, () => {
      const fm = read(`---\n${line}\n---\nBody`);
      assert.deepEqual(fm.messages, []);
      for (const [key, value] of Object.entries(expected)) assert.deepEqual((fm.fields as unknown as Record<string, unknown>)[key], value, key);
    });
  }

  it('reports broken YAML at its place in the file and still returns the body', () => {
    const source = '---\ntitle: ok\ndate: [2024-05-01\n---\n\nThe body survives.\n';
    const fm = read(source);
    assert.equal(fm.body, '\nThe body survives.\n');
    assert.equal(fm.fields.title, null, 'a broken block is ignored as a whole');
    const [m] = fm.messages;
    assert.equal(m?.code, 'front-matter-invalid');
    assert.equal(m?.severity, 'warning');
    assert.ok(m?.place && m.place.start.line >= 3, 'the place is in file lines, past the opening fence');
  });

  it('names the value of a date that is not a date', () => {
    const fm = read('---\ndate: next Tuesday-ish\n---\nBody');
    assert.equal(fm.fields.published, null);
    assert.equal(fm.messages[0]?.code, 'invalid-date');
    assert.match(fm.messages[0]?.reason ?? '', /next Tuesday-ish/);
    assert.deepEqual(fm.messages[0]?.place, { start: { line: 2, column: 7 }, end: { line: 2, column: 23 } });
  });

  it('falls back to the next date key when the first is not a date', () => {
    const fm = read('---\ndate: soon\npublished: 2024-04-11\n---\nBody');
    assert.equal(fm.fields.published, '2024-04-11');
    assert.deepEqual(fm.messages.map((m) => m.code), ['invalid-date']);
  });

  const wrongTypes: Array<[string, string]> = [
    ['title:\n  - one\n  - two', 'title'],
    ['title: {a: 1}', 'title'],
    ['ministers: [{name: X}]', 'ministers'],
    ['url: /relative/path', 'url'],
  ];
  for (const [yaml, field] of wrongTypes) {
    it(`reports a wrong type for ${field}`, () => {
      const fm = read(`---\n${yaml}\n---\nBody`);
      assert.equal(fm.messages[0]?.code, 'front-matter-field-invalid');
      assert.match(fm.messages[0]?.reason ?? '', new RegExp(`'${field}'`));
    });
  }

  it('treats a block that is not a mapping as invalid', () => {
    const fm = read('---\n- just\n- a list\n---\nBody');
    assert.equal(fm.messages[0]?.code, 'front-matter-invalid');
  });

  const notFrontMatter = ['No fences at all.', '---\nA rule with no closing fence\n\nand prose.', 'Text first\n---\ntitle: x\n---'];
  for (const source of notFrontMatter) {
    it(`leaves ${JSON.stringify(source.slice(0, 20))} alone`, () => {
      const fm = read(source);
      assert.equal(fm.present, false);
      assert.equal(fm.body, source);
      assert.deepEqual(fm.messages, []);
    });
  }

  it('accepts an empty block and a "..." closing fence', () => {
    assert.equal(read('---\n---\nBody').body, 'Body');
    assert.equal(read('---\ntitle: x\n...\nBody').fields.title, 'x');
  });
});
