// Quote-style changes a news desk makes on copy. Every replacement is one UTF-16 unit
// for one, so a change never moves an offset.

export type QuoteStyle = 'curly' | 'straight' | 'single';

const OPENS_AFTER = /[\s([{\u2014-]/;

/** Straight quotes to typographic ones; an apostrophe inside a word becomes ’. */
function toCurly(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const before = i === 0 ? ' ' : (text[i - 1] as string);
    const opening = OPENS_AFTER.test(before);
    if (c === '"') out += opening ? '“' : '”';
    else if (c === "'") out += opening ? '‘' : '’';
    else out += c;
  }
  return out;
}

const toStraight = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
/** Double quotation marks become single ones (some outlets' house style). */
const toSingle = (text: string) => text.replace(/"/g, "'").replace(/“/g, '‘').replace(/”/g, '’');

export function restyleQuotes(text: string, style: QuoteStyle): string {
  return style === 'curly' ? toCurly(text) : style === 'straight' ? toStraight(text) : toSingle(text);
}
