// Builds a reuse test set from real documents: releases (slices of real documents),
// news stories that reprint them with the edits in edits.ts, same-topic distractors and
// unrelated documents. Pure and deterministic: same sources and options, same set.
import { attribute, canAttribute } from './attribution.js';
import { addDays, isDate } from './dates.js';
import { applyEdits, EDIT_NAMES } from './edits.js';
import { Filler } from './filler.js';
import { DocumentPool, type Slice } from './pool.js';
import { mulberry32, type Random } from './random.js';
import { storyPairPassages } from './story-pairs.js';
import { renderRelease, renderStory, storyPassages, type Paragraph, type StoryPassage } from './story.js';
import { sentences } from './text.js';
import type { DocRole, ReuseTestSet, SourceDocument, TestDoc, TestPair } from './types.js';

export interface GeneratorOptions {
  seed: number;
  releases: number;
  /** Stories per release, inclusive range. Default [1, 4]. */
  storiesPerRelease?: [number, number];
  /** Share of releases that get a same-topic distractor (when the pool has one). Default 1. */
  distractorRate?: number;
  /** Unrelated documents. Default half the number of releases. */
  unrelated?: number;
  /** Release size in characters, whole paragraphs. Default [2000, 6000]. */
  releaseChars?: [number, number];
}

/** Label of a story↔story gold pair (both stories reprint the same release). */
export const STORY_PAIR_EDIT = 'story-pair';

interface Draft {
  key: string;
  doc: Omit<TestDoc, 'id'>;
  role: DocRole;
}

interface DraftPair extends Omit<TestPair, 'sourceId' | 'targetId'> {
  sourceKey: string;
  targetKey: string;
}

/** Half the stories get one edit (in turn, so each edit appears alone), most others a random combination. */
function chooseEdits(random: Random, turn: number): Set<string> {
  const r = random.next();
  if (r < 0.08) return new Set();
  if (r < 0.5) return new Set([EDIT_NAMES[turn % EDIT_NAMES.length] as string]);
  const light = EDIT_NAMES.filter((n) => n !== 'heavy');
  const chosen = new Set(random.shuffle(light).slice(0, random.int(2, 5)));
  if (random.chance(0.2)) chosen.add('heavy');
  return chosen;
}

/** Turns one to three plain statements in the first 60% of the release into attributed quotes. */
function withAttributions(paras: string[][], random: Random): string[][] {
  const total = paras.reduce((n, p) => n + p.length, 0);
  const spots: [number, number][] = [];
  let seen = 0;
  paras.forEach((p, i) => p.forEach((s, k) => {
    if (seen++ < total * 0.6 && canAttribute(s)) spots.push([i, k]);
  }));
  const out = paras.map((p) => [...p]);
  for (const [i, k] of random.shuffle(spots).slice(0, random.int(1, 3))) {
    (out[i] as string[])[k] = attribute((out[i] as string[])[k] as string, random);
  }
  return out;
}

export function generateReuseSet(sources: readonly SourceDocument[], options: GeneratorOptions): ReuseTestSet {
  const random = mulberry32(options.seed);
  const [minStories, maxStories] = options.storiesPerRelease ?? [1, 4];
  const [minChars, maxChars] = options.releaseChars ?? [2000, 6000];
  const pool = new DocumentPool(sources, random);
  const drafts: Draft[] = [];
  const pairs: DraftPair[] = [];
  const take = (what: string, lo = minChars, hi = maxChars): Slice => {
    const slice = pool.take(lo, hi);
    if (!slice) throw new Error(`Ran out of source documents for ${what} after ${drafts.length} documents: pass more documents or ask for fewer releases.`);
    return slice;
  };
  const inventDate = () => addDays('2004-01-01', random.int(0, 4 * 365));
  let turn = 0;

  for (let r = 0; r < options.releases; r++) {
    const slice = take(`release ${r + 1}`);
    const release = renderRelease(withAttributions(slice.paragraphs.map(sentences).filter((p) => p.length > 0), random));
    const published = isDate(slice.doc.published) ? slice.doc.published : inventDate();
    const releaseKey = `r${r}`;
    drafts.push({ key: releaseKey, doc: { text: release.text, published, kind: 'release' }, role: 'release' });

    const stories: { key: string; published: string; heavy: boolean; passages: StoryPassage[] }[] = [];
    for (let s = random.int(minStories, maxStories); s > 0; s--) {
      const filler = new Filler(() => take('new prose', 1500, 4000));
      const base: Paragraph[] = release.paragraphs.map((p) => [...p]);
      const { paras, applied } = applyEdits(base, chooseEdits(random, turn++), { random, filler });
      const story = renderStory(paras);
      const passages = storyPassages(story, release);
      const key = `s${r}.${stories.length}`;
      const storyDate = addDays(published, random.int(0, 10));
      const heavy = applied.includes('heavy');
      drafts.push({ key, doc: { text: story.text, published: storyDate, kind: 'news' }, role: 'story' });
      pairs.push({
        sourceKey: releaseKey,
        targetKey: key,
        edit: applied.length > 0 ? applied.join('+') : 'verbatim',
        heavy,
        passages: passages.map((p) => ({ source: p.source, target: p.target })),
      });
      stories.push({ key, published: storyDate, heavy, passages });
    }

    // Story↔story gold: the earlier story is the source (by date, then by order of creation).
    for (let i = 0; i < stories.length; i++) {
      for (let j = i + 1; j < stories.length; j++) {
        const [a, b] = (stories[j] as (typeof stories)[number]).published < (stories[i] as (typeof stories)[number]).published
          ? [stories[j], stories[i]]
          : [stories[i], stories[j]];
        if (!a || !b) continue;
        const passages = storyPairPassages(a.passages, b.passages);
        if (passages.length > 0) pairs.push({ sourceKey: a.key, targetKey: b.key, edit: STORY_PAIR_EDIT, heavy: a.heavy || b.heavy, passages });
      }
    }

    if (random.chance(options.distractorRate ?? 1)) {
      const distractor = pool.takeDistractor(release.text, minChars, maxChars);
      if (distractor) {
        drafts.push({
          key: `d${r}`,
          doc: { text: distractor.paragraphs.join('\n\n'), published: addDays(published, random.int(-10, 10)), kind: 'news' },
          role: 'distractor',
        });
      }
    }
  }

  for (let u = 0; u < (options.unrelated ?? Math.round(options.releases / 2)); u++) {
    const slice = take(`unrelated document ${u + 1}`);
    drafts.push({
      key: `u${u}`,
      doc: { text: slice.paragraphs.join('\n\n'), published: isDate(slice.doc.published) ? slice.doc.published : inventDate(), kind: random.chance(0.5) ? 'release' : 'news' },
      role: 'unrelated',
    });
  }

  // Neutral ids in shuffled order, so neither ids nor order give the roles away.
  const ids = new Map<string, string>();
  const documents: TestDoc[] = [];
  const roles: Record<string, DocRole> = {};
  random.shuffle(drafts).forEach((d, i) => {
    const id = `doc-${String(i + 1).padStart(5, '0')}`;
    ids.set(d.key, id);
    roles[id] = d.role;
    documents.push({ id, ...d.doc });
  });
  const idOf = (key: string) => ids.get(key) as string;
  return {
    documents,
    pairs: pairs
      .map(({ sourceKey, targetKey, ...rest }) => ({ sourceId: idOf(sourceKey), targetId: idOf(targetKey), ...rest }))
      .sort((x, y) => (x.sourceId < y.sourceId ? -1 : x.sourceId > y.sourceId ? 1 : x.targetId < y.targetId ? -1 : 1)),
    roles,
  };
}
