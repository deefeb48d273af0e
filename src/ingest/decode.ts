import { message, type Message, type Point } from '../core/index.js';

export interface Decoded {
  /**
   * The decoded text with LF newlines. Every repair here is one UTF-16 unit for
   * one source character, so line/column in `text` are line/column in the file
   * (line 1 is off by one only when a BOM was stripped, as editors also hide it).
   */
  readonly text: string;
  readonly messages: Message[];
  /** False when an `error` message says the bytes are not a readable document. */
  readonly ok: boolean;
}

/** How much of the file the binary check looks at: enough to see a header, cheap on huge files. */
const SNIFF_BYTES = 8192;
/** Share of C0 control bytes (other than tab, newlines, form feed) above which a file is not text. */
const MAX_CONTROL_SHARE = 0.1;

const EMPTY = 'The document is empty or only whitespace.';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');

/**
 * Windows-1252 as the WHATWG Encoding standard defines it. Spelled out because
 * Node 20's `TextDecoder('windows-1252')` decodes 0x80–0x9F as Latin-1 control
 * characters, which is exactly the damage this table exists to undo. The five
 * bytes cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to themselves.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const CP1252: readonly string[] = Array.from({ length: 256 }, (_, byte) =>
  byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] as string) : String.fromCharCode(byte),
);

/** The character a Windows-1252 byte stands for. */
export function windows1252(byte: number): string {
  return CP1252[byte & 0xff] as string;
}

/**
 * Bytes → text. Never throws: binary and empty input become `error` messages,
 * invalid UTF-8 a warning. `origin` is the calling reader, e.g. `reader:text`.
 */
export function decode(bytes: Uint8Array, origin: string): Decoded {
  const messages: Message[] = [];
  const fail = (code: string, reason: string): Decoded => {
    messages.push(message({ code, reason, origin, severity: 'error' }));
    return { text: '', messages, ok: false };
  };

  // UTF-16 files are full of NUL bytes; honour their BOM before the binary check rejects them.
  let raw: string | null = null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) raw = utf16le.decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) raw = utf16be.decode(bytes.subarray(2));

  if (raw === null) {
    const binary = binaryReason(bytes);
    if (binary) return fail('binary-file', `The file looks binary (${binary}), not text: convert it to text or leave it out.`);
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try {
      raw = utf8.decode(body);
    } catch {
      const bad = firstInvalidUtf8(body);
      const place = pointAfter(utf8Lenient.decode(body.subarray(0, bad)));
      const byte = body[bad] ?? 0;
      raw = decodeMixed(body);
      messages.push(
        message({
          code: 'invalid-utf8',
          reason: `The file is not valid UTF-8 (first bad byte 0x${byte.toString(16).padStart(2, '0')}); read those bytes as Windows-1252.`,
          origin,
          place: { start: place, end: { line: place.line, column: place.column + 1 } },
          excerpt: CP1252[byte] ?? null,
        }),
      );
    }
  }

  let text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  // One scan decides whether either repair below has anything to do; most files need neither.
  if (!/[\u0080-\u00a0\u2007\u202f]/.test(text)) {
    return text.trim() === '' ? fail('empty-document', EMPTY) : { text, messages, ok: true };
  }
  // NBSP and its narrow/figure cousins are layout, not meaning; search and matching want plain spaces.
  text = text.replace(/[\u00a0\u2007\u202f]/g, ' ');

  const repaired = repairC1(text);
  if (repaired.count > 0) {
    text = repaired.text;
    const at = pointAfter(text.slice(0, repaired.first));
    messages.push(
      message({
        code: 'cp1252-repaired',
        severity: 'info',
        reason: `Replaced ${repaired.count} C1 control character(s) with the Windows-1252 punctuation they stand for.`,
        origin,
        place: { start: at, end: { line: at.line, column: at.column + 1 } },
      }),
    );
  }

  if (text.trim() === '') return fail('empty-document', EMPTY);
  return { text, messages, ok: true };
}

function binaryReason(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return `NUL byte at offset ${i}`;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) control++;
  }
  return n > 0 && control / n > MAX_CONTROL_SHARE ? `${control} control bytes in the first ${n}` : null;
}

/** Index of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

/** Length of the well-formed UTF-8 sequence at `i` (Unicode table 3-7), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] as number;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b0 >= 0xe1 && b0 <= 0xec) || b0 === 0xee || b0 === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/**
 * Well-formed UTF-8 runs as UTF-8, every other byte as Windows-1252. A file
 * that is mostly UTF-8 with one pasted cp1252 quote keeps its real accents,
 * and a pure cp1252 file reads exactly as Windows-1252.
 */
function decodeMixed(bytes: Uint8Array): string {
  let out = '';
  let runStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    out += utf8Lenient.decode(bytes.subarray(runStart, i)) + CP1252[bytes[i] as number];
    i += 1;
    runStart = i;
  }
  return out + utf8Lenient.decode(bytes.subarray(runStart));
}

/**
 * C1 controls (U+0080–U+009F) never belong in prose; in real archives they are
 * Windows-1252 punctuation that an upstream system decoded as Latin-1 (U+0092
 * for ’, U+0096 for –). Mapping them back keeps quotes and dashes searchable.
 */
function repairC1(text: string): { text: string; count: number; first: number } {
  let count = 0;
  let first = -1;
  const out = text.replace(/[\u0080-\u009f]/g, (c, offset: number) => {
    const mapped = CP1252[c.charCodeAt(0)] ?? c;
    if (mapped === c) return c; // 0x81, 0x8D, 0x8F, 0x90, 0x9D have no cp1252 meaning: leave them.
    if (first < 0) first = offset;
    count++;
    return mapped;
  });
  return { text: out, count, first };
}

/** The 1-based point just after `prefix`, counting LF, CRLF and CR as line breaks. */
function pointAfter(prefix: string): Point {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && prefix.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: prefix.length - lineStart + 1 };
}
