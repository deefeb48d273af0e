// Where the network's nodes go: a circle (heaviest first, from the top,
// clockwise) relaxed by a fixed number of force steps (pull along edges, push
// between every pair, a gentle pull to the centre). No randomness and no
// clock, so the same network always draws the same picture, and a test can
// compute it too. Pure, for Node tests.
import type { EventNetwork, NetworkEdge, NetworkNode } from './api-types.js';

export interface PlacedNode extends NetworkNode {
  readonly x: number;
  readonly y: number;
  /** Circle radius, by weight. */
  readonly r: number;
}

export interface PlacedEdge extends NetworkEdge {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** Stroke width, by weight. */
  readonly width: number;
}

export interface Layout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly PlacedNode[];
  readonly edges: readonly PlacedEdge[];
  /** Nodes left out to keep the picture legible (the lightest). */
  readonly omitted: number;
}

export const LAYOUT_DEFAULTS = Object.freeze({ width: 800, height: 560, margin: 70, maxNodes: 60, steps: 150 });

/** The nodes to draw: the heaviest `maxNodes`, ties by label, then id, so the order never depends on the API's. */
function chosen(nodes: readonly NetworkNode[], maxNodes: number): NetworkNode[] {
  return [...nodes].sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, maxNodes);
}

export function layoutNetwork(network: EventNetwork, options: Partial<typeof LAYOUT_DEFAULTS> = {}): Layout {
  const { width, height, margin, maxNodes, steps } = { ...LAYOUT_DEFAULTS, ...options };
  const nodes = chosen(network.nodes, maxNodes);
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const edges = network.edges.filter((e) => index.has(e.source) && index.has(e.target) && e.source !== e.target);
  const cx = width / 2;
  const cy = height / 2;
  const radius = Math.min(width, height) / 2 - margin;
  const x = nodes.map((_, i) => cx + (nodes.length === 1 ? 0 : radius * Math.sin((2 * Math.PI * i) / nodes.length)));
  const y = nodes.map((_, i) => cy - (nodes.length === 1 ? 0 : radius * Math.cos((2 * Math.PI * i) / nodes.length)));

  // Fruchterman–Reingold with a cooling step: k is the distance the forces balance at.
  const k = Math.sqrt(((width - 2 * margin) * (height - 2 * margin)) / Math.max(1, nodes.length)) * 0.75;
  for (let step = 0; step < steps && nodes.length > 2; step++) {
    const dx = new Array<number>(nodes.length).fill(0);
    const dy = new Array<number>(nodes.length).fill(0);
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const ddx = x[i]! - x[j]!;
        const ddy = y[i]! - y[j]!;
        const d = Math.max(1, Math.hypot(ddx, ddy));
        const push = (k * k) / d;
        dx[i]! += (ddx / d) * push;
        dy[i]! += (ddy / d) * push;
        dx[j]! -= (ddx / d) * push;
        dy[j]! -= (ddy / d) * push;
      }
    }
    for (const e of edges) {
      const i = index.get(e.source)!;
      const j = index.get(e.target)!;
      const ddx = x[i]! - x[j]!;
      const ddy = y[i]! - y[j]!;
      const d = Math.max(1, Math.hypot(ddx, ddy));
      const pull = ((d * d) / k) * Math.min(2, 0.5 + e.weight / 4);
      dx[i]! -= (ddx / d) * pull;
      dy[i]! -= (ddy / d) * pull;
      dx[j]! += (ddx / d) * pull;
      dy[j]! += (ddy / d) * pull;
    }
    const limit = (k / 2) * (1 - step / steps) + 1;
    for (let i = 0; i < nodes.length; i++) {
      dx[i]! += (cx - x[i]!) * 0.05;
      dy[i]! += (cy - y[i]!) * 0.05;
      const d = Math.max(1, Math.hypot(dx[i]!, dy[i]!));
      x[i] = clamp(x[i]! + (dx[i]! / d) * Math.min(d, limit), margin, width - margin);
      y[i] = clamp(y[i]! + (dy[i]! / d) * Math.min(d, limit), margin * 0.6, height - margin * 0.6);
    }
  }

  const heaviestNode = Math.max(1, ...nodes.map((n) => n.weight));
  const heaviestEdge = Math.max(1, ...edges.map((e) => e.weight));
  const placed = nodes.map((n, i) => ({ ...n, x: round(x[i]!), y: round(y[i]!), r: round(5 + 11 * Math.sqrt(n.weight / heaviestNode)) }));
  return {
    width,
    height,
    nodes: placed,
    edges: edges.map((e) => {
      const a = placed[index.get(e.source)!]!;
      const b = placed[index.get(e.target)!]!;
      return { ...e, x1: a.x, y1: a.y, x2: b.x, y2: b.y, width: round(1.5 + 8.5 * (e.weight / heaviestEdge)) };
    }),
    omitted: network.nodes.length - nodes.length,
  };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const round = (v: number) => Math.round(v * 10) / 10;
