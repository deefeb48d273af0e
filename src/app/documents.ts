import { NotFoundError, type Span } from '../core/index.js';
import type { Store } from '../store/index.js';

export interface DocumentView {
  readonly id: string;
  readonly path: string;
  readonly format: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly publishedFrom: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly byline: string | null;
  readonly kind: string;
  readonly ministers: readonly string[];
  readonly portfolios: readonly string[];
  readonly extra: Readonly<Record<string, string>>;
  readonly text: string;
  readonly messages: readonly { code: string; severity: string; reason: string; start: number | null; end: number | null; origin: string }[];
  readonly stages: readonly { name: string; version: number }[];
  readonly segments: { paragraphs: readonly Span[]; sentences: readonly Span[] } | null;
  readonly storedAt: string;
}

/** One stored document as the API and the CLI show it. */
export async function getDocumentView(store: Store, id: string): Promise<DocumentView> {
  const stored = await store.getDocument(id);
  if (!stored) throw new NotFoundError(`No document with id '${id}': search for it first, or check the id.`);
  const { document: doc, stages } = stored;
  const segment = stages.find((s) => s.name === 'segment')?.output as
    | { paragraphs: Span[]; sentences: Span[] }
    | undefined;
  return {
    id: doc.id,
    path: doc.path,
    format: doc.format,
    ...doc.meta,
    text: doc.text,
    messages: doc.messages.map(({ code, severity, reason, start, end, origin }) => ({ code, severity, reason, start, end, origin })),
    stages: stages.map(({ name, version }) => ({ name, version })),
    segments: segment
      ? {
          paragraphs: segment.paragraphs.map(({ start, end }) => ({ start, end })),
          sentences: segment.sentences.map(({ start, end }) => ({ start, end })),
        }
      : null,
    storedAt: stored.storedAt,
  };
}
