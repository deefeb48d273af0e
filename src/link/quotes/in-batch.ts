import { officeLabel, type Office } from '../../store/index.js';
import { entitiesOf, isInt, isObject, type BatchDocument } from '../stage-output.js';

/** One quote as `parley extract` prints it (docs/quotes.md): the DESIGN.md fields in their order, then the additions. */
export interface ExtractQuote {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: string;
  /** The same quote across documents needs a store: always null here. */
  readonly cluster: null;
  readonly speaker: ExtractSpeaker | null;
  readonly cue: string | null;
  readonly parts?: readonly { readonly start: number; readonly end: number }[];
}

export interface ExtractSpeaker {
  readonly id: string | null;
  readonly name: string;
  readonly mention: { readonly text: string; readonly start: number; readonly end: number };
  readonly via: string;
  readonly office?: Office;
}

/** A document of the run (`entities` and `quotes` are read). */
export type QuoteBatchDocument = BatchDocument;


/**
 * Quotes with speakers resolved over one run, without a store: a speaker
 * entity takes the id and name in-batch linking gave its mentions; a speaker
 * named only by office, whoever the run shows holding it (the person of the
 * latest evidence on or before the document's date, as office mentions
 * resolve; evidence here is each person's current role as documents show it).
 */
export function linkBatchQuotes(documents: readonly QuoteBatchDocument[]): Map<string, ExtractQuote[]> {
  const holders = new Holders();
  for (const doc of documents) {
    for (const m of doc.linked?.entities ?? []) {
      if (m.type === 'person' && m.role !== null && m.roleTense === 'current' && doc.published !== null) holders.add({ title: m.role, of: m.roleOf }, doc.published, m.id, m.name);
    }
  }
  const out = new Map<string, ExtractQuote[]>();
  for (const doc of documents) out.set(doc.id, quotesOf(doc, holders));
  return out;
}

function quotesOf(doc: QuoteBatchDocument, holders: Holders): ExtractQuote[] {
  const output = doc.stages.find((s) => s.name === 'quotes')?.output;
  if (!isObject(output) || !Array.isArray(output.quotes)) return [];
  const { entities, mentions } = entitiesOf(doc.stages);
  const linkedAt = new Map((doc.linked?.entities ?? []).map((m) => [`${m.start}:${m.end}`, m]));
  /** The id and name linking gave any mention of entity `idx`; the stage's own key and name when none was linked. */
  const entity = (idx: number): { id: string | null; name: string } | null => {
    const e = entities[idx];
    for (const m of mentions) {
      if (m.entity !== idx) continue;
      const hit = linkedAt.get(`${m.start}:${m.end}`);
      if (hit) return { id: hit.id, name: hit.name };
    }
    return e ? { id: e.key, name: e.name } : null;
  };
  const quotes: ExtractQuote[] = [];
  for (const q of output.quotes as unknown[]) {
    if (!isObject(q) || !isInt(q.start) || !isInt(q.end) || typeof q.text !== 'string') continue;
    const parts = Array.isArray(q.parts) ? (q.parts as unknown[]).filter((p): p is { start: number; end: number } => isObject(p) && isInt(p.start) && isInt(p.end)) : null;
    quotes.push({
      text: q.text,
      start: q.start,
      end: q.end,
      kind: typeof q.kind === 'string' ? q.kind : 'direct',
      cluster: null,
      speaker: speakerOf(q.speaker, entity, holders, doc.published),
      cue: typeof q.cue === 'string' ? q.cue : null,
      ...(parts ? { parts: parts.map(({ start, end }) => ({ start, end })) } : {}),
    });
  }
  return quotes;
}

function speakerOf(
  speaker: unknown,
  entity: (idx: number) => { id: string | null; name: string } | null,
  holders: Holders,
  published: string | null,
): ExtractSpeaker | null {
  if (!isObject(speaker)) return null;
  const m = isObject(speaker.mention) ? speaker.mention : {};
  const mention = { text: typeof m.text === 'string' ? m.text : '', start: isInt(m.start) ? m.start : 0, end: isInt(m.end) ? m.end : 0 };
  const via = typeof speaker.via === 'string' ? speaker.via : 'cue';
  const office = isObject(speaker.office) && typeof speaker.office.title === 'string' ? { title: speaker.office.title, of: typeof speaker.office.of === 'string' ? speaker.office.of : null } : null;
  const withOffice = office ? { office } : {};
  if (isInt(speaker.entity)) {
    const who = entity(speaker.entity);
    if (who) return { id: who.id, name: who.name, mention, via, ...withOffice };
  }
  if (!office) return null;
  const holder = holders.at(office, published);
  return { id: holder?.id ?? null, name: holder?.name ?? officeLabel(office), mention, via, office };
}

/** Who the run shows in each office, by date. */
export class Holders {
  private readonly byOffice = new Map<string, { date: string; id: string; name: string }[]>();
  private sorted = false;

  add(office: Office, date: string, id: string, name: string): void {
    const key = `${office.title}\u0000${office.of ?? ''}`;
    (this.byOffice.get(key) ?? this.byOffice.set(key, []).get(key)!).push({ date, id, name });
    this.sorted = false;
  }

  /** The latest evidence on or before `date`; between evidence of one date, the greatest id (the order is the run's, so fixed). */
  at(office: Office, date: string | null): { id: string; name: string } | null {
    if (date === null) return null;
    if (!this.sorted) {
      for (const list of this.byOffice.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      this.sorted = true;
    }
    const list = this.byOffice.get(`${office.title}\u0000${office.of ?? ''}`) ?? [];
    let found: { id: string; name: string } | null = null;
    for (const e of list) {
      if (e.date > date) break;
      found = e;
    }
    return found;
  }
}
