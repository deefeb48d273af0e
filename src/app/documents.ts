import { NotFoundError, type Span } from '../core/index.js';
import type { DocumentEntityMention, DocumentOfficeMention, Store } from '../store/index.js';

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
  /** Mentions in text order with canonical ids and names (`role`: what this document calls the entity). */
  readonly entities: readonly DocumentEntityMention[];
  /** "the Foreign Minister": the office, and whoever held it on the document's date (null when unknown). */
  readonly officeMentions: readonly DocumentOfficeMention[];
  readonly storedAt: string;
}

/** One stored document as the API and the CLI show it. */
export async function getDocumentView(store: Store, id: string): Promise<DocumentView> {
  const [stored, linked] = await Promise.all([store.getDocument(id), store.documentEntities(id)]);
  if (!stored) throw new NotFoundError(`No document with id '${id}': search for it first, or check the id.`);
  const { document: doc, stages } = stored;
  const segment = stages.find((s) => s.name === 'segment')?.output as { paragraphs?: unknown; sentences?: unknown } | null | undefined;
  // An output stored by another version of the stage may lack either list: show what is there.
  const spans = (list: unknown): Span[] => (Array.isArray(list) ? (list as Span[]).map(({ start, end }) => ({ start, end })) : []);
  return {
    id: doc.id,
    path: doc.path,
    format: doc.format,
    ...doc.meta,
    text: doc.text,
    messages: doc.messages.map(({ code, severity, reason, start, end, origin }) => ({ code, severity, reason, start, end, origin })),
    stages: stages.map(({ name, version }) => ({ name, version })),
    segments: segment && typeof segment === 'object' ? { paragraphs: spans(segment.paragraphs), sentences: spans(segment.sentences) } : null,
    entities: linked?.mentions ?? [],
    officeMentions: linked?.officeMentions ?? [],
    storedAt: stored.storedAt,
  };
}
