import { Parser } from 'htmlparser2';
import { KINDS, LineIndex, emptyMeta, message, type DocumentMeta, type Kind, type Message } from '../core/index.js';
import { classifyLine, stripInlineMarkers, type Boilerplate, type InlineCut } from './boilerplate.js';
import { TextBuilder, openSource, failedDocument, finishDocument, noDateWarning, removal } from './build.js';
import { parseCalendarDate } from './calendar-date.js';
import { duplicateStart } from './duplicate-tail.js';
import { decodeStrayEntities, htmlToText, type HtmlParagraph } from './html-to-text.js';
import releaseTypes from './model/aupm-release-types.json' with { type: 'json' };
import { findPageChrome, type Chrome } from './page-chrome.js';
import { collapseSpaces, endsSentence, paragraphRanges, startsLowercase } from './paragraphs.js';
import type { Reader } from './reader.js';

const NAME = 'aupm-xml';
const ORIGIN = `reader:${NAME}`;
const SITE = 'pmtranscripts.pmc.gov.au';

const FIELDS = new Set(['transcript-id', 'title', 'prime-minister', 'period-of-service', 'release-date', 'release-type', 'document', 'subjects', 'content']);

const KIND_BY_TYPE: ReadonlyMap<string, Kind> = new Map(
  Object.entries(releaseTypes).filter((e): e is [string, Kind] => (KINDS as readonly string[]).includes(e[1])),
);

/** An apostrophe followed by a stray semicolon inside a word: "I';m". */
const MANGLED_APOSTROPHE = /\p{L}';\p{L}/u;

/** A paragraph of the transcript body, with its offsets in the decoded file. */
interface Para {
  text: string;
  readonly start: number;
  end: number;
  /** Why the paragraph is page furniture or chrome, or null for content. */
  hit: Boilerplate | Chrome | null;
  /** Notices cut from inside the paragraph ("24 May 1996 E&OE…"). */
  cuts?: InlineCut[];
}

/** Transcripts carry no photos, so no photo credits or captions either. */
const CONTEXT = { captions: false } as const;

/**
 * Australian Prime Ministers' transcripts (pmtranscripts.pmc.gov.au XML): one
 * `<transcript>` with metadata elements and the body as HTML in CDATA.
 */
export const aupmXmlReader: Reader = {
  name: NAME,
  extensions: ['xml'],
  sniff: (head) => /<transcripts[\s>]|<transcript-id>/.test(head),
  read(input) {
    const opened = openSource(input, NAME, 'other', ORIGIN);
    if (!opened.ok) return opened.failed;
    const { source, index, messages } = opened;

    const record = parseRecord(source);
    if (record.transcripts === 0) {
      messages.push(message({ code: 'not-aupm-xml', severity: 'error', reason: 'No <transcript> element: this XML is not a PM Transcripts record.', origin: ORIGIN }));
      return failedDocument(input, NAME, 'other', messages);
    }
    if (record.transcripts > 1) {
      messages.push(message({ code: 'multiple-transcripts', reason: `The file holds ${record.transcripts} transcripts; only the first is read.`, origin: ORIGIN }));
    }
    const field = (name: string): string => collapseSpaces(record.fields.get(name)?.text ?? '');
    const placeOf = (name: string) => {
      const f = record.fields.get(name);
      return f ? index.place(f.start, f.end) : null;
    };

    const id = field('transcript-id');
    const pm = field('prime-minister');
    // "Howard, John" is an index form; people are named "John Howard" everywhere else.
    const comma = pm.indexOf(',');
    const primeMinister = comma > 0 ? `${pm.slice(comma + 1).trim()} ${pm.slice(0, comma).trim()}` : pm;
    const releaseType = field('release-type');

    const rawDate = field('release-date');
    const published = rawDate === '' ? null : parseCalendarDate(rawDate);
    if (rawDate !== '' && published === null) {
      messages.push(message({ code: 'invalid-date', reason: `Release date '${rawDate}' is not a calendar date; published is left unknown.`, origin: ORIGIN, place: placeOf('release-date'), excerpt: rawDate }));
    }

    const text = bodyText(record, source, index, messages);
    if (text === '') {
      // Kept with its metadata, so the failure report can say which transcript it was.
      messages.push(message({ code: 'empty-document', severity: 'error', reason: 'The transcript has no body text.', origin: ORIGIN, place: placeOf('content') }));
    } else if (published === null && rawDate === '') {
      messages.push(noDateWarning(ORIGIN));
    }

    const extra: Record<string, string> = {};
    if (id) extra.transcriptId = id;
    if (primeMinister) extra.primeMinister = primeMinister;
    if (releaseType) extra.releaseType = releaseType;
    if (field('document')) extra.pdf = field('document');
    if (field('subjects')) extra.subjects = field('subjects');
    if (field('period-of-service')) extra.periodOfService = field('period-of-service');

    const url = /^\d+$/.test(id) ? `https://${SITE}/release/transcript-${id}` : null;
    const meta: DocumentMeta = {
      ...emptyMeta(),
      title: decodeStrayEntities(field('title')).text || null,
      published,
      // The date comes from a machine-readable record the publisher's API serves per item,
      // which is what a feed entry's date is; it is neither YAML front matter nor an HTML <meta>.
      publishedFrom: published ? 'feed' : null,
      source: SITE,
      url,
      byline: primeMinister || null,
      kind: KIND_BY_TYPE.get(releaseType.toLowerCase()) ?? 'other',
      ministers: primeMinister ? [primeMinister] : [],
      extra,
    };
    return finishDocument(input, NAME, text, meta, messages);
  },
};

