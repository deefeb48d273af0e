import type { PendingQuote, QuoteClusterRecord, QuoteMemberInfo, QuoteWork, ShinglePosting, Store } from '../../store/index.js';
import { clusterOf } from './cluster-id.js';
import { QUOTE_CLUSTER_DEFAULTS, type QuoteClusterOptions } from './options.js';
import { quoteKeys, setsMatch, type QuoteKeys } from './shingles.js';
import { UnionFind } from './union-find.js';

export interface LinkQuotesOptions extends Partial<QuoteClusterOptions> {
  /** Queued documents per step (one read of the queue, one write transaction). */
  readonly documentsPerStep?: number;
  readonly onProgress?: (documents: number) => void;
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
  const { documentsPerStep = DOCUMENTS_PER_STEP, onProgress, ...tuning } = options;
  const settings: QuoteClusterOptions = { ...QUOTE_CLUSTER_DEFAULTS, ...tuning };
  const summary = { documents: 0, quotes: 0, rebuilt: 0, clusters: 0 };
  for (;;) {
    const work = await store.quoteWork(documentsPerStep);
    if (work.documents.length === 0 && work.dirtyGroups.length === 0) return summary;
    const clusters = await step(store, work, settings);
    summary.documents += work.documents.length;
    summary.quotes += work.quotes.length;
    summary.rebuilt += work.dirtyGroups.length;
    summary.clusters += clusters;
    onProgress?.(summary.documents);
  }
}

/** Undoes every cluster and builds them again from nothing. */
export async function rebuildQuoteClusters(store: Store, options: LinkQuotesOptions = {}): Promise<QuoteLinkSummary> {
  await store.resetQuoteLinks();
  return linkQuotes(store, options);
}

interface Posting {
  readonly quote: number;
  readonly doc: number;
}

async function step(store: Store, work: QuoteWork, options: QuoteClusterOptions): Promise<number> {
  const keys = new Map<number, QuoteKeys>(work.quotes.map((q) => [q.quote, quoteKeys(q.text, options)]));
  const inWork = new Map<number, PendingQuote>(work.quotes.map((q) => [q.quote, q]));
  const hashes = new Set<number>();
  for (const k of keys.values()) for (const h of k.keys) hashes.add(h);
  // The index as stored before this step; quotes of this step are found in `fresh` as they are matched.
  const stored = await store.quoteShinglePostings([...hashes], options.maxPostings + 1);
  const fresh = new Map<number, Posting[]>();
  /** Keys of stored quotes, from their text, once each. */
  const storedKeys = new Map<number, QuoteKeys>();
  const keysOf = (p: Posting): QuoteKeys => {
    const own = keys.get(p.quote);
    if (own) return own;
    let k = storedKeys.get(p.quote);
    if (!k) storedKeys.set(p.quote, (k = quoteKeys((p as ShinglePosting).text, options)));
    return k;
  };
  const groups = new UnionFind();
  /** A quote's label: a quote of this step starts alone (its own key); any other keeps its stored group. */
  const labelOf = (p: Posting) => (inWork.has(p.quote) ? p.quote : (p as ShinglePosting).group);
  const storedGroups = new Set<number>();
  /** The quote each candidate was last compared with: a candidate sharing several keys is verified once. */
  const comparedWith = new Map<number, number>();

  for (const quote of work.quotes) {
    groups.add(quote.quote);
    const k = keys.get(quote.quote)!;
    if (k.exact === null) continue;
    // Candidates share a key; each is verified once, on its whole text.
    for (const hash of k.keys) {
      for (const posting of candidates(hash, stored, fresh, inWork, options.maxPostings)) {
        if (posting.doc === quote.doc || posting.quote === quote.quote || comparedWith.get(posting.quote) === quote.quote) continue;
        comparedWith.set(posting.quote, quote.quote);
        const other = keysOf(posting);
        if (other.exact !== k.exact && !setsMatch(k.shingles, other.shingles, options)) continue;
        const group = labelOf(posting);
        if (!inWork.has(posting.quote)) storedGroups.add(group);
        groups.union(quote.quote, group);
      }
    }
    // Only the earliest `maxPostings` of a key are ever candidates, and quotes come in key order.
    const own = { quote: quote.quote, doc: quote.doc };
    for (const h of k.keys) {
      const list = fresh.get(h);
      if (!list) fresh.set(h, [own]);
      else if (list.length < options.maxPostings) list.push(own);
    }
  }

  // Stored labels of the quotes of this step: new quotes are labelled with their key, rematched ones with their old group.
  const before = new Set([...work.quotes.map((q) => q.group), ...storedGroups]);
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
    indexed: work.quotes.flatMap((q) => {
      if (q.indexed) return [];
      const k = keys.get(q.quote)!;
      return [{ quote: q.quote, hashes: k.keys, shingles: k.shingles.length }];
    }),
    relabel: [...storedGroups].flatMap((from) => (groups.find(from) === from ? [] : [{ from, to: groups.find(from) }])),
    assign: work.quotes.flatMap((q) => (groups.find(q.quote) === q.group ? [] : [{ quote: q.quote, group: groups.find(q.quote) }])),
    dropClusters: [...new Set([...before, ...work.dirtyGroups])],
    clusters,
  });
  return clusters.length;
}

/**
 * The quotes holding `hash` that a quote may match: those stored before this
 * step and those of this step matched before it, earliest first, at most
 * `max`. A stored quote of this step (a rematch) is taken once.
 */
function candidates(hash: number, stored: ReadonlyMap<number, ShinglePosting[]>, fresh: ReadonlyMap<number, Posting[]>, inWork: ReadonlyMap<number, PendingQuote>, max: number): readonly Posting[] {
  const old = stored.get(hash);
  const now = fresh.get(hash);
  if (!now) return !old ? [] : old.length > max ? old.slice(0, max) : old;
  // `fresh` is kept in key order and at most `max` long.
  if (!old || old.length === 0) return now;
  const merged = [...old.filter((p) => !inWork.has(p.quote)), ...now].sort((a, b) => a.quote - b.quote);
  return merged.length > max ? merged.slice(0, max) : merged;
}
