// Reads a TimeML (.tml) file: the text inside <TEXT> with tags stripped and
// entities decoded, the gold TIMEX3s with offsets into that text, and the DCT.
import { readFileSync } from 'node:fs';

export interface GoldTimex {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: string;
  readonly value: string;
}

export interface TimemlDoc {
  readonly id: string;
  readonly text: string;
  /** `YYYY-MM-DD` of the document creation time. */
  readonly dct: string;
  readonly timexes: readonly GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function attr(tag: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
}

export function readTimeml(path: string): TimemlDoc {
  const source = readFileSync(path, 'utf8');
  const id = /<DOCID>([^<]*)<\/DOCID>/.exec(source)?.[1]?.trim() ?? path;
  const dctTag = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(source)?.[0] ?? '';
  const dct = attr(dctTag, 'value').slice(0, 10);
  const open = source.indexOf('<TEXT>');
  const close = source.lastIndexOf('</TEXT>');
  const body = source.slice(open + '<TEXT>'.length, close);
  let text = '';
  const timexes: GoldTimex[] = [];
  const stack: { tag: string; start: number }[] = [];
  for (let i = 0; i < body.length; ) {
    const ch = body[i]!;
    if (ch === '<') {
      const end = body.indexOf('>', i);
      const tag = body.slice(i, end + 1);
      if (tag.startsWith('<TIMEX3')) stack.push({ tag, start: text.length });
      else if (tag === '</TIMEX3>') {
        const t = stack.pop()!;
        if (attr(t.tag, 'functionInDocument') !== 'CREATION_TIME') {
          timexes.push({ start: t.start, end: text.length, text: text.slice(t.start, text.length), type: attr(t.tag, 'type'), value: attr(t.tag, 'value') });
        }
      }
      i = end + 1;
    } else if (ch === '&') {
      const end = body.indexOf(';', i);
      const name = body.slice(i + 1, end);
      text += ENTITIES[name] ?? (name.startsWith('#') ? String.fromCodePoint(Number.parseInt(name.slice(1).replace(/^x/, '0x'), name.startsWith('#x') ? 16 : 10)) : `&${name};`);
      i = end + 1;
    } else {
      text += ch;
      i++;
    }
  }
  return { id, text, dct, timexes };
}
