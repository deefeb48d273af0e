// npm run eval:entities [-- --separate] [--verbose] [--docs DIR]
//
// People and their roles on our own documents (scripts/entities-eval/docs),
// in the styles of issue 13's held-out set: Beehive releases, Scoop party
// releases, portfolio lists, AU PM transcripts, wire stories, FCDO/No10
// releases, State Department readouts. The annotation guideline is
// scripts/entities-eval/README.md; each document's gold is the .json beside it.
//
// The documents go through `extractPaths` (what `parley extract` runs) as one
// batch, like `parley extract scripts/entities-eval/docs` (--separate: one
// run per document, no cross-document linking). Scores:
//   - people: P/R/F1 over (document, person) pairs. A predicted person entity
//     (grouped by id) matches a gold person by name (same name words, ignoring
//     honorifics and initials; else one name's words contain the other's and
//     only one gold person of the document fits), else by a mention span that
//     overlaps exactly one gold person's mention. Several predicted entities
//     for one gold person count once ("split", not a false positive).
//   - mentions: exact-span P/R/F1 of person mentions; gold mentions are the
//     gold strings located in Parley's normalised text (word-bounded, longest
//     first, never overlapping).
//   - role accuracy: over gold people with a stated role (title not null); a
//     person not found counts as wrong. The predicted role is the first
//     non-null `role` among the matched entity's mentions, with `roleOf`
//     (null when the output lacks the field); `roleTense: 'former'` reads as
//     "former …", as the guideline writes past offices. Compared on content words, see
//     `roleMatches` and the synonym tables below.
import { readdirSync, readFileSync } from 'node:fs';
import { join, basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { extractPaths, type ExtractRecord } from '../src/app/index.js';
import { prf } from './ner/evaluate.js';

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: join(import.meta.dirname, 'entities-eval', 'docs') },
    separate: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});

// ---------------------------------------------------------------------------
// Gold.

interface GoldRole {
  readonly title: string | null;
  readonly of: string | null;
}

interface GoldPerson extends GoldRole {
  readonly name: string;
  /** Other roles the document states for the person at its date; a prediction matching any of them is right. */
  readonly alt?: readonly GoldRole[];
  /** The name as written each time it refers to the person (no honorifics or titles). */
  readonly mentions: readonly string[];
}

interface Gold {
  readonly style: string;
  readonly people: readonly GoldPerson[];
}

interface Span {
  readonly start: number;
  readonly end: number;
}

// ---------------------------------------------------------------------------
// Names.

