import type { PendingQuote, QuoteClusterRecord, QuoteMemberInfo, QuoteWork, ShinglePosting, Store } from '../../store/index.js';
import { clusterOf } from './cluster-id.js';
import { QUOTE_CLUSTER_DEFAULTS, type QuoteClusterOptions } from './options.js';
import { lengthsCanMatch, quoteKeys, setsMatch, type QuoteKeys } from './shingles.js';
import { StepKeys } from './step-keys.js';
import { UnionFind } from './union-find.js';

export interface LinkQuotesOptions extends Partial<QuoteClusterOptions> {
  /** Queued documents per step (one read of the queue, one write transaction). */
  readonly documentsPerStep?: number;
  readonly onProgress?: (documents: number) => void;
  /**
   * Keys of quotes by text, made ahead with the default settings (ingest
   * makes them in its extraction workers, off the thread that links):
   * used only when the settings here are the defaults too.
   */
  readonly knownKeys?: ReadonlyMap<string, QuoteKeys>;
}

export interface QuoteLinkSummary {
  /** Queued documents whose quotes were matched. */
  readonly documents: number;
  /** Quotes matched, new and rematched. */
  readonly quotes: number;
  /** Groups rebuilt because a removal touched them. */
  readonly rebuilt: number;
  /** Cluster records written. */
  readonly clusters: number;
}

const DOCUMENTS_PER_STEP = 5000;

/**
 * Works off the quote queue: each queued document's quotes are matched
 * against every indexed quote (candidates from shared shingles), matches
 * merge their groups (union-find over stored labels), and the groups that
 * changed get their cluster id, size and earliest member again. Groups that
 * lost a quote (a document replaced or deleted) are first undone and their
 * remaining members matched again, so a cluster a removal split comes apart.
 * Matching is symmetric and every pair is compared when the later of the two
 * is matched, so the clusters are the connected components of the match
 * graph, whatever order or batches documents arrive in (tested against a
 * rebuild). Each step is one transaction; a crash redoes the step.
 */
export async function linkQuotes(store: Store, options: LinkQuotesOptions = {}): Promise<QuoteLinkSummary> {
  const { documentsPerStep = DOCUMENTS_PER_STEP, onProgress, knownKeys, ...tuning } = options;
  const settings: QuoteClusterOptions = { ...QUOTE_CLUSTER_DEFAULTS, ...tuning };
  const known = knownKeys && sameKeySettings(settings, QUOTE_CLUSTER_DEFAULTS) ? knownKeys : NO_KEYS;
  const summary = { documents: 0, quotes: 0, rebuilt: 0, clusters: 0 };
  for (;;) {
    const work = await store.quoteWork(documentsPerStep);
    if (work.documents.length === 0 && work.dirtyGroups.length === 0) return summary;
    const clusters = await step(store, work, settings, known);
    summary.documents += work.documents.length;
    summary.quotes += work.quotes.length;
    summary.rebuilt += work.dirtyGroups.length;
    summary.clusters += clusters;
    onProgress?.(summary.documents);
  }
}

const NO_KEYS: ReadonlyMap<string, QuoteKeys> = new Map();

/** Whether keys made with `a` are those made with `b`: `quoteKeys` reads only these settings. */
function sameKeySettings(a: QuoteClusterOptions, b: QuoteClusterOptions): boolean {
  return a.minWords === b.minWords && a.shortWords === b.shortWords && a.shingleWords === b.shingleWords && a.keyWindow === b.keyWindow;
}

/** Undoes every cluster and builds them again from nothing. */
export async function rebuildQuoteClusters(store: Store, options: LinkQuotesOptions = {}): Promise<QuoteLinkSummary> {
  await store.resetQuoteLinks();
  return linkQuotes(store, options);
}

/**
 * The quotes a step handles, by local index: those of the step first, in key
 * order, then the stored quotes found under their keys: arrays by index,
 * not maps keyed by quote, for a step checks about as many candidate pairs
 * as it has key rows.
 */
class StepQuotes {
  readonly seq: number[] = [];
  readonly doc: number[] = [];
  /** A quote's label: a quote of this step starts alone (its own key); any other keeps its stored group. */
  readonly label: number[] = [];
  /** Keys, made from the text when first needed. */
  readonly keys: (QuoteKeys | undefined)[] = [];
  readonly text: (string | undefined)[] = [];
  /** Distinct shingles, known before the keys: a stored quote's from its row. */
  readonly shingles: number[] = [];
  private readonly stored = new Map<number, number>();

  constructor(work: readonly PendingQuote[], options: QuoteClusterOptions, known: ReadonlyMap<string, QuoteKeys>) {
    for (const q of work) {
      const keys = known.get(q.text) ?? quoteKeys(q.text, options);
      this.push(q.quote, q.doc, q.quote, keys, undefined, keys.shingles.length);
    }
  }

  /** The local index of a stored quote; undefined for a quote of this step (`inWork`), which has its own. */
  storedIndex(p: ShinglePosting, inWork: ReadonlySet<number>): number | undefined {
    if (inWork.has(p.quote)) return undefined;
    let i = this.stored.get(p.quote);
    if (i === undefined) this.stored.set(p.quote, (i = this.push(p.quote, p.doc, p.group, undefined, p.text, p.shingles)));
    return i;
  }

  keysOf(i: number, options: QuoteClusterOptions): QuoteKeys {
    let k = this.keys[i];
    if (!k) {
      this.keys[i] = k = quoteKeys(this.text[i]!, options);
      this.text[i] = undefined;
    }
    return k;
  }

