// PolNeAR's offsets are into the article as distributed; Parley's reader
// normalises text (collapses spaces, drops a "Read the rest here." line, …),
// so offsets move. Rather than assume what the reader does, align the two
// texts word by word and carry spans across by their words.
import { wordSpans, wordsIn, type Span } from './words.js';

const key = (s: string) => s.toLowerCase().replace(/’/g, "'");

/** A map from spans in `from` to spans in `to`, through words both texts share in order. */
export function aligner(from: string, to: string): (span: Span) => Span | null {
  const fw = wordSpans(from);
  const tw = wordSpans(to);
  const fk = fw.map((w) => key(from.slice(w.start, w.end)));
  const tk = tw.map((w) => key(to.slice(w.start, w.end)));
  const map = new Int32Array(fw.length).fill(-1);
  // Greedy: equal words pair up; otherwise skip whichever side has the
  // shorter run before both texts agree again on two words in a row.
  let i = 0;
  let j = 0;
  const agree = (a: number, b: number) => fk[a] === tk[b] && (a + 1 >= fk.length || b + 1 >= tk.length || fk[a + 1] === tk[b + 1]);
  while (i < fw.length && j < tw.length) {
    if (fk[i] === tk[j]) {
      map[i++] = j++;
      continue;
    }
    let skipTo = -1;
    for (let k = j + 1; k < Math.min(tw.length, j + 40); k++) if (agree(i, k)) { skipTo = k; break; }
    let skipFrom = -1;
    for (let k = i + 1; k < Math.min(fw.length, i + 400); k++) if (agree(k, j)) { skipFrom = k; break; }
    if (skipTo >= 0 && (skipFrom < 0 || skipTo - j <= skipFrom - i)) j = skipTo;
    else if (skipFrom >= 0) i = skipFrom;
    else {
      i++;
      j++;
    }
  }
  return (span) => {
    const mapped = wordsIn(fw, [span]).map((k) => map[k]!).filter((k) => k >= 0);
    if (!mapped.length) return null;
    return { start: tw[Math.min(...mapped)]!.start, end: tw[Math.max(...mapped)]!.end };
  };
}
