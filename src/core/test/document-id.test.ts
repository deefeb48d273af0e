import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentId, normaliseUrl } from '../index.js';

describe('document ids', () => {
  it('fold spellings of one URL together', () => {
    const same = [
      'https://www.beehive.govt.nz/release/nz-and-us-ever-closer-partnership',
      'http://beehive.govt.nz/release/nz-and-us-ever-closer-partnership/',
      'https://WWW.Beehive.govt.nz/release/nz-and-us-ever-closer-partnership#top',
      'https://www.beehive.govt.nz/release/nz-and-us-ever-closer-partnership?utm_source=x&fbclid=y',
    ];
    assert.equal(new Set(same.map(normaliseUrl)).size, 1);
    assert.equal(new Set(same.map((u) => documentId(u, 'different text each time' + u))).size, 1);
  });

  it('keep meaningful differences apart', () => {
    assert.notEqual(normaliseUrl('https://example.org/a?id=1'), normaliseUrl('https://example.org/a?id=2'));
    assert.notEqual(normaliseUrl('https://example.org/a'), normaliseUrl('https://example.org/A'));
  });

  it('fall back to the text when there is no usable URL', () => {
    assert.equal(normaliseUrl('not a url'), null);
    assert.equal(normaliseUrl('ftp://example.org/file'), null);
    assert.equal(documentId(null, 'same text'), documentId('mailto:x@y.z', 'same text'));
    assert.notEqual(documentId(null, 'one text'), documentId(null, 'another text'));
    assert.match(documentId(null, 'x'), /^[0-9a-f]{16}$/);
  });
});
