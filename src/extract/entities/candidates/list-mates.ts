import type { Rules } from '../lexicon/index.js';
import { PUNCT, WORD, type Tok } from '../text/index.js';
import type { Candidate } from './candidate.js';

/** Items of one type a list needs before it retypes an odd one out: "Sydney, Wagga Wagga and Nowra" is too short to say. */
const MIN_MATES = 3;

/**
 * Names in one list are of one kind: "Canberra, Darwin, Sydney, Wagga Wagga,
 * Wodonga, Nowra and Toowoomba" are places, though the tagger calls "Wagga
 * Wagga" and "Wodonga" people; "BP, Caltex, Shell, Neumann Petroleum and
 * Freedom Fuels" are organisations. A name only the tagger typed takes the
 * type of two in three of the list's items, when that is at least MIN_MATES
 * items. A person is kept when the
 * name opens with a known given name ("Sydney, Melbourne and John Smith"
 * is odd, but it is a person). Nothing is retyped as a person: a list of
 * people with one town in it is as often a list of the places they stand for.
 */
export function withListMateTypes(candidates: readonly Candidate[], tokens: readonly Tok[], rules: Rules): Candidate[] {
  const out = candidates.slice();
  for (const run of listRuns(out, tokens)) {
    const type = dominantType(run.map((k) => out[k]!.type));
    if (type === null || type === 'person') continue;
    for (const k of run) {
      const c = out[k]!;
      if (c.type === type || c.via !== 'model') continue;
      if (c.type === 'person' && rules.givenNames.has(tokens[c.start]!.text)) continue;
      out[k] = { ...c, type };
    }
  }
  return out;
}

/** The type of at least MIN_MATES and two in three of the items, if one is. */
function dominantType(types: readonly Candidate['type'][]): Candidate['type'] | null {
  const counts = new Map<Candidate['type'], number>();
  for (const type of types) counts.set(type, (counts.get(type) ?? 0) + 1);
  for (const [type, count] of counts) if (count >= MIN_MATES && 3 * count >= 2 * types.length) return type;
  return null;
}

/** Runs of candidates (indexes into `candidates`, in order) joined by a comma, "and", "or" or ", and" alone. */
function listRuns(candidates: readonly Candidate[], tokens: readonly Tok[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  let closed = false; // the run has had its "and": one more item ends it
  for (let k = 0; k < candidates.length; k++) {
    const previous = run.length > 0 ? candidates[run[run.length - 1]!]! : null;
    const join = previous ? joiner(tokens, previous.end, candidates[k]!.start) : null;
    if (previous && join !== null && !closed) {
      run.push(k);
      closed = join === 'and';
    } else {
      if (run.length > 1) runs.push(run);
      run = [k];
      closed = false;
    }
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

/** What lies between two items of a list: a comma, "and"/"or" (", and"), or null for anything else. Read in place: it runs for every two candidates side by side. */
function joiner(tokens: readonly Tok[], from: number, to: number): 'comma' | 'and' | null {
  // An item's own "the" is not part of the joiner: "Cairns, The Hunter, Ipswich".
  const end = to - 1 > from && tokens[to - 1]!.key === 'the' ? to - 1 : to;
  const comma = (t: Tok) => t.kind === PUNCT && t.text === ',';
  const and = (t: Tok) => t.kind === WORD && (t.key === 'and' || t.key === 'or');
  if (end - from === 1) return comma(tokens[from]!) ? 'comma' : and(tokens[from]!) ? 'and' : null;
  if (end - from === 2 && comma(tokens[from]!) && and(tokens[from + 1]!)) return 'and';
  return null;
}
