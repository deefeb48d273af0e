import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { readDocument } from '../index.js';
import { assertWellFormed } from './support.js';

/**
 * The project's defining examples live beside the repo in ../shared (see its
 * README); they are not copied here (three are copyrighted news stories), so
 * these tests skip when the folder is absent.
 */
const SHARED = process.env.PARLEY_SHARED ?? resolve(fileURLToPath(new URL('../../../', import.meta.url)), '../shared');
const SAMPLES = join(SHARED, 'sample-corpus');
const TRANSCRIPTS = join(SHARED, 'corpora', 'au-pm-transcripts');
const skip = existsSync(SAMPLES) ? false : `no sample corpus at ${SAMPLES}`;

function sample(prefix: string) {
  const name = readdirSync(SAMPLES).find((f) => f.startsWith(prefix));
  assert.ok(name, `sample ${prefix} exists`);
  const path = join(SAMPLES, name);
  const doc = readDocument({ path, bytes: readFileSync(path) });
  assertWellFormed(doc);
  return doc;
}

/** Furniture that must never reach the text of any sample. */
const LEFTOVERS = [/^Advertisement/m, /Advertise with/, /^[-–—]\s*NZPA$/m, /Getty Images/, /^---$/m, /^title:/m, /\]\(http/, /\*\*/];

describe('sample corpus', { skip }, () => {
  it('000 and 001: Beehive releases read as Markdown with front matter', () => {
    for (const prefix of ['000_', '001_']) {
      const doc = sample(prefix);
      assert.equal(doc.format, 'markdown');
      assert.equal(doc.meta.source, 'beehive.govt.nz');
      assert.equal(doc.meta.kind, 'release');
      assert.deepEqual(doc.meta.ministers, ['Rt Hon Winston Peters']);
      assert.deepEqual(doc.meta.portfolios, ['Foreign Affairs']);
      assert.equal(doc.meta.publishedFrom, 'front-matter');
      for (const re of LEFTOVERS) assert.doesNotMatch(doc.text, re);
    }
    assert.equal(sample('000_').meta.published, '2024-04-11');
    assert.equal(sample('001_').meta.published, '2024-04-04');
    assert.ok(sample('000_').text.endsWith('Mr Peters returns to New Zealand this weekend.'));
  });

  it('002: the trailing headline is the title, NZPA the source, and no furniture remains', () => {
    const doc = sample('002_');
    assert.equal(doc.format, 'text');
    assert.equal(doc.meta.title, 'John Key leaves US for Canada');
    assert.equal(doc.meta.source, 'NZPA');
    assert.equal(doc.meta.kind, 'news');
    assert.ok(doc.text.startsWith('Prime Minister John Key leaves Washington tonight'));
    assert.ok(doc.text.endsWith('to chair a scheduled meeting.'));
    assert.doesNotMatch(doc.text, /John Key leaves US for Canada/);
    for (const re of LEFTOVERS) assert.doesNotMatch(doc.text, re);
    assert.equal(doc.text.split('\n\n').length, 14, 'one paragraph per source line');
  });

  it('003: a clean story passes through untouched', () => {
    const doc = sample('003_');
    assert.equal(doc.meta.title, null);
    assert.deepEqual(doc.messages.map((m) => m.code), ['no-publication-date']);
  });

  it('004: the caption list and the Getty credit are gone, prose with semicolons stays', () => {
    const doc = sample('004_');
    assert.ok(doc.text.startsWith('Foreign Minister Winston Peters is now going to Washington'));
    assert.doesNotMatch(doc.text, /Tim Watts/);
    assert.doesNotMatch(doc.text, /Junko Kimura/);
    assert.match(doc.text, /Indo-Pacific Partners; Australia, Japan, New Zealand, and the Republic of Korea/);
    assert.match(doc.text, /summit; Nanaia Mahuta went last year/);
    assert.deepEqual(
      doc.messages.filter((m) => m.severity === 'info').map((m) => m.code),
      ['boilerplate-caption', 'boilerplate-photo-credit'],
    );
  });
});

describe('AU PM transcripts', { skip: existsSync(TRANSCRIPTS) ? false : `no corpus at ${TRANSCRIPTS}` }, () => {
  it('reads a spread of real transcripts without furniture or markup', () => {
    const files = readdirSync(TRANSCRIPTS).filter((f) => f.endsWith('.xml')).sort();
    // Every 25th file: broad enough to catch regressions, quick enough for every run.
    for (const name of files.filter((_, i) => i % 25 === 0)) {
      const path = join(TRANSCRIPTS, name);
      const doc = readDocument({ path, bytes: readFileSync(path) });
      assertWellFormed(doc);
      assert.equal(doc.format, 'aupm-xml');
      if (doc.text === '') continue; // a handful of records have an empty body
      assert.match(doc.meta.published ?? '', /^\d{4}-\d{2}-\d{2}$/, name);
      assert.doesNotMatch(doc.text, /<\/?(?:p|br|b|strong)\b/i, name);
      assert.doesNotMatch(doc.text, /^\W*ends\W*$/im, name);
      assert.doesNotMatch(doc.text, /^E\s*&\s*O\s*E/m, name);
      assert.doesNotMatch(doc.text, /\p{L}';\p{L}/u, name);
    }
  });
});
