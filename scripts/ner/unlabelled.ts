// Unlabelled text for word clusters: the AU PM transcripts (HTML inside CDATA,
// stripped crudely) plus the tokens of the labelled training sets. Yields one
// token array per paragraph, normalised as the tagger's features are.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clusterKey, normaliseToken } from '../../src/extract/entities/tagger/normalise.js';
import { tokenize } from '../../src/extract/entities/tagger/tokenize.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '\u2019', lsquo: '\u2018', rdquo: '\u201d', ldquo: '\u201c', ndash: '\u2013', mdash: '\u2014', hellip: '\u2026' };

function decode(html: string): string {
  return html.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Paragraph texts of one AU PM transcript file. */
export function auPmParagraphs(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<content><!\[CDATA\[([\s\S]*?)\]\]><\/content>/g)) {
    const html = m[1] ?? '';
    for (const para of html.split(/<\/p>|<br\s*\/?>|\n\s*\n/i)) {
      const text = decode(para.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
      if (text.length > 0) out.push(text);
    }
  }
  return out;
}

export function* auPmTexts(dir: string): Generator<string> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.xml')).sort();
  for (const file of files) {
    for (const para of auPmParagraphs(readFileSync(join(dir, file), 'utf8'))) yield para;
  }
}

export function clusterTokens(text: string): string[] {
  return tokenize(text).map((t) => clusterKey(normaliseToken(t.text)));
}
