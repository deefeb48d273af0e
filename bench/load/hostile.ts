// The abusive client's requests: queries built to make the full-text engine,
// the facet counts or the pager do as much work as a single request can ask
// for. A correct server answers each fast, or refuses it (400), or gives up
// within its time budget (503); it never lets one stall the other clients.
import { COMMON_WORDS, PHRASES, WORDS } from './vocabulary.js';

export interface HostileRequest {
  /** Short label for the report. */
  readonly name: string;
  readonly path: string;
}

/** The API refuses longer queries; the cases that mean to reach the engine stay within it. */
const MAX_Q = 1000;

const search = (params: Record<string, string | readonly string[]>, endpoint: 'search' | 'facets' = 'search'): string => {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const one of typeof value === 'string' ? [value] : value) query.append(key, one);
  }
  return `/api/${endpoint}?${query}`;
};

/** Joins words with `separator` for as long as the result fits in `max` characters. */
function fill(words: readonly string[], separator: string, max: number): string {
  let out = '';
  for (let i = 0; ; i += 1) {
    const next = out === '' ? (words[i % words.length] as string) : `${out}${separator}${words[i % words.length]}`;
    if (next.length > max) return out;
    out = next;
  }
}

function deepParentheses(depth: number): string {
  return `${'('.repeat(depth)}trade OR china${')'.repeat(depth)}`;
}

/** Every filter the search takes, at once. */
const EVERY_FILTER = {
  from: '1901-01-01',
  to: '2099-12-31',
  source: ['AU PM transcripts', 'Beehive', 'nobody'],
  kind: ['release', 'news', 'speech', 'other'],
  minister: ['Howard, John', 'Keating, Paul', 'Hawke, Robert'],
  portfolio: ['Prime Minister', 'Foreign Affairs'],
  person: ['person:john-howard', 'person:paul-keating'],
  org: ['org:united-nations', 'org:apec'],
  place: ['place:china', 'place:indonesia', 'place:japan'],
  sort: 'date',
  limit: '200',
};

export function hostileRequests(): readonly HostileRequest[] {
  const orCommon = COMMON_WORDS.join(' OR ');
  const cases: HostileRequest[] = [
    { name: '`a* ` ×300', path: search({ q: 'a* '.repeat(300) }) },
    { name: '`a* ` ×300, cut to 1000 chars', path: search({ q: 'a* '.repeat(300).slice(0, MAX_Q) }) },
    { name: '`ab* ` ×200 (fits)', path: search({ q: 'ab* '.repeat(200).trim() }) },
    { name: '150 common words ORed', path: search({ q: orCommon }) },
    { name: 'common words ORed, cut to 1000 chars', path: search({ q: fill(COMMON_WORDS, ' OR ', MAX_Q) }) },
    { name: 'common words ORed (facets)', path: search({ q: fill(COMMON_WORDS, ' OR ', MAX_Q) }, 'facets') },
    { name: '`a*`', path: search({ q: 'a*' }) },
    { name: '`a*` (facets)', path: search({ q: 'a*' }, 'facets') },
    { name: '`th*` sorted by date, limit 200', path: search({ q: 'th*', sort: 'date', limit: '200' }) },
    { name: 'parentheses 8 deep', path: search({ q: deepParentheses(8) }) },
    { name: 'parentheses 200 deep', path: search({ q: deepParentheses(200) }) },
    { name: 'parentheses unbalanced ×400', path: search({ q: '('.repeat(400) }) },
    { name: 'phrase of 150 common words', path: search({ q: `"${fill(COMMON_WORDS, ' ', MAX_Q - 2)}"` }) },
    { name: '24 phrases ANDed', path: search({ q: PHRASES.map((p) => `"${p}"`).join(' ') }) },
    { name: 'offset 1,000,000', path: search({ q: 'the', offset: '1000000' }) },
    { name: 'offset 999,999, no query, limit 200', path: search({ offset: '999999', limit: '200' }) },
    { name: 'offset 2^53', path: search({ q: 'trade', offset: '9007199254740993' }) },
    { name: 'NEAR junk', path: search({ q: 'NEAR(trade china, 5) trade NEAR/3 china ^trade {title text}: trade "trade"* col:trade' }) },
    { name: 'FTS5 syntax junk', path: search({ q: 'trade AND NOT OR * "" ^ : - ( ) NEAR' }) },
    { name: 'every filter at once', path: search({ q: 'the OR trade', ...EVERY_FILTER }) },
    { name: 'every filter at once (facets)', path: search({ q: 'the OR trade', ...EVERY_FILTER }, 'facets') },
    { name: '1000-char query of topical words', path: search({ q: fill(WORDS, ' ', MAX_Q) }) },
    { name: '1000-char OR of topical words', path: search({ q: fill(WORDS, ' OR ', MAX_Q) }) },
    { name: '1000-char OR of topical prefixes', path: search({ q: fill(WORDS.map((w) => `${w.slice(0, 2)}*`), ' OR ', MAX_Q) }) },
    { name: '1000 chars of punctuation', path: search({ q: '–&*"()-:'.repeat(125) }) },
    { name: '1000 chars, one word', path: search({ q: 'x'.repeat(MAX_Q) }) },
    { name: '1001-char query', path: search({ q: 'y'.repeat(MAX_Q + 1) }) },
    { name: 'entities search `%%%…`', path: `/api/entities?${new URLSearchParams({ search: '%'.repeat(200) })}` },
    { name: 'entities search `_`, limit 200', path: `/api/entities?${new URLSearchParams({ search: '_', limit: '200' })}` },
    { name: 'entity, 1000 documents', path: '/api/entities/place:australia?limit=1000&coMentioned=200' },
    { name: 'reuse offset 2^53', path: '/api/reuse?offset=9007199254740991' },
    { name: 'reuse minShare 0, limit max', path: '/api/reuse?minShare=0&limit=1000' },
  ];
  return Object.freeze(cases);
}
