/** Disjoint sets of group labels; the smallest label of a set names it. */
export class UnionFind {
  private readonly parent = new Map<number, number>();

  find(label: number): number {
    let root = label;
    for (let up = this.parent.get(root); up !== undefined && up !== root; up = this.parent.get(root)) root = up;
    // Path compression: later finds are one step.
    for (let node = label; node !== root; ) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  union(a: number, b: number): void {
    this.add(a);
    this.add(b);
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return;
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }

  /** Every label seen, union or find. */
  labels(): IterableIterator<number> {
    return this.parent.keys();
  }

  add(label: number): void {
    if (!this.parent.has(label)) this.parent.set(label, label);
  }
}
