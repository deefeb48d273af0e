// What the Markdown parser (mdast-util-from-markdown) costs on hostile shapes
// of input: the measurements behind the limits in src/ingest/markdown-complexity.ts.
//
//   node --import tsx bench/markdown-cost.ts CASE N        # one case, e.g. 'dash list' 2000
//   SIZE=20000 node --import tsx bench/markdown-cost.ts 'depth dash line' 16
//   node --import tsx bench/markdown-cost.ts               # lists the cases
//
// Prints time and peak RSS over the start for one parse; run each case in its
// own process (peak RSS is per process). Pathological cases can run for
// minutes: wrap them in `timeout`.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { markdownComplexity } from '../src/ingest/markdown-complexity.js';

const SIZE = Number(process.env.SIZE ?? 1e6);
const CASES: Record<string, (n: number) => string> = {
  'dash list': (n) => `${'- '.repeat(n)}x\n`,
  quote: (n) => `${'> '.repeat(n)}x\n`,
  'nested list': (n) => `${Array.from({ length: n }, (_, i) => `${' '.repeat(i * 2)}- item ${i}`).join('\n')}\n`,
  'nested ordered': (n) => `${Array.from({ length: n }, (_, i) => `${' '.repeat(i * 3)}1. item ${i}`).join('\n')}\n`,
  'star a': (n) => `${'*a'.repeat(n)}\n`,
  'under a': (n) => `${'_a '.repeat(n)}\n`,
  'open bracket': (n) => `${'['.repeat(n)}\n`,
  'link open': (n) => `${'[a]('.repeat(n)}\n`,
  'backtick runs': (n) => `${Array.from({ length: n }, (_, i) => `${'`'.repeat(1 + (i % 50))}a`).join(' ')}\n`,
  'html nest': (n) => `${'<div>'.repeat(n)}x${'</div>'.repeat(n)}\n`,
  'long line': (n) => `${'word '.repeat(n)}\n`,
  setext: (n) => 'a\n---\n'.repeat(n),
  'thematic breaks': (n) => '---\n'.repeat(n),
  'list items flat': (n) => '- a b c\n'.repeat(n),
  // SIZE characters of lines at depth n, or paragraphs of n delimiters:
  'depth quote': (n) => `${'> '.repeat(n)}a b c\n`.repeat(Math.floor(SIZE / (2 * n + 6))),
  'depth list': (n) => `${Array.from({ length: Math.floor(SIZE / (n + 8)) }, (_, i) => `${' '.repeat((i % n) * 2)}- item`).join('\n')}\n`,
  'depth dash line': (n) => `${'- '.repeat(n)}x\n`.repeat(Math.floor(SIZE / (2 * n + 2))),
  'star paragraphs': (n) => `${'*a'.repeat(n)}\n\n`.repeat(Math.floor(SIZE / (2 * n + 2))),
  'link paragraphs': (n) => `${'[a]('.repeat(n)}\n\n`.repeat(Math.floor(SIZE / (4 * n + 2))),
  'bracket paragraphs': (n) => `${'['.repeat(n)}\n\n`.repeat(Math.floor(SIZE / (n + 2))),
  'setext in prose': (n) => `${'lorem ipsum dolor sit amet. '.repeat(Math.floor(SIZE / n / 30))}\nheading\n---\n\n`.repeat(n),
};

const [name, count] = process.argv.slice(2);
const make = name === undefined ? undefined : CASES[name];
if (!make) {
  process.stdout.write(`cases: ${Object.keys(CASES).join(', ')}\n`);
} else {
  const source = make(Number(count));
  const guard = markdownComplexity(source);
  const rss = process.memoryUsage().rss;
  const started = performance.now();
  fromMarkdown(source);
  const ms = performance.now() - started;
  const peak = (process.resourceUsage().maxRSS * 1024 - rss) / 1024 / 1024;
  process.stdout.write(`${JSON.stringify({ case: name, n: Number(count), chars: source.length, ms: Math.round(ms), peakMb: Math.round(peak), guard: guard?.rule ?? null })}\n`);
}