  private push(seq: number, doc: number, label: number, keys: QuoteKeys | undefined, text: string | undefined, shingles: number): number {
    this.seq.push(seq);
    this.shingles.push(shingles);
    this.doc.push(doc);
    this.label.push(label);
    this.keys.push(keys);
    this.text.push(text);
    return this.seq.length - 1;
  }
}

async function step(store: Store, work: QuoteWork, options: QuoteClusterOptions, known: ReadonlyMap<string, QuoteKeys>): Promise<number> {
  const quotes = new StepQuotes(work.quotes, options, known);
  const n = work.quotes.length;
  const inWork = new Set(work.quotes.map((q) => q.quote));
  const index = new StepKeys(quotes.keys.slice(0, n) as QuoteKeys[]);
  // The index as stored before this step.
  const found = await store.quoteShinglePostings(Array.from(index.keys), options.maxPostings + 1);
  /** Each key's stored candidates (sparse, by key index): the earliest `maxPostings` by quote key, as local indexes, none of this step. */
  const stored = new Array<number[] | undefined>(index.keys.length);
  for (const [hash, postings] of found) {
    const list: number[] = [];
    for (const p of postings) {
      const i = quotes.storedIndex(p, inWork);
      if (i !== undefined && list.length < options.maxPostings) list.push(i);
    }
    if (list.length > 0) stored[index.indexOf(hash)] = list;
  }
  const groups = new UnionFind();
  const storedGroups = new Set<number>();
  /** Labels a match joined: a new quote whose label is not among them is alone, as it came. */
  const joined = new Set<number>();
  const { seq, doc, label, shingles } = quotes;
  /** The quote each candidate was last compared with: a candidate sharing several keys is verified once. */
  const comparedWith = new Int32Array(seq.length).fill(-1);
  /** For each key, how many quotes of this step matched so far hold it: a prefix of its `holders`. */
  const matched = new Int32Array(index.keys.length);
  const max = options.maxPostings;

  for (let q = 0; q < n; q++) {
    groups.add(seq[q]!);
    const k = quotes.keys[q]!;
    if (k.exact === null) continue;
    const own = k.shingles.length;
    const keysOfQuote = index.ofQuote[q]!;
    // Candidates share a key: the earliest `max` by quote key of its stored quotes and of this step's matched
    // so far (quotes come in key order, so those are this step's earliest). Each is verified once, on its whole text.
    // The exact key first: exact keys are seeded apart from shingles, so a quote found under this one's has the
    // same words and matches unparsed, and is never first turned down under a shingle (5 to 6 words share too few).
    const exactAt = index.indexOf(k.exact);
    for (let t = -1; t < keysOfQuote.length; t++) {
      const j = t < 0 ? exactAt : keysOfQuote[t]!;
      if (t >= 0 && j === exactAt) continue;
      const old = stored[j];
      let a = 0;
      let b = index.start[j]!;
      const bEnd = b + matched[j]!;
      for (let taken = 0; taken < max; taken++) {
        let c: number;
        if (old !== undefined && a < old.length && (b >= bEnd || seq[old[a]!]! < seq[index.holders[b]!]!)) c = old[a++]!;
        else if (b < bEnd) c = index.holders[b++]!;
        else break;
        if (comparedWith[c] === q || doc[c] === doc[q]) continue;
        comparedWith[c] = q;
        if (j !== exactAt) {
          if (!lengthsCanMatch(own, shingles[c]!, options)) continue;
          if (!setsMatch(k, quotes.keysOf(c, options), options)) continue;
        }
        if (c >= n) storedGroups.add(label[c]!);
        joined.add(seq[q]!).add(label[c]!);
        groups.union(seq[q]!, label[c]!);
      }
    }
    for (const j of keysOfQuote) matched[j]! += 1;
  }

  // Stored labels of the quotes of this step: new quotes are labelled with their key, rematched ones with their old group.
  // A new quote that matched nothing is a group of one with no cluster to drop: its members are not read.
  const before = new Set([...work.quotes.flatMap((q) => (q.indexed || joined.has(q.quote) ? [q.group] : [])), ...storedGroups]);
  const members = await store.quoteGroupMembers([...before]);
  const finalOf = (m: { quote: number; group: number }) => groups.find(inWork.has(m.quote) ? m.quote : m.group);
  const byGroup = new Map<number, QuoteMemberInfo[]>();
  for (const m of members) {
    const group = finalOf(m);
    (byGroup.get(group) ?? byGroup.set(group, []).get(group)!).push(m);
  }
  const clusters: QuoteClusterRecord[] = [];
  for (const [group, list] of byGroup) {
    const cluster = clusterOf(group, list);
    if (cluster) clusters.push(cluster);
  }
  await store.putQuoteLinks({
    done: work.documents,
    rebuilt: work.dirtyGroups,
    indexed: work.quotes.flatMap((q, i) => {
      if (q.indexed) return [];
      const k = quotes.keys[i]!;
      return [{ quote: q.quote, hashes: k.keys, shingles: k.shingles.length }];
    }),
    relabel: [...storedGroups].flatMap((from) => (groups.find(from) === from ? [] : [{ from, to: groups.find(from) }])),
    assign: work.quotes.flatMap((q) => (groups.find(q.quote) === q.group ? [] : [{ quote: q.quote, group: groups.find(q.quote) }])),
    dropClusters: [...new Set([...before, ...work.dirtyGroups])],
    clusters,
  });
  return clusters.length;
}
