import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../../src/ingest/index.js';

/** Real texts of the AU PM transcripts (cleaned by the real reader), at least `minChars` long, in file order. */
export function realTexts(dir: string, minChars = 1500): string[] {
  const texts: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.xml')).sort()) {
    const path = join(dir, file);
    const doc = readDocument({ path, bytes: readFileSync(path) });
    if (doc.text.length >= minChars) texts.push(doc.text);
  }
  return texts;
}

/** Cuts texts into documents of whole paragraphs, `min`–`max` characters each (a release-sized piece). */
export function slices(texts: readonly string[], min = 2000, max = 5000): string[] {
  const out: string[] = [];
  for (const text of texts) {
    let current: string[] = [];
    let length = 0;
    for (const paragraph of text.split(/\n\n+/)) {
      current.push(paragraph);
      length += paragraph.length + 2;
      if (length >= min) {
        if (length <= max) out.push(current.join('\n\n'));
        current = [];
        length = 0;
      }
    }
  }
  return out;
}
