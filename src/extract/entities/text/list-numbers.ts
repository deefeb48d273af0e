import { PUNCT, WORD, type Tok } from './tokens.js';

// A numbered list whose lines a reader joined into one paragraph ("… Minister
// of Housing 2. Nicola Willis – Finance 3. …", a results table "… 1:18.23
// 8. Florence Masnada ( France ) 1:18.31 9. …") is cut by the segmenter after
// each item's number: the number ends one sentence and its name opens the
// next. The tagger then sees the name with no left context and types it far
// worse ("Florence Masnada" an organisation, "Ingeborg Helen Marken" cut to
// "Helen Marken"). For the tagger only, such a number goes back to the item
// it opens. The rules keep the segmenter's sentences.

const NUMBER = /^\d{1,3}$/;

/**
 * `sentences` with each list item's number moved from the end of one
 * sentence to the start of the next. A number counts when it and a full stop
 * close a sentence, the next sentence follows with only space between and
 * opens with a capitalised word, and the number before it in the list
 * (`n-1.`) lies in the same sentence or the one before: a numbered list,
 * not a figure ending a sentence ("rose to 9. Analysts said"). The result
 * has one entry per sentence, in order; a sentence that was only a number is
 * left empty (start = end).
 */
export function listNumbersForward(tokens: readonly Tok[], text: string, sentences: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const out = sentences.map((s) => ({ start: s.start, end: s.end }));
  if (sentences.length < 2) return out;
  const first = new Int32Array(sentences.length).fill(-1);
  const last = new Int32Array(sentences.length).fill(-1);
  tokens.forEach((t, i) => {
    if (t.sentence < 0) return;
    if (first[t.sentence] === -1) first[t.sentence] = i;
    last[t.sentence] = i;
  });
  for (let s = 0; s + 1 < sentences.length; s++) {
    const dot = last[s]!;
    const num = dot - 1;
    const opener = first[s + 1]!;
    if (num < 0 || opener < 0 || tokens[num]!.sentence !== s) continue;
    const n = tokens[num]!;
    const stop = tokens[dot]!;
    if (n.kind !== WORD || !NUMBER.test(n.text) || stop.kind !== PUNCT || stop.text !== '.' || stop.start !== n.end) continue;
    const open = tokens[opener]!;
    if (open.kind !== WORD || !open.cap || /\S/.test(text.slice(stop.end, open.start))) continue;
    if (!previousNumber(tokens, num, Number(n.text) - 1, s)) continue;
    out[s]!.end = num > first[s]! ? tokens[num - 1]!.end : out[s]!.start;
    out[s + 1]!.start = n.start;
  }
  return out;
}

/** Whether `want` and a full stop come before token `at`, within sentence `s` or the one before. */
function previousNumber(tokens: readonly Tok[], at: number, want: number, s: number): boolean {
  if (want < 1) return false;
  const wanted = String(want);
  for (let k = at - 1; k >= 0 && tokens[k]!.sentence >= s - 1 && tokens[k]!.sentence <= s; k--) {
    const t = tokens[k]!;
    const next = tokens[k + 1]!;
    const after = tokens[k + 2];
    // "1:17.97" holds "17." but is no list number: the stop must end the word.
    if (t.kind === WORD && t.text === wanted && next.kind === PUNCT && next.text === '.' && next.start === t.end && (!after || after.start > next.end)) return true;
  }
  return false;
}
