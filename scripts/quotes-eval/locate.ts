// Gold files name quotes by their words, not offsets, so they stay readable
// and survive changes to how a reader normalises text. At load time each
// gold text is found in Parley's `text` for the document.
import type { Span } from './words.js';

const DOUBLE = '“”"″„';
const SINGLE = '‘’\'′`';
const DASH = '-–—';

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/**
 * A pattern for a gold text that tolerates what a hand-written gold cannot
 * know or should not care about: curly or straight marks, the kind of dash,
 * how much whitespace; and, where the gold text crosses a paragraph break, the
 * continuation mark that opens the next paragraph of a multi-paragraph quote
 * (the gold is written first word to last word, without those marks).
 */
export function goldPattern(gold: string): RegExp {
  let src = '';
  const text = gold.trim();
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      let j = i;
      while (j + 1 < text.length && /\s/.test(text[j + 1]!)) j++;
      const run = text.slice(i, j + 1);
      src += run.includes('\n') ? `\\s*\\n\\s*(?:[${DOUBLE}${SINGLE}]\\s*)?` : '\\s+';
      i = j;
    } else if (DOUBLE.includes(c)) src += `[${DOUBLE}]`;
    else if (SINGLE.includes(c)) src += `[${SINGLE}]`;
    else if (DASH.includes(c)) src += `[${escape(DASH)}]`;
    else src += escape(c);
  }
  const wordAt = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  const before = wordAt(text[0]) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = wordAt(text[text.length - 1]) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${before}${src}${after}`, 'gu');
}

export type Located = { readonly ok: true; readonly span: Span; readonly occurrences: number } | { readonly ok: false; readonly reason: string };

/** The `nth` (0-based) occurrence of a gold text in the document text. */
export function locate(text: string, gold: string, nth = 0): Located {
  const hits = [...text.matchAll(goldPattern(gold))];
  if (hits.length === 0) return { ok: false, reason: `not in the text: "${gold.slice(0, 70)}"` };
  const hit = hits[nth];
  if (!hit) return { ok: false, reason: `occurrence ${nth} asked for, ${hits.length} in the text: "${gold.slice(0, 70)}"` };
  return { ok: true, span: { start: hit.index, end: hit.index + hit[0].length }, occurrences: hits.length };
}
