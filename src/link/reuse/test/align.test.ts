import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alignTexts, coveredShare } from '../index.js';
import { join, locate, OTHER, RELEASE } from './texts.js';

const release = join(RELEASE);
const sourceShare = (target: string) => coveredShare(alignTexts(release, target).map((p) => p.source), release.length);

describe('alignTexts', () => {
  it('finds a verbatim reprint as one passage covering both texts', () => {
    const passages = alignTexts(release, release);
    assert.equal(passages.length, 1);
    assert.deepEqual(passages[0]!.source, { start: 0, end: release.length - 1 }, 'to the last word; the final full stop is not a word');
  });

  it('bridges a rewritten attribution ("Mr Peters says" → "he said") without splitting the passage', () => {
    const story = release.replaceAll('Mr Peters says', 'he said');
    const passages = alignTexts(release, story);
    assert.equal(passages.length, 1, JSON.stringify(passages));
    assert.ok(sourceShare(story) > 0.97);
  });

  it('bridges changed quote style and removed paragraph breaks', () => {
    const story = release.replace(/[“”]/g, '"').replace(/’/g, "'").replaceAll('\n\n', ' ');
    const passages = alignTexts(release, story);
    assert.equal(passages.length, 1);
    assert.ok(sourceShare(story) > 0.97);
  });

  it('bridges a dropped sentence and an added sentence', () => {
    const dropped = join(RELEASE.map((p, i) => (i === 2 ? p.replace('The outcome of the war in Ukraine will have profound impacts on global security, and that is why New Zealand must be prepared to do its part,” Mr Peters says.', '”') : p)));
    assert.equal(alignTexts(release, dropped).length, 1);
    const added = join(RELEASE.map((p, i) => (i === 3 ? `${p} Officials would not say who else attended the closed session.` : p)));
    assert.equal(alignTexts(release, added).length, 1);
  });

  it('gives reordered paragraphs their own passages, each mapped to the right place', () => {
    const story = join([RELEASE[4]!, RELEASE[5]!, RELEASE[0]!, RELEASE[1]!, RELEASE[2]!, RELEASE[3]!]);
    const passages = alignTexts(release, story);
    assert.equal(passages.length, 2, JSON.stringify(passages));
    for (const p of passages) {
      const words = (s: string) => s.replace(/\W+/g, ' ').trim();
      assert.equal(words(release.slice(p.source.start, p.source.end)), words(story.slice(p.target.start, p.target.end)));
    }
  });

  it('does not count an added lead and commentary paragraphs as reuse', () => {
    const story = join([OTHER[0]!, ...RELEASE.slice(0, 3), OTHER[1]!]);
    const passages = alignTexts(release, story);
    assert.equal(passages.length, 1);
    const lead = locate(story, OTHER[0]!);
    const tail = locate(story, OTHER[1]!);
    assert.ok(passages[0]!.target.start >= lead.end && passages[0]!.target.end <= tail.start, JSON.stringify(passages));
    const reused = locate(release, join(RELEASE.slice(0, 3)));
    assert.ok(Math.abs(passages[0]!.source.start - reused.start) <= 1 && Math.abs(passages[0]!.source.end - reused.end) <= 1);
  });

  it('a trimmed reprint covers the kept share of the release', () => {
    const story = join(RELEASE.slice(0, 4));
    const expected = join(RELEASE.slice(0, 4)).length / release.length;
    assert.ok(Math.abs(sourceShare(story) - expected) < 0.01, `${sourceShare(story)} vs ${expected}`);
  });

  it('finds nothing between unrelated texts on the same topic', () => {
    const sameTopic =
      'NATO foreign ministers met in Brussels this week. New Zealand sent its Foreign Minister, who spoke about Ukraine, the Indo-Pacific and the partnership programme with NATO.';
    assert.deepEqual(alignTexts(release, sameTopic), []);
    assert.deepEqual(alignTexts(release, join(OTHER)), []);
  });

  it('ignores a shared phrase too short to be reuse', () => {
    const story = `${OTHER[0]} New Zealand is committed to working more closely with NATO partners, officials said. ${OTHER[1]}`;
    assert.deepEqual(alignTexts(release, story), []);
  });
});
