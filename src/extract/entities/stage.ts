import { message, type Document, type Message, type Stage } from '../../core/index.js';
import type { SegmentOutput } from '../segment/index.js';
import { analyse } from './analyse.js';
import { compileLexicon, type Rules, DEFAULT_LEXICON, type EntityLexicon } from './lexicon/index.js';
import { canonicalOfficeWith } from './offices/index.js';
import type { EntityTagger, NerSpanLike } from './candidates/index.js';
import { loadTagger } from './tagger/index.js';
import type { EntitiesOutput } from './types.js';
import { mergeMessages, mergeWindows, windowDocument, windowsOf, WHOLE_CHARS, type Window } from './windows.js';

export interface EntitiesOptions {
  /**
   * The statistical tagger. Omitted: the model in `tagger/`, loaded once on
   * first use (without it the stage runs on rules and gazetteers alone and
   * says so in an `info` message). `null`: rules and gazetteers only, silently.
   */
  readonly tagger?: EntityTagger | null;
  /** Gazetteers, offices, honorifics and word lists; English and the whole world by default. */
  readonly lexicon?: EntityLexicon;
}

export const ENTITIES_DEFAULTS = Object.freeze({ lexicon: DEFAULT_LEXICON });

type Loaded = { readonly tagger: EntityTagger } | { readonly error: string };
let shared: Loaded | undefined;

/** The committed tagger, loaded at most once per process; a missing model is remembered, not retried per document. */
function defaultTagger(): Loaded {
  if (!shared) {
    try {
      shared = { tagger: loadTagger() };
    } catch (error) {
      shared = { error: error instanceof Error ? error.message : String(error) };
    }
  }
  return shared;
}

const ORIGIN = 'entities';

/**
 * People (with roles), organisations and places, resolved within the
 * document. Configure once, then run per document; `run` is pure, reads no
 * clock and never throws on content.
 */
export function createEntitiesStage(options: EntitiesOptions = {}): Stage<EntitiesOutput> {
  // Compiled on first use: most commands never extract, and compiling the
  // lexicon at import cost every `parley` start about a tenth of a second.
  let compiled: Rules | null = null;
  const rulesOf = (): Rules => (compiled ??= options.lexicon === undefined || options.lexicon === DEFAULT_LEXICON ? defaultRules() : compileLexicon(options.lexicon));
  const chosen = options.tagger;
  /** The whole analysis of one document (or one window of a huge one). */
  const analyseDocument = (doc: Document, sentences: readonly { start: number; end: number }[]): { output: EntitiesOutput; messages: Message[] } => {
    const messages: Message[] = [];
    let tagger: EntityTagger | null = null;
    if (chosen === undefined) {
      const loaded = defaultTagger();
      if ('tagger' in loaded) tagger = loaded.tagger;
      else messages.push(message({ code: 'no-tagger', severity: 'info', origin: ORIGIN, reason: `Statistical tagger unavailable (${loaded.error}); entities come from rules and gazetteers only` }));
    } else tagger = chosen;
    const tag = (selected: readonly { start: number; end: number }[]): readonly NerSpanLike[] | null => {
      if (!tagger) return null;
      try {
        return tagger.tagDocument(doc.text, selected);
      } catch (error) {
        messages.push(message({ code: 'tagger-failed', origin: ORIGIN, reason: `The tagger failed on this document (${error instanceof Error ? error.message : String(error)}); rules and gazetteers only` }));
        return null;
      }
    };
    return { output: analyse(doc, sentences, tag, rulesOf()), messages };
  };
  const stage: Stage<EntitiesOutput> = {
    name: 'entities',
    version: 18,
    requires: Object.freeze(['segment']),
    run(doc, context) {
      const segment = context.outputs.get('segment') as SegmentOutput | undefined;
      const sentences = segment?.sentences ?? (doc.text.length > 0 ? [{ start: 0, end: doc.text.length }] : []);
      if (doc.text.length <= WHOLE_CHARS) return analyseDocument(doc, sentences);
      // A huge document is analysed in windows so memory stays bounded (see windows.ts);
      // each window's output is merged as soon as it is made, so only one window's work is alive.
      const messages: { window: Window; messages: readonly Message[] }[] = [];
      const output = mergeWindows(
        (function* () {
          for (const window of windowsOf(doc.text, sentences)) {
            const result = analyseDocument(windowDocument(doc, window), window.sentences);
            messages.push({ window, messages: result.messages });
            yield { window, output: result.output };
          }
        })(),
      );
      return { output, messages: mergeMessages(messages) };
    },
  };
  return Object.freeze(stage);
}

export const entitiesStage: Stage<EntitiesOutput> = createEntitiesStage();

let compiledDefault: Rules | null = null;
/** The default lexicon compiled once, when first needed, for the stage and the office helpers alike. */
function defaultRules(): Rules {
  return (compiledDefault ??= compileLexicon(DEFAULT_LEXICON));
}

/** The canonical office a title names, or null: "Foreign Minister" → "Minister of Foreign Affairs", "Secretary-General" → "Secretary General". */
export function canonicalOffice(title: string): string | null {
  return canonicalOfficeWith(title, defaultRules());
}

/**
 * Whether `title` of `of` has one holder at a time: an office flagged `one`
 * in `offices.json` (not an organisation's), owned by a country of the
 * gazetteer. Two people holding it on one date contradict each other, which
 * corpus-level resolution uses to overrule an inferred owner.
 */
export function oneHolderOffice(title: string, of: string | null): boolean {
  const rules = defaultRules();
  const info = rules.officeByTitle.get(title.toLowerCase());
  return info !== undefined && info.title === title && info.flags.has('one') && !info.flags.has('org') && of !== null && rules.countryByName.has(of);
}
