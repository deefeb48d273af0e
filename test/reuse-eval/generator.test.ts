import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { rewriteAttribution } from '../../bench/reuse-eval/attribution.js';
import {
  BOILERPLATE, EDIT_NAMES, generateReuseSet, goldAlignments, goldLinks, linkingScores, panScores, readAuPmSources,
  shingleContainment, shingles, STORY_PAIR_EDIT, words, type ReuseTestSet,
} from '../../bench/reuse-eval/index.js';
import { restyleQuotes } from '../../bench/reuse-eval/quotes.js';
import { mulberry32 } from '../../bench/reuse-eval/random.js';
import { storyPairPassages } from '../../bench/reuse-eval/story-pairs.js';
import { renderRelease, renderStory, storyPassages, type Unit } from '../../bench/reuse-eval/story.js';
import { sentences } from '../../bench/reuse-eval/text.js';
import { syntheticSources } from './synthetic.js';

describe('story model', () => {
  // s0 [0,25) s1 [26,52) s2 [53,82) ‖ s3 [84,124)
  const release = renderRelease([
    ['Alpha one two three four.', 'Beta five six seven eight.', 'Gamma nine ten eleven twelve.'],
    ['Delta thirteen fourteen fifteen sixteen.'],
  ]);
  const reused = (si: number): Unit => release.paragraphs.flat()[si] as Unit;

  it('renders the release with exact sentence spans', () => {
    assert.deepEqual(release.spans, [{ start: 0, end: 25 }, { start: 26, end: 52 }, { start: 53, end: 82 }, { start: 84, end: 124 }]);
    assert.equal(release.text.slice(84, 124), 'Delta thirteen fourteen fifteen sixteen.');
  });

  it('splits passages at moved blocks and boilerplate, and runs on across a dropped sentence', () => {
    // "Advertisement\n\nDelta …\n\nAlpha … Gamma …": Delta at 15–55, Alpha 57–82, Gamma 83–112.
    const story = renderStory([[{ text: 'Advertisement', role: 'boilerplate', si: null }], [reused(3)], [reused(0), reused(2)]]);
    assert.deepEqual(storyPassages(story, release).map(({ source, target }) => ({ source, target })), [
      { source: { start: 84, end: 124 }, target: { start: 15, end: 55 } },
      { source: { start: 0, end: 82 }, target: { start: 57, end: 112 } },
    ]);
  });

  it('keeps an added sentence inside a passage but lets new paragraphs end one', () => {
    const added: Unit = { text: 'Omega new words here now.', role: 'inline', si: null };
    const lead: Unit = { text: 'Lead paragraph of new prose.', role: 'new', si: null };
    // "Alpha …(0–25) Omega …(26–51) Beta …(52–78)\n\nLead …(80–108)\n\nGamma …(110–139)"
    const story = renderStory([[reused(0), added, reused(1)], [lead], [reused(2)]]);
    assert.deepEqual(storyPassages(story, release).map((p) => p.target), [{ start: 0, end: 78 }, { start: 110, end: 139 }]);
    // A sentence present elsewhere is moved, not dropped: s0 then s2 with s1 later is two passages.
    const moved = renderStory([[reused(0), reused(2), reused(1)]]);
    assert.equal(storyPassages(moved, release).length, 3);
  });

  it('derives story↔story passages through the release sentences both reuse', () => {
    const a = renderStory([[reused(0), reused(1), reused(2)]]); // 0–82, as the release
    const b = renderStory([[{ text: 'Lead paragraph of new prose.', role: 'new', si: null }], [reused(1), reused(2), reused(3)]]);
    // In b: Beta 30–56, Gamma 57–86, Delta 87–127; shared with a: Beta and Gamma.
    assert.deepEqual(storyPairPassages(storyPassages(a, release), storyPassages(b, release)), [
      { source: { start: 26, end: 82 }, target: { start: 30, end: 86 } },
    ]);
  });
});

