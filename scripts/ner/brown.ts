// Brown clustering (Brown et al. 1992) with Liang's (2005) window algorithm:
// the `clusters` most frequent words start as clusters; each further word
// enters as a new cluster and the pair whose merge loses the least average
// mutual information of adjacent clusters is merged. Once every word is in,
// merging goes on down to one cluster; the merge tree gives each word a bit
// path whose prefixes are coarser classes. O(V·C²) time, O(C²) memory.
// Deterministic: ties go to the lowest slot pair, words by count then spelling.

export interface BrownInput {
  /** Sequences of words; bigrams are counted inside each, never across. */
  readonly sequences: Iterable<readonly string[]>;
  readonly clusters: number;
  readonly minCount: number;
  readonly maxWords: number;
  readonly progress?: (message: string) => void;
}

export interface BrownWord {
  readonly word: string;
  readonly path: string;
  readonly count: number;
}

export function brownClusters(input: BrownInput): BrownWord[] {
  const { words, counts, right, left, total } = countBigrams(input);
  const V = words.length;
  const C = Math.min(input.clusters, V);
  const S = C + 1; // slots: C clusters and the incoming one
  const P = new Float64Array(S * S); // bigram probability, row = left slot
  const Q = new Float64Array(S * S); // q(s,t) = p(s,t) log(p(s,t) / (pl(s) pr(t)))
  const L = new Float64Array(S * S); // merge loss for s < t
  const pl = new Float64Array(S);
  const pr = new Float64Array(S);
  const touch = new Float64Array(S); // sum of q over terms that involve the slot, each once
  const slotNode = new Int32Array(S).fill(-1);
  const parent = new Int32Array(2 * V).fill(-1);
  const nodeSlot = new Int32Array(2 * V).fill(-1);
  const bit = new Uint8Array(2 * V);
  let nextNode = V;
  let used = 0;

  const find = (node: number): number => {
    let root = node;
    while (parent[root]! >= 0) root = parent[root]!;
    while (parent[node]! >= 0) {
      const up = parent[node]!;
      parent[node] = root;
      node = up;
    }
    return root;
  };
  // find() compresses `parent`; the tree keeps its own links.
  const treeParent = new Int32Array(2 * V).fill(-1);

  const q = (p: number, l: number, r: number): number => (p > 0 ? p * Math.log(p / (l * r)) : 0);

  const addWord = (w: number): void => {
    const s = used++;
    slotNode[s] = w;
    nodeSlot[w] = s;
    for (let t = 0; t < S; t++) {
      P[s * S + t] = 0;
      P[t * S + s] = 0;
    }
    const r = right[w]!;
    for (let k = 0; k < r.length; k += 2) {
      const t = nodeSlot[find(r[k]!)]!;
      if (t >= 0) P[s * S + t] = P[s * S + t]! + r[k + 1]! / total;
    }
    const l = left[w]!;
    for (let k = 0; k < l.length; k += 2) {
      const v = l[k]!;
      if (v === w) continue; // the self bigram was counted from the right list
      const t = nodeSlot[find(v)]!;
      if (t >= 0) P[t * S + s] = P[t * S + s]! + l[k + 1]! / total;
    }
    pl[s] = counts.leftTotal[w]! / total;
    pr[s] = counts.rightTotal[w]! / total;
    for (let t = 0; t < used; t++) {
      Q[s * S + t] = q(P[s * S + t]!, pl[s]!, pr[t]!);
      Q[t * S + s] = q(P[t * S + s]!, pl[t]!, pr[s]!);
    }
  };

  const computeTouch = (s: number): void => {
    let sum = -Q[s * S + s]!;
    for (let x = 0; x < used; x++) sum += Q[s * S + x]! + Q[x * S + s]!;
    touch[s] = sum;
  };

  /** Loss of merging s and t, from scratch: O(used). */
  const loss = (s: number, t: number): number => {
    const plm = pl[s]! + pl[t]!;
    const prm = pr[s]! + pr[t]!;
    let after = q(P[s * S + s]! + P[s * S + t]! + P[t * S + s]! + P[t * S + t]!, plm, prm);
    for (let x = 0; x < used; x++) {
      if (x === s || x === t) continue;
      after += q(P[s * S + x]! + P[t * S + x]!, plm, pr[x]!) + q(P[x * S + s]! + P[x * S + t]!, pl[x]!, prm);
    }
    const before = touch[s]! + touch[t]! - Q[s * S + t]! - Q[t * S + s]!;
    return before - after;
  };

  const bestPair = (): [number, number] => {
    let best = Infinity;
    let bs = 0;
    let bt = 1;
    for (let s = 0; s < used; s++) {
      for (let t = s + 1; t < used; t++) {
        const v = L[s * S + t]!;
        if (v < best) {
          best = v;
          bs = s;
          bt = t;
        }
      }
    }
    return [bs, bt];
  };

  const merge = (a: number, b: number, inTree: boolean): void => {
    // Update the losses of pairs not involving a or b (Liang's O(1) update each).
    const plab = pl[a]! + pl[b]!;
    const prab = pr[a]! + pr[b]!;
    const oldTerm = new Float64Array(used);
    const newTerm = new Float64Array(used);
    for (let x = 0; x < used; x++) {
      if (x === a || x === b) continue;
      oldTerm[x] = Q[x * S + a]! + Q[a * S + x]! + Q[x * S + b]! + Q[b * S + x]!;
      newTerm[x] = q(P[x * S + a]! + P[x * S + b]!, pl[x]!, prab) + q(P[a * S + x]! + P[b * S + x]!, plab, pr[x]!);
    }
    for (let s = 0; s < used; s++) {
      if (s === a || s === b) continue;
      for (let t = s + 1; t < used; t++) {
        if (t === a || t === b) continue;
        const plst = pl[s]! + pl[t]!;
        const prst = pr[s]! + pr[t]!;
        const psta = P[s * S + a]! + P[t * S + a]!;
        const pasx = P[a * S + s]! + P[a * S + t]!;
        const pstb = P[s * S + b]! + P[t * S + b]!;
        const pbst = P[b * S + s]! + P[b * S + t]!;
        const afterOld = q(psta, plst, pr[a]!) + q(pasx, pl[a]!, prst) + q(pstb, plst, pr[b]!) + q(pbst, pl[b]!, prst);
        const afterNew = q(psta + pstb, plst, prab) + q(pasx + pbst, plab, prst);
        L[s * S + t] = L[s * S + t]! + newTerm[s]! + newTerm[t]! - oldTerm[s]! - oldTerm[t]! - (afterNew - afterOld);
      }
    }
    // Fold b into a.
    for (let x = 0; x < used; x++) {
      P[a * S + x] = P[a * S + x]! + P[b * S + x]!;
    }
    for (let x = 0; x < used; x++) {
      P[x * S + a] = P[x * S + a]! + P[x * S + b]!;
    }
    pl[a] = plab;
    pr[a] = prab;
    const na = slotNode[a]!;
    const nb = slotNode[b]!;
    nodeSlot[na] = -1;
    nodeSlot[nb] = -1;
    if (inTree) {
      // The hierarchy: only merges among the final clusters make tree nodes.
      const node = nextNode++;
      parent[na] = node;
      parent[nb] = node;
      treeParent[na] = node;
      treeParent[nb] = node;
      bit[na] = 0;
      bit[nb] = 1;
      slotNode[a] = node;
      nodeSlot[node] = a;
    } else {
      // Still adding words: b's words simply join a's cluster.
      parent[nb] = na;
      nodeSlot[na] = a;
    }
    // Move the last slot into b.
    const last = used - 1;
    if (b !== last) {
      for (let x = 0; x < used; x++) {
        P[b * S + x] = P[last * S + x]!;
        Q[b * S + x] = Q[last * S + x]!;
      }
      for (let x = 0; x < used; x++) {
        P[x * S + b] = P[x * S + last]!;
        Q[x * S + b] = Q[x * S + last]!;
      }
      P[b * S + b] = P[last * S + last]!;
      Q[b * S + b] = Q[last * S + last]!;
      for (let x = 0; x < used; x++) {
        if (x === b) continue;
        const v = x < last ? L[x * S + last]! : L[last * S + x]!;
        if (x < b) L[x * S + b] = v;
        else L[b * S + x] = v;
      }
      pl[b] = pl[last]!;
      pr[b] = pr[last]!;
      touch[b] = touch[last]!;
      slotNode[b] = slotNode[last]!;
      nodeSlot[slotNode[b]!] = b;
      if (a === last) throw new Error('unreachable: a < b <= last');
    }
    used--;
    // The merged slot's q row and column, then every touch sum and a's losses.
    for (let x = 0; x < used; x++) {
      Q[a * S + x] = q(P[a * S + x]!, pl[a]!, pr[x]!);
      Q[x * S + a] = q(P[x * S + a]!, pl[x]!, pr[a]!);
    }
    for (let x = 0; x < used; x++) computeTouch(x);
    for (let x = 0; x < used; x++) {
      if (x === a) continue;
      const v = loss(Math.min(a, x), Math.max(a, x));
      L[Math.min(a, x) * S + Math.max(a, x)] = v;
    }
  };

  // Start with the C most frequent words.
  for (let w = 0; w < C; w++) addWord(w);
  for (let s = 0; s < used; s++) computeTouch(s);
  for (let s = 0; s < used; s++) for (let t = s + 1; t < used; t++) L[s * S + t] = loss(s, t);
  const started = Date.now();
  for (let w = C; w < V; w++) {
    const s = used;
    addWord(w);
    // Existing pairs gain the terms with the new cluster.
    for (let x = 0; x < s; x++) touch[x] = touch[x]! + Q[x * S + s]! + Q[s * S + x]!;
    computeTouch(s);
    const plnew = pl[s]!;
    const prnew = pr[s]!;
    for (let a = 0; a < s; a++) {
      for (let b = a + 1; b < s; b++) {
        const plm = pl[a]! + pl[b]!;
        const prm = pr[a]! + pr[b]!;
        L[a * S + b] = L[a * S + b]! + Q[a * S + s]! + Q[s * S + a]! + Q[b * S + s]! + Q[s * S + b]! - q(P[a * S + s]! + P[b * S + s]!, plm, prnew) - q(P[s * S + a]! + P[s * S + b]!, plnew, prm);
      }
    }
    for (let a = 0; a < s; a++) L[a * S + s] = loss(a, s);
    const [ma, mb] = bestPair();
    merge(ma, mb, false);
    if (input.progress && (w - C) % 1000 === 999) input.progress(`${w + 1}/${V} words, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  // Each word's final cluster, before the hierarchy is built over the clusters.
  const clusterOf = Int32Array.from({ length: V }, (_, w) => find(w));
  while (used > 1) {
    const [ma, mb] = bestPair();
    merge(ma, mb, true);
  }
  return words.map((word, w) => {
    let path = '';
    for (let node = clusterOf[w]!; treeParent[node]! >= 0; node = treeParent[node]!) path = String(bit[node]) + path;
    return { word, path, count: counts.unigram[w]! };
  });
}

interface Counts {
  readonly unigram: Float64Array;
  readonly leftTotal: Float64Array;
  readonly rightTotal: Float64Array;
}

/** Vocabulary (by count, then spelling) and adjacency lists [neighbour, count, …] per word. */
function countBigrams(input: BrownInput): { words: string[]; counts: Counts; right: Float64Array[]; left: Float64Array[]; total: number } {
  const seqs: Int32Array[] = [];
  const ids = new Map<string, number>();
  const raw: number[] = [];
  const names: string[] = [];
  for (const seq of input.sequences) {
    const arr = new Int32Array(seq.length);
    for (let i = 0; i < seq.length; i++) {
      const w = seq[i]!;
      let id = ids.get(w);
      if (id === undefined) {
        id = names.length;
        ids.set(w, id);
        names.push(w);
        raw.push(0);
      }
      raw[id]!++;
      arr[i] = id;
    }
    seqs.push(arr);
  }
  const order = names.map((_, i) => i).filter((i) => raw[i]! >= input.minCount);
  order.sort((a, b) => raw[b]! - raw[a]! || (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0));
  order.length = Math.min(order.length, input.maxWords);
  const remap = new Int32Array(names.length).fill(-1);
  order.forEach((old, i) => (remap[old] = i));
  const V = order.length;
  const pairs = new Map<number, number>();
  let total = 0;
  for (const seq of seqs) {
    for (let i = 0; i + 1 < seq.length; i++) {
      const a = remap[seq[i]!]!;
      const b = remap[seq[i + 1]!]!;
      if (a < 0 || b < 0) continue;
      const key = a * V + b;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
      total++;
    }
  }
  const rightLists: number[][] = Array.from({ length: V }, () => []);
  const leftLists: number[][] = Array.from({ length: V }, () => []);
  const leftTotal = new Float64Array(V);
  const rightTotal = new Float64Array(V);
  const keys = [...pairs.keys()].sort((x, y) => x - y);
  for (const key of keys) {
    const a = Math.floor(key / V);
    const b = key - a * V;
    const n = pairs.get(key)!;
    rightLists[a]!.push(b, n);
    leftLists[b]!.push(a, n);
    leftTotal[a] = leftTotal[a]! + n;
    rightTotal[b] = rightTotal[b]! + n;
  }
  // A word seen only at sequence edges has no bigram; give it a tiny mass so logs stay finite.
  for (let w = 0; w < V; w++) {
    if (leftTotal[w] === 0) leftTotal[w] = 1e-9;
    if (rightTotal[w] === 0) rightTotal[w] = 1e-9;
  }
  return {
    words: order.map((i) => names[i]!),
    counts: { unigram: Float64Array.from(order, (i) => raw[i]!), leftTotal, rightTotal },
    right: rightLists.map((l) => Float64Array.from(l)),
    left: leftLists.map((l) => Float64Array.from(l)),
    total,
  };
}
