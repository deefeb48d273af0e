// PolNeAR's BRAT standoff (.ann): text-bound spans (Source, Cue, Content, …)
// and Attribution events tying them. Only what the quote gold needs.
import type { Span } from './words.js';

export interface AnnSpan {
  readonly type: string;
  /** Fragments, in file order (BRAT writes discontinuous spans as "a b;c d"). */
  readonly spans: readonly Span[];
  readonly text: string;
}

export interface Attribution {
  /** The event's own type: "Attribution" or "Attribution-no-source". */
  readonly type: string;
  /** Content and Content2 fragments together. */
  readonly content: readonly Span[];
  readonly cue: AnnSpan | null;
  readonly source: AnnSpan | null;
}

export function parseAnn(ann: string): Attribution[] {
  const spans = new Map<string, AnnSpan>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (/^T\d+$/.test(cols[0] ?? '') && cols[1]) {
      const [type, ...rest] = cols[1].split(' ');
      const frags = rest.join(' ').split(';').map((f) => {
        const [a, b] = f.trim().split(' ').map(Number);
        return { start: a!, end: b! };
      });
      spans.set(cols[0]!, { type: type!, spans: frags, text: cols[2] ?? '' });
    } else if (/^E\d+$/.test(cols[0] ?? '') && cols[1]) events.push(cols[1]);
  }
  return events.map((e) => {
    const args = e.split(' ').map((a) => a.split(':') as [string, string]);
    const [head] = args;
    const role = (r: RegExp) => args.filter(([k]) => r.test(k)).map(([, t]) => spans.get(t)).filter((s): s is AnnSpan => s !== undefined);
    return {
      type: head?.[0] ?? 'Attribution',
      content: role(/^Content\d*$/).flatMap((s) => s.spans),
      // PolNeAR writes the role both as "Source" and "source".
      source: role(/^source$/i)[0] ?? null,
      cue: role(/^Cue$/)[0] ?? null,
    };
  });
}
