import { emptyMeta, message, shortHash, type Document } from '../core/index.js';

/**
 * A stand-in for an input that could not be read at all (too large, vanished,
 * unreadable). It carries one error message, so failures travel through the
 * same reporting path as content problems and are never stored.
 */
export function failedDocument(path: string, bytes: number, code: string, reason: string): Document {
  return {
    id: shortHash(`failed:${path}`),
    path,
    format: 'none',
    bytes,
    text: '',
    meta: emptyMeta(),
    messages: [message({ code, reason, origin: 'ingest', severity: 'error' })],
  };
}