const HONORIFICS = new Set(
  'mr mrs ms miss dr sir dame lord lady hon rt right honourable honorable senator prof professor the mp qc kc'.split(' '),
);

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’`´]/g, "'")
    .toLowerCase();
}

/** Name words: folded, honorifics and one-letter initials dropped, possessive 's dropped. */
function nameWords(name: string): string[] {
  return fold(name)
    .replace(/'s\b/g, '')
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((w) => w.replace(/^[-']+|[-']+$/g, ''))
    .filter((w) => w.length > 1 && !HONORIFICS.has(w));
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
const subset = (a: readonly string[], b: readonly string[]) => a.length > 0 && a.every((x) => b.includes(x));

// ---------------------------------------------------------------------------
// Roles: content words with synonyms. Every table entry is documented here and
// in scripts/entities-eval/README.md.

/** Phrases rewritten before words are taken (folded text, hyphens and dots already spaces). Order matters. */
const PHRASES: readonly [RegExp, string][] = [
  // Foreign Minister ≡ Minister of/for Foreign Affairs ≡ Foreign Affairs Minister.
  [/\bforeign affairs\b/g, 'foreign'],
  [/\bforeign and trade\b/g, 'foreign'],
  // India's External Affairs Minister is its foreign minister.
  [/\bexternal affairs\b/g, 'foreign'],
  // Titles abbreviated.
  [/\bpm\b/g, 'prime minister'],
  [/\bdpm\b/g, 'deputy prime minister'],
  [/\bceo\b/g, 'chief executive'],
  [/\bsecgen\b/g, 'secretary general'],
  [/\bmember of parliament\b/g, 'mp'],
  // Spelling.
  [/\bdefense\b/g, 'defence'],
  // Temporal qualifiers: "then Foreign Minister" (at the time, not now) is a former office.
  [/\bthen\b/g, 'former'],
  [/\bex\b/g, 'former'],
  // Multi-word owners before the one-word demonyms.
  [/\bunited states of america\b/g, 'united states'],
  [/\bu s a\b/g, 'united states'],
  [/\bu s\b/g, 'united states'],
  [/\bu n\b/g, 'united nations'],
  [/\bu k\b/g, 'united kingdom'],
  [/\bn z\b/g, 'new zealand'],
  [/\bgreat britain\b/g, 'united kingdom'],
  [/\bsouth korean\b/g, 'south korea'],
  [/\bnew zealand first\b/g, 'nzfirst'],
  [/\bnz first\b/g, 'nzfirst'],
  [/\bdepartment of state\b/g, 'state department'],
  [/\bus department of state\b/g, 'state department'],
];

/** One word → its canonical words: demonyms and short forms to the country, spokesman ≡ spokesperson … */
const WORDS: Readonly<Record<string, string>> = {
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  spokesperson: 'spokesperson',
  chairman: 'chair',
  chairwoman: 'chair',
  chairperson: 'chair',
  us: 'united states',
  usa: 'united states',
  american: 'united states',
  america: 'united states',
  uk: 'united kingdom',
  britain: 'united kingdom',
  british: 'united kingdom',
  un: 'united nations',
  nz: 'new zealand',
  australian: 'australia',
  japanese: 'japan',
  chinese: 'china',
  indian: 'india',
  fijian: 'fiji',
  tongan: 'tonga',
  samoan: 'samoa',
  indonesian: 'indonesia',
  russian: 'russia',
  ukrainian: 'ukraine',
  israeli: 'israel',
  egyptian: 'egypt',
  irish: 'ireland',
  canadian: 'canada',
  french: 'france',
  german: 'germany',
  greens: 'green',
  // "the Opposition's spokesman" vs owner "Opposition": both sides say opposition.
};

/** Words that carry no content in a title or an owner. `party` goes too: "National" ≡ "National Party". */
const STOP = new Set('of for the and to at in on a an s de party'.split(' '));

/** Words that may fill out an owner without changing whose office it is ("New Zealand Government" ≡ "New Zealand"). */
const OWNER_FILLER = new Set('government ministry department office federal republic kingdom'.split(' '));

/** Known country words: an owner the gold leaves null may still be predicted if it is one of these (lenient, see README). */
const COUNTRY_WORDS = new Set(
  'new zealand australia united states kingdom nations japan china india fiji tonga samoa indonesia russia ukraine israel egypt ireland canada france germany south korea solomon islands cook'.split(
    ' ',
  ),
);

function roleWords(text: string | null | undefined): string[] {
  if (!text) return [];
  let s = fold(text)
    .replace(/'s\b/g, '')
    .replace(/[.\-–—/,'()&]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [re, to] of PHRASES) s = s.replace(re, to);
  const out: string[] = [];
  for (const w of s.split(' ')) {
    if (!w || STOP.has(w)) continue;
    for (const x of (WORDS[w] ?? w).split(' ')) if (!out.includes(x)) out.push(x);
  }
  return out;
}

/**
 * A predicted role (title + owner, or a title with the owner inside it) is
 * right for a gold role when: every gold title word is among the predicted
 * words; the remaining predicted words (the predicted owner, however it was
 * written) are all gold owner words or owner filler, and share at least one
 * word with the gold owner; when the gold owner is null, the remaining words
 * may only be country words (the document does not state the owner; a
 * correct inference is not punished).
 */
function roleMatches(gold: GoldRole, title: string | null, of: string | null): boolean {
  if (!gold.title || !title) return false;
  const gt = roleWords(gold.title);
  const go = roleWords(gold.of);
  const pred = [...new Set([...roleWords(title), ...roleWords(of)])];
  if (!gt.every((w) => pred.includes(w))) return false;
  const rest = pred.filter((w) => !gt.includes(w));
  if (go.length === 0) return rest.every((w) => COUNTRY_WORDS.has(w) || OWNER_FILLER.has(w));
  return rest.every((w) => go.includes(w) || OWNER_FILLER.has(w)) && rest.some((w) => go.includes(w));
}

/** The title alone (owner ignored on both sides): the gold title words are all predicted, and nothing else but owner words. */
function titleMatches(gold: GoldRole, title: string | null, of: string | null): boolean {
  if (!gold.title || !title) return false;
  const gt = roleWords(gold.title);
  const owners = new Set([...roleWords(gold.of), ...roleWords(of)]);
  const pred = roleWords(title);
  return gt.every((w) => pred.includes(w)) && pred.every((w) => gt.includes(w) || owners.has(w) || COUNTRY_WORDS.has(w) || OWNER_FILLER.has(w));
}

/** Words Parley may put before a name in a mention span that the guideline leaves out (honorifics, ranks). */
const LEADING = new Set(
  'mr mrs ms miss dr sir dame lord lady hon rt right honourable honorable senator professor prof general gen air marshal commodore admiral colonel captain the'.split(' '),
);

/** A predicted span that is a gold span plus leading honorifics or ranks ("Mr Peters" for "Peters"). */
function sameUpToHonorifics(text: string, pred: Span, gold: Span): boolean {
  if (pred.end !== gold.end || pred.start > gold.start) return false;
  const extra = fold(text.slice(pred.start, gold.start)).split(/[\s.]+/).filter(Boolean);
  return extra.every((w) => LEADING.has(w));
}

// ---------------------------------------------------------------------------
// Locating gold mentions in Parley's text.

function locate(text: string, people: readonly GoldPerson[], warn: (m: string) => void): { span: Span; person: number }[] {
  const hay = text.replace(/[‘’]/g, "'");
  const found: { span: Span; person: number }[] = [];
  people.forEach((p, k) => {
    for (const m of p.mentions) {
      const needle = m.replace(/[‘’]/g, "'");
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
      let n = 0;
      for (const x of hay.matchAll(re)) {
        found.push({ span: { start: x.index, end: x.index + needle.length }, person: k });
        n++;
      }
      if (n === 0) warn(`gold mention "${m}" of ${p.name} is not in the normalised text`);
    }
  });
  found.sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start) || a.span.start - b.span.start);
  const kept: { span: Span; person: number }[] = [];
  for (const f of found) if (!kept.some((k) => f.span.start < k.span.end && k.span.start < f.span.end)) kept.push(f);
  return kept.sort((a, b) => a.span.start - b.span.start);
}

// ---------------------------------------------------------------------------
// Predicted people.

interface PredictedPerson {
  readonly id: string;
  readonly name: string;
  readonly spans: Span[];
  readonly texts: string[];
  role: string | null;
  roleOf: string | null;
}

type EntityOut = ExtractRecord['entities'][number] & { readonly roleOf?: string | null; readonly roleTense?: string | null };

/**
 * The role as the guideline writes it: a role the output marks `roleTense:
 * 'former'` ("former Prime Minister Helen Clark", "then Foreign Minister")
 * reads "former …" unless its title already says so. Without this the
 * output's tense was ignored and every former office scored as a wrong,
 * current one.
 */
function shownTitle(e: EntityOut): string | null {
  if (!e.role) return null;
  return e.roleTense === 'former' && !/\b(former|then|ex)\b/i.test(e.role) ? `former ${e.role}` : e.role;
}

function predictedPeople(record: ExtractRecord): PredictedPerson[] {
  const byId = new Map<string, PredictedPerson>();
  for (const raw of record.entities) {
    const e = raw as EntityOut;
    if (e.type !== 'person') continue;
    let p = byId.get(e.id);
    if (!p) {
      p = { id: e.id, name: e.name, spans: [], texts: [], role: null, roleOf: null };
      byId.set(e.id, p);
    }
    p.spans.push({ start: e.start, end: e.end });
    if (!p.texts.includes(e.text)) p.texts.push(e.text);
    if (p.role === null && e.role) {
      p.role = shownTitle(e);
      p.roleOf = e.roleOf ?? null;
    }
  }
  return [...byId.values()];
}

/** The gold person a predicted person is, or -1. */
function matchPerson(p: PredictedPerson, people: readonly GoldPerson[], goldSpans: readonly { span: Span; person: number }[]): number {
  const pw = nameWords(p.name);
  const exact = people.findIndex((g) => sameSet(nameWords(g.name), pw));
  if (exact >= 0) return exact;
  const part = people.flatMap((g, k) => {
    const gw = nameWords(g.name);
    return subset(pw, gw) || subset(gw, pw) ? [k] : [];
  });
  if (part.length === 1) return part[0]!;
  const byMention = new Set<number>();
  for (const s of p.spans) for (const g of goldSpans) if (s.start < g.span.end && g.span.start < s.end) byMention.add(g.person);
  if (byMention.size === 1) return [...byMention][0]!;
  return -1;
}

// ---------------------------------------------------------------------------
// Scoring.

interface Tally {
  docs: number;
  goldPeople: number;
  predPeople: number;
  matchedGold: number;
  spuriousPred: number;
  split: number;
  goldMentions: number;
  predMentions: number;
  rightMentions: number;
  /** Predicted mentions right once leading honorifics and ranks are allowed. */
  rightMentionsLoose: number;
  roleGold: number;
  roleRight: number;
  roleFound: number;
  titleRight: number;
}

const tally = (): Tally => ({
  docs: 0,
  goldPeople: 0,
  predPeople: 0,
  matchedGold: 0,
  spuriousPred: 0,
  split: 0,
  goldMentions: 0,
  predMentions: 0,
  rightMentions: 0,
  rightMentionsLoose: 0,
  roleGold: 0,
  roleRight: 0,
  roleFound: 0,
  titleRight: 0,
});

function add(into: Tally, x: Tally): void {
  for (const k of Object.keys(into) as (keyof Tally)[]) into[k] += x[k];
}


const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function row(label: string, t: Tally): string {
  // People: precision over predicted entities that are not splits; recall over gold people.
  const people = prf(t.goldPeople, t.predPeople - t.split, t.predPeople - t.split - t.spuriousPred, t.matchedGold);
  const mentions = prf(t.goldMentions, t.predMentions, t.rightMentions);
  const loose = prf(t.goldMentions, t.predMentions, t.rightMentionsLoose);
  const role = t.roleGold ? t.roleRight / t.roleGold : 0;
  const title = t.roleGold ? t.titleRight / t.roleGold : 0;
  return `| ${label.padEnd(10)} | ${String(t.docs).padStart(4)} | ${pct(people.precision)} | ${pct(people.recall)} | ${pct(people.f1)} | ${pct(mentions.precision)} | ${pct(mentions.recall)} | ${pct(mentions.f1)} | ${pct(loose.f1)} | ${pct(role)} (${String(t.roleRight).padStart(3)}/${String(t.roleGold).padStart(3)}) | ${pct(title)} |`;
}

const t0 = performance.now();
const files = readdirSync(args.docs)
  .filter((f) => extname(f) !== '.json' && !f.startsWith('.') && f !== 'README.md') // a set's README is no document
  .sort()
  .map((f) => join(args.docs, f));
const goldOf = new Map(files.map((f) => [f, JSON.parse(readFileSync(f.slice(0, -extname(f).length) + '.json', 'utf8')) as Gold]));

const records: ExtractRecord[] = [];
if (args.separate) for (const f of files) for await (const r of extractPaths([f], { includeText: true })) records.push(r);
else for await (const r of extractPaths(files, { includeText: true })) records.push(r);
const extractMs = performance.now() - t0;

const total = tally();
const perStyle = new Map<string, Tally>();
const roleMisses: string[] = [];
const peopleMisses: string[] = [];
const warnings: string[] = [];
const mentionMisses: string[] = [];

for (const record of records) {
  const gold = goldOf.get(record.path);
  if (!gold) throw new Error(`no gold for ${record.path}`);
  const doc = basename(record.path);
  for (const m of record.messages) if (m.severity === 'error') warnings.push(`${doc}: ${m.code} ${m.reason}`);
  const text = record.text ?? '';
  const t = tally();
  t.docs = 1;
  const goldSpans = locate(text, gold.people, (m) => warnings.push(`${doc}: ${m}`));
  const predicted = predictedPeople(record);

  // People.
  const matchOf = predicted.map((p) => matchPerson(p, gold.people, goldSpans));
  t.goldPeople = gold.people.length;
  t.predPeople = predicted.length;
  const seen = new Set<number>();
  const lines: string[] = [];
  predicted.forEach((p, k) => {
    const g = matchOf[k]!;
    if (g < 0) {
      t.spuriousPred++;
      lines.push(`  spurious: ${p.name} [${p.texts.join(' | ')}]`);
    } else if (seen.has(g)) {
      t.split++;
      lines.push(`  split:    ${p.name} [${p.texts.join(' | ')}] is also ${gold.people[g]!.name}`);
    } else seen.add(g);
  });
  t.matchedGold = seen.size;
  gold.people.forEach((g, k) => {
    if (!seen.has(k)) lines.unshift(`  missed:   ${g.name}${g.mentions.length ? ` [${g.mentions.join(' | ')}]` : ' (no mention in text)'}`);
  });
  if (lines.length) peopleMisses.push(`${doc}\n${lines.join('\n')}`);

  // Mentions.
  const predSpans = predicted.flatMap((p) => p.spans);
  const goldKeys = new Set(goldSpans.map((g) => `${g.span.start}:${g.span.end}`));
  const predKeys = new Set(predSpans.map((s) => `${s.start}:${s.end}`));
  t.goldMentions = goldKeys.size;
  t.predMentions = predKeys.size;
  t.rightMentions = [...predKeys].filter((k) => goldKeys.has(k)).length;
  {
    const uniq = [...new Map(predSpans.map((s) => [`${s.start}:${s.end}`, s])).values()];
    const used = new Set<number>();
    for (const p of uniq) {
      const g = goldSpans.findIndex((x, i) => !used.has(i) && sameUpToHonorifics(text, p, x.span));
      if (g >= 0) {
        used.add(g);
        t.rightMentionsLoose++;
      }
    }
  }
  if (args.verbose) {
    const show = (k: string) => {
      const [s, e] = k.split(':').map(Number);
      return `"${text.slice(s, e)}"@${s}`;
    };
    const missed = [...goldKeys].filter((k) => !predKeys.has(k)).map(show);
    const extra = [...predKeys].filter((k) => !goldKeys.has(k)).map(show);
    if (missed.length || extra.length) mentionMisses.push(`${doc}\n  gold only: ${missed.join(', ') || '-'}\n  predicted only: ${extra.join(', ') || '-'}`);
  }

  // Roles.
  gold.people.forEach((g, k) => {
    if (!g.title) return;
    t.roleGold++;
    const mine = predicted.filter((_, j) => matchOf[j] === k);
    const withRole = mine.filter((p) => p.role).sort((a, b) => b.spans.length - a.spans.length)[0];
    const title = withRole?.role ?? null;
    const of = withRole?.roleOf ?? null;
    if (mine.length) t.roleFound++;
    const right = [g, ...(g.alt ?? [])].some((r) => roleMatches(r, title, of));
    const titleRight = [g, ...(g.alt ?? [])].some((r) => titleMatches(r, title, of));
    if (titleRight) t.titleRight++;
    if (right) t.roleRight++;
    else {
      const gs = [g, ...(g.alt ?? [])].map((r) => `${r.title} / ${r.of ?? '—'}`).join(' or ');
      const ps = mine.length ? `${title ?? '—'} / ${of ?? '—'}` : '(person not found)';
      roleMisses.push(`${doc} | ${g.name} | ${gs} | ${ps}${titleRight ? '   [title right, owner wrong]' : ''}`);
    }
  });

  add(total, t);
  const st = perStyle.get(gold.style) ?? tally();
  add(st, t);
  perStyle.set(gold.style, st);
}

const header = [
  '| style      | docs | ppl P | ppl R | ppl F1 | men P | men R | men F1 | men F1 ±hon | role acc (title+owner) | title only |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
];
const out: string[] = [];
out.push(`# People and roles on scripts/entities-eval (${records.length} documents, ${args.separate ? 'one run per document' : 'one batch'})`, '');
out.push(...header, ...[...perStyle.entries()].sort().map(([s, t]) => row(s, t)), row('ALL', total), '');
out.push(
  `people: ${total.goldPeople} gold, ${total.predPeople} predicted entities (${total.split} splits of a matched person, ${total.spuriousPred} spurious), ${total.matchedGold} gold found`,
);
out.push(
  `mentions: ${total.goldMentions} gold, ${total.predMentions} predicted, ${total.rightMentions} exact, ${total.rightMentionsLoose} exact once leading honorifics/ranks are allowed ("men F1 ±hon": Parley's spans include "Mr", "Dame", "Hon", "General"; the guideline's do not)`,
);
out.push(
  `roles: ${total.roleGold} gold people with a stated role, ${total.roleFound} of them found, ${total.roleRight} with the right title and owner, ${total.titleRight} with the right title (owner ignored)`,
);
const hasRoleOf = records.some((r) => r.entities.some((e) => 'roleOf' in e));
out.push(`roleOf in the output: ${hasRoleOf ? 'yes' : 'no (owner compared only where the role string itself carries it)'}`, '');
if (warnings.length) out.push('## Gold warnings', '', ...warnings.map((w) => `- ${w}`), '');
out.push(`## Role misses (${roleMisses.length}): doc | person | gold title / owner | predicted title / owner`, '', ...roleMisses, '');
out.push(`## People misses per document`, '', ...peopleMisses, '');
if (args.verbose) out.push('## Mention misses', '', ...mentionMisses, '');
out.push(`extract ${(extractMs / 1000).toFixed(1)} s, total ${((performance.now() - t0) / 1000).toFixed(1)} s`);
process.stdout.write(`${out.join('\n')}\n`);