describe('edit helpers', () => {
  it('rewrites attributions the way news copy does', () => {
    const random = mulberry32(1);
    assert.equal(rewriteAttribution('"We will act," said Mr Smith.', random), '"We will act," Smith said.');
    assert.equal(rewriteAttribution('Mr Peters says the talks went well.', random), 'He said the talks went well.');
    assert.match(rewriteAttribution('"It is done," the Prime Minister said.', random) ?? '', /^"It is done," (he|she) said\.$/);
    assert.equal(rewriteAttribution('Nobody is quoted here.', random), null);
  });

  it('changes quote style without moving offsets', () => {
    const text = `He said "it's fine" and 'no more'.`;
    assert.equal(restyleQuotes(text, 'curly'), 'He said “it’s fine” and ‘no more’.');
    assert.equal(restyleQuotes('“it’s”', 'straight'), `"it's"`);
    assert.equal(restyleQuotes(text, 'single'), `He said 'it's fine' and 'no more'.`);
    for (const style of ['curly', 'straight', 'single'] as const) assert.equal(restyleQuotes(text, style).length, text.length);
  });

  it('splits sentences but not after titles', () => {
    assert.deepEqual(sentences('Mr. Smith went home. He said "Yes." Then 3 left.'), ['Mr. Smith went home.', 'He said "Yes."', 'Then 3 left.']);
  });
});

/** The checks every generated set must pass, synthetic or real. */
function assertSound(set: ReuseTestSet): void {
  const docs = new Map(set.documents.map((d) => [d.id, d]));
  assert.equal(docs.size, set.documents.length, 'ids are unique');
  for (const pair of set.pairs) {
    const source = docs.get(pair.sourceId);
    const target = docs.get(pair.targetId);
    if (!source || !target) assert.fail('pairs name documents of the set');
    assert.ok(pair.passages.length > 0, `${pair.sourceId}→${pair.targetId} has passages`);
    assert.ok(source.published <= target.published, 'the source is never published after its reuse');
    let previousEnd = -1;
    let hit = 0;
    let all = 0;
    for (const g of [...pair.passages].sort((x, y) => x.target.start - y.target.start)) {
      assert.ok(g.source.start >= 0 && g.source.start < g.source.end && g.source.end <= source.text.length, 'source span in bounds');
      assert.ok(g.target.start >= 0 && g.target.start < g.target.end && g.target.end <= target.text.length, 'target span in bounds');
      assert.ok(g.target.start >= previousEnd, 'target spans do not overlap');
      previousEnd = g.target.end;
      const t: string = target.text.slice(g.target.start, g.target.end);
      const s: string = source.text.slice(g.source.start, g.source.end);
      assert.equal(t, t.trim(), 'target spans start and end on text');
      const n = shingles(t).size;
      const share = shingleContainment(t, s);
      if (!pair.heavy && n > 0) assert.ok(share >= 0.5, `light passage mostly from its source (${share.toFixed(2)}): ${JSON.stringify(t.slice(0, 120))}`);
      hit += share * n;
      all += n;
      for (const line of BOILERPLATE) assert.ok(!t.split('\n\n').includes(line), 'boilerplate is never gold');
    }
    if (pair.heavy && all > 0) assert.ok(hit / all >= 0.15, `heavy pair keeps some reused text (${(hit / all).toFixed(2)})`);
  }
  // No accidental reuse: documents outside a gold pair share no run of 9 words beyond boilerplate.
  const gold = new Set(set.pairs.map((p) => [p.sourceId, p.targetId].sort().join('|')));
  const owners = new Map<string, Set<string>>();
  for (const d of set.documents) {
    const text = d.text.split('\n\n').filter((p) => !BOILERPLATE.includes(p)).join('\n\n');
    for (const g of shingles(text, 9)) owners.set(g, (owners.get(g) ?? new Set()).add(d.id));
  }
  for (const [g, ids] of owners) {
    const list = [...ids].sort();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) assert.ok(gold.has(`${list[i]}|${list[j]}`), `${list[i]} and ${list[j]} share "${g}" but are no gold pair`);
    }
  }
}

