import type { Document } from '../core/index.js';
import type { RawInput } from './reader.js';
import { readerFor } from './registry.js';

export type { Reader, RawInput } from './reader.js';
export { readers, readerFor, SUPPORTED_EXTENSIONS } from './registry.js';
export { markdownReader } from './markdown.js';
export { textReader } from './text.js';
export { aupmXmlReader } from './aupm-xml.js';
export { parseCalendarDate } from './calendar-date.js';

/** Enough of the file to recognise its format; decoding it leniently is fine for sniffing. */
const HEAD_BYTES = 4096;
const headDecoder = new TextDecoder('utf-8');

/** Decodes, chooses a reader (by extension, else by content) and reads one input. Never throws on content. */
export function readDocument(input: RawInput): Document {
  const head = headDecoder.decode(input.bytes.subarray(0, HEAD_BYTES));
  return readerFor(input.path, head).read(input);
}