interface Field {
  text: string;
  /** Offsets of the element's content in the decoded file. */
  start: number;
  end: number;
  /** For CDATA content: where the CDATA text starts, so body offsets map 1:1 onto the file. */
  cdata: number | null;
}

const BODY_OPEN = '<content><![CDATA[';
const BODY_CLOSE = ']]></content>';

/**
 * The metadata elements of the first `<transcript>`, with their offsets in the
 * file. The body is one CDATA section about as long as everything else put
 * together; walking it with the XML tokenizer only to get it back verbatim cost
 * a tenth of the reader's time, so when it has the usual shape it is sliced out
 * and the remaining skeleton is parsed (offsets after the cut are shifted back).
 */
function parseRecord(xml: string): { transcripts: number; fields: Map<string, Field> } {
  const open = xml.indexOf(BODY_OPEN);
  const close = open < 0 ? -1 : xml.indexOf(BODY_CLOSE, open + BODY_OPEN.length);
  const sliced = open >= 0 && close >= 0 && xml.lastIndexOf('<transcript>', open) === xml.indexOf('<transcript>');
  const cut = sliced ? open + '<content>'.length : xml.length;
  const removed = sliced ? close + ']]>'.length - cut : 0;
  const at = (offset: number): number => (offset >= cut ? offset + removed : offset);

  const fields = new Map<string, Field>();
  let transcripts = 0;
  let current: Field | null = null;
  let currentName = '';
  const parser: Parser = new Parser(
    {
      onopentag(name) {
        if (name === 'transcript') transcripts++;
        else if (transcripts === 1 && FIELDS.has(name) && !fields.has(name)) {
          currentName = name;
          current = { text: '', start: at(parser.endIndex + 1), end: at(parser.endIndex + 1), cdata: null };
        }
      },
      oncdatastart() {
        if (current && current.cdata === null) current.cdata = at(parser.startIndex) + '<![CDATA['.length;
      },
      ontext(data) {
        if (current) current.text += data;
      },
      onclosetag(name) {
        if (current && name === currentName) {
          current.end = at(parser.startIndex);
          fields.set(currentName, current);
          current = null;
        }
      },
    },
    { xmlMode: true },
  );
  parser.write(sliced ? xml.slice(0, cut) + xml.slice(cut + removed) : xml);
  parser.end();
  if (sliced) {
    const body = open + BODY_OPEN.length;
    fields.set('content', { text: xml.slice(body, close), start: open + '<content>'.length, end: close + ']]>'.length, cdata: body });
  }
  return { transcripts, fields };
}

/**
 * The body as plain text. The HTML is converted paragraph by paragraph, then
 * repaired: hard-wrapped lines and continuation paragraphs are joined, notices
 * such as "E&OE" and "[ends]" removed, and a trailing copy of earlier text dropped.
 */
function bodyText(record: { fields: Map<string, Field> }, source: string, index: LineIndex, messages: Message[]): string {
  const content = record.fields.get('content');
  if (!content) return '';
  // Offsets inside CDATA map 1:1 onto the file; escaped HTML does not, so it gets the element's start.
  const base = content.cdata;
  const at = (offset: number): number => (base === null ? content.start : Math.min(base + offset, source.length));
  const paras = paragraphsOf(content.text, at, messages);
  // Header lines over the transcript ("TRANSCRIPT OF THE PRIME MINISTER", "THE HON JOHN HOWARD MP", "DOORSTOP INTERVIEW, …").
  const chrome = findPageChrome(paras.map((p) => ({ text: p.text, removed: p.hit !== null })));
  for (const [i, hit] of chrome) (paras[i] as Para).hit = hit;

  const kept = paras.filter((p) => p.hit === null);
  const duplicateFrom = duplicateStart(kept.map((p) => p.text));
  const duplicates = new Set(duplicateFrom < 0 ? [] : kept.slice(duplicateFrom));

  const builder = new TextBuilder();
  for (const para of paras) {
    if (para.hit) {
      messages.push(removal(para.hit.code, para.hit.reason, ORIGIN, builder.cut, index.place(para.start, para.end), para.text));
    } else if (duplicates.has(para)) {
      if (para === kept[duplicateFrom]) {
        const lastKept = kept[kept.length - 1] as Para;
        const reason = `a repeated copy of earlier text (${kept.length - duplicateFrom} paragraphs at the end)`;
        messages.push(removal('duplicate-content', reason, ORIGIN, builder.cut, index.place(para.start, lastKept.end), para.text));
      }
    } else {
      const span = builder.add(para.text);
      for (const cut of para.cuts ?? []) {
        messages.push(removal(cut.code, cut.reason, ORIGIN, span.start + cut.at, index.place(para.start, para.end), cut.excerpt));
      }
    }
  }
  return builder.toString();
}