describe('generateReuseSet on synthetic documents', () => {
  const sources = syntheticSources(400);
  const set = generateReuseSet(sources, { seed: 3, releases: 40 });

  it('is deterministic in its seed', () => {
    assert.deepEqual(generateReuseSet(sources, { seed: 3, releases: 40 }), set);
    assert.notDeepEqual(generateReuseSet(sources, { seed: 4, releases: 40 }).pairs, set.pairs);
  });

  it('has exact, sound gold', () => assertSound(set));

  it('covers every edit alone and combined, heavy cases, boilerplate shared across stories', () => {
    const releasePairs = set.pairs.filter((p) => set.roles[p.sourceId] === 'release');
    for (const edit of EDIT_NAMES) {
      assert.ok(releasePairs.some((p) => p.edit === edit), `${edit} alone`);
      assert.ok(releasePairs.some((p) => p.edit.split('+').length > 1 && p.edit.split('+').includes(edit)), `${edit} combined`);
    }
    assert.ok(releasePairs.some((p) => p.edit === 'verbatim'));
    assert.ok(set.pairs.every((p) => p.heavy === (p.edit === STORY_PAIR_EDIT ? p.heavy : p.edit.split('+').includes('heavy'))));
    const withBoilerplate = set.documents.filter((d) => d.text.split('\n\n').some((p) => BOILERPLATE.includes(p)));
    assert.ok(withBoilerplate.length >= 5);
  });

  it('applies single edits as labelled', () => {
    const text = new Map(set.documents.map((d) => [d.id, d.text]));
    const alone = (edit: string) => set.pairs.filter((p) => p.edit === edit).map((p) => [text.get(p.sourceId) as string, text.get(p.targetId) as string] as const);
    for (const [release, story] of alone('verbatim')) assert.equal(story, release);
    for (const [release, story] of alone('trim')) assert.ok(release.startsWith(story) && story.length < release.length);
    for (const [release, story] of alone('quotes')) {
      assert.notEqual(story, release);
      assert.equal(story.length, release.length);
      assert.deepEqual(words(story), words(release));
    }
    for (const [release, story] of alone('join-paragraphs')) assert.equal(story.split('\n\n').length, release.split('\n\n').length - 1);
    for (const [release, story] of alone('attribution')) assert.ok(/\b(he|she|He|She|[A-Z][a-z]+) said\b/.test(story) && story !== release);
    for (const [release, story] of alone('boilerplate')) assert.ok(story.split('\n\n').filter((p) => !BOILERPLATE.includes(p)).join('\n\n') === release);
  });

  it('dates stories 0–10 days after their release and keeps distractors and unrelated documents out of the gold', () => {
    const docs = new Map(set.documents.map((d) => [d.id, d]));
    const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
    const releaseOf = new Map<string, string>();
    for (const p of set.pairs.filter((x) => set.roles[x.sourceId] === 'release')) {
      assert.equal(set.roles[p.targetId], 'story');
      assert.equal(releaseOf.has(p.targetId), false, 'a story reprints one release');
      releaseOf.set(p.targetId, p.sourceId);
      const d = days(docs.get(p.sourceId)?.published as string, docs.get(p.targetId)?.published as string);
      assert.ok(d >= 0 && d <= 10, `story ${d} days after release`);
    }
    const storyPairs = set.pairs.filter((p) => p.edit === STORY_PAIR_EDIT);
    assert.ok(storyPairs.length > 0);
    for (const p of storyPairs) assert.equal(releaseOf.get(p.sourceId), releaseOf.get(p.targetId), 'story pairs share a release');
    const inPairs = new Set(set.pairs.flatMap((p) => [p.sourceId, p.targetId]));
    const outsiders = Object.entries(set.roles).filter(([, r]) => r === 'distractor' || r === 'unrelated');
    assert.ok(outsiders.some(([, r]) => r === 'distractor') && outsiders.some(([, r]) => r === 'unrelated'));
    for (const [id] of outsiders) assert.equal(inPairs.has(id), false);
  });

  it('scores its own gold perfectly and an empty detector at zero', () => {
    const gold = goldAlignments(set);
    assert.deepEqual([panScores(gold, gold).plagdet, panScores(gold, []).recall], [1, 0]);
    const links = goldLinks(set).map((l) => ({ ...l, sourceShare: 0.5, targetShare: 0.5 }));
    assert.equal(linkingScores(links, goldLinks(set), 0.3).f1, 1);
  });
});

const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpora', 'au-pm-transcripts');
describe('generateReuseSet on AU PM transcripts', { skip: !existsSync(corpus) && 'needs ../shared/corpora/au-pm-transcripts' }, () => {
  it('has exact, sound gold on real text', () => {
    const sources = readAuPmSources(400, corpus);
    assert.ok(sources.every((s) => s.text.length >= 1500));
    assertSound(generateReuseSet(sources, { seed: 1, releases: 40 }));
  });
});