/** HTML paragraphs → repaired paragraphs, each classified once as content or boilerplate. */
function paragraphsOf(html: string, at: (offset: number) => number, messages: Message[]): Para[] {
  const paras: Para[] = [];
  const blocks = htmlToText(html).paragraphs;
  const wrapped = wrappedStyle(blocks);
  // Some transcripts spell every apostrophe "';" (I';m, don';t): a mangled &#039;. Inside a
  // word it is never real, so when it shows up there it is repaired everywhere in the body.
  const mangled = html.includes("';") && MANGLED_APOSTROPHE.test(html);
  let apostrophes = 0;
  let strayEntities = 0;
  const repair = (line: string): string => {
    const fixed = decodeStrayEntities(line);
    strayEntities += fixed.count;
    if (!mangled || !fixed.text.includes("';")) return fixed.text;
    return fixed.text.replace(/';/g, () => {
      apostrophes++;
      return "'";
    });
  };

  for (const block of blocks) {
    const lines = block.lines.map(repair);
    const pieces = paragraphRanges(lines).map(([from, to]) => lines.slice(from, to + 1).join(' '));
    const last = paras[paras.length - 1];
    const first = pieces[0] as string;
    const firstHit = classifyLine(first, CONTEXT);
    // Old transcripts are printed pages re-typed one <p> per line: "<p> of China.</p>".
    const continues =
      last !== undefined &&
      last.hit === null &&
      firstHit === null &&
      !isDateLine(first) &&
      !SPEAKER_LABEL.test(first) &&
      ((wrapped && block.leadingSpace) || (!endsSentence(last.text) && (block.leadingSpace || startsLowercase(first))));
    if (continues) {
      last.text = `${last.text} ${first}`;
      last.end = at(block.end);
    } else {
      paras.push({ text: first, start: at(block.start), end: at(block.end), hit: firstHit });
    }
    for (const piece of pieces.slice(1)) paras.push({ text: piece, start: at(block.start), end: at(block.end), hit: classifyLine(piece, CONTEXT) });
  }

  for (const para of paras) {
    if (para.hit) continue;
    const stripped = stripInlineMarkers(para.text);
    const [cut] = stripped.cuts;
    if (cut === undefined) continue;
    if (stripped.text === '') {
      // Nothing but notices ("E&OE... E&OE..."): the whole paragraph goes.
      para.hit = { code: cut.code, reason: cut.reason };
      continue;
    }
    para.text = stripped.text;
    para.cuts = stripped.cuts;
  }
  if (apostrophes > 0) {
    messages.push(message({ code: 'mangled-apostrophes', severity: 'info', reason: `Repaired ${apostrophes} apostrophes written as "';" (I';m → I'm).`, origin: ORIGIN }));
  }
  if (strayEntities > 0) {
    const reason = `Decoded ${strayEntities} HTML entities that the source had encoded twice (e.g. '&amp;#146;').`;
    messages.push(message({ code: 'double-encoded-entities', severity: 'info', reason, origin: ORIGIN }));
  }
  return paras;
}

/** "JOURNALIST:", "PRIME MINISTER:": an interview turn always starts a paragraph. */
const SPEAKER_LABEL = /^[\p{Lu}][\p{Lu}\p{M} .'’-]*:$/u;

/** "28 March 1999" under a release is its own line even when indented like a continuation. */
function isDateLine(text: string): boolean {
  return text.length <= 40 && parseCalendarDate(text) !== null;
}

/**
 * Whether the body is a printed page re-typed one `<p>` per line, where a
 * paragraph opening with a space continues the one before even after a full
 * stop. Sloppy HTML also opens paragraphs with spaces, but after complete
 * sentences; in the line-per-paragraph style most follow a line that stops mid-sentence.
 */
function wrappedStyle(paragraphs: readonly HtmlParagraph[]): boolean {
  let indented = 0;
  let midSentence = 0;
  for (let i = 1; i < paragraphs.length; i++) {
    const p = paragraphs[i] as HtmlParagraph;
    if (!p.leadingSpace) continue;
    indented++;
    if (!endsSentence((paragraphs[i - 1] as HtmlParagraph).text)) midSentence++;
  }
  return indented >= 4 && midSentence / indented >= 0.6;
}
