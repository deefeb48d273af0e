import { candidateName, type Candidate } from '../candidates/index.js';
import type { Rules } from '../lexicon/index.js';
import type { RoleDraft } from './role-draft.js';
import { isPartyPost, ownsPost, type RolePhrase } from '../offices/index.js';
import { CLITIC, PUNCT, WORD, type Tok } from '../text/index.js';

/**
 * Offices of organisations whose owner the name lists do not know: "HRPP
 * leader Tuilaepa", "National leader Christopher Luxon", "the BJP (Bharatiya
 * Janata Party) leader". The owner is the organisation mention found just
 * before the title, whatever found it (the tagger, an acronym defined in the
 * text), so a party the lists have never heard of still owns its leader.
 * Also MPs and spokespeople (`isPartyPost`), and a party's short name from
 * `partyShortNames` ("National MP"), which is read nowhere else. Only offices
 * left without an owner: a country's office ("Foreign Minister") is never
 * given to an organisation this way.
 */
/** Posts any organisation has, owned by the one named before them ("National Republican Senatorial Committee Chairman Roger Wicker", "Fonterra Chief Executive Miles Hurrell"). */
const BODY_POSTS: ReadonlySet<string> = new Set(['Chair', 'Deputy Chair', 'Chief Executive', 'Managing Director', 'Director-General', 'Executive Director']);

export function ownOrgOffices(phrases: readonly RolePhrase[], accepted: readonly Candidate[], tokens: readonly Tok[], text: string, rules: Rules): RolePhrase[] {
  const orgEndingAt = new Map<number, Candidate>();
  for (const c of accepted) if (c.type === 'org') orgEndingAt.set(c.end, c);
  return phrases.map((p) => {
    const bodyPost = BODY_POSTS.has(p.office.title);
    if (p.of !== null || (p.start !== p.office.start && !p.portfolioBefore) || !(bodyPost || isPartyPost(p.office.title, p.office.info))) return p;
    const end = ownerEnd(tokens, p.start);
    const org = orgEndingAt.get(end);
    if (org && tokens[org.start]!.sentence === tokens[p.start]!.sentence) {
      const name = candidateName(org, tokens, text);
      const of = rules.partyShortNames.get(name) ?? name;
      return bodyPost || ownsPost(of, p.office.title, p.office.info, rules) ? { ...p, start: org.start, of } : p;
    }
    if (bodyPost) return p;
    // "National MP", "National's foreign affairs spokesperson": a party's short name, read here only.
    const word = tokens[end - 1];
    const party = word && word.kind === WORD && word.sentence === tokens[p.start]!.sentence ? rules.partyShortNames.get(word.text) : undefined;
    return party && ownsPost(party, p.office.title, p.office.info, rules) ? { ...p, start: end - 1, of: party } : p;
  });
}

/**
 * "Miles Hurrell (Chief Executive, Fonterra)", "(Ambassador, Japan)": a
 * bracketed title, a comma, then an organisation or country closing the
 * bracket, which owns the title.
 */
export function ownBracketedOffices(phrases: readonly RolePhrase[], accepted: readonly Candidate[], tokens: readonly Tok[], text: string): RolePhrase[] {
  const isPunct = (k: number, s: string) => tokens[k]?.kind === PUNCT && tokens[k]!.text === s;
  const ownerAt = new Map<number, Candidate>();
  for (const c of accepted) if (c.type !== 'person' && isPunct(c.end, ')')) ownerAt.set(c.start, c);
  return phrases.map((p) => {
    if (p.of !== null || !isPunct(p.start - 1, '(') || !isPunct(p.end, ',')) return p;
    const owner = ownerAt.get(p.end + 1);
    return owner ? { ...p, end: owner.end, of: candidateName(owner, tokens, text) } : p;
  });
}

/** Where the owner's name would end before a title at `at`: past "party", a possessive or a bracketed acronym. */
function ownerEnd(tokens: readonly Tok[], at: number): number {
  let k = at;
  if (tokens[k - 1]?.kind === WORD && tokens[k - 1]!.key === 'party') k--;
  // "Bharatiya Janata Party (BJP) leader": the bracket restates the name.
  if (tokens[k - 1]?.kind === PUNCT && tokens[k - 1]!.text === ')' && tokens[k - 3]?.kind === PUNCT && tokens[k - 3]!.text === '(') k -= 3;
  if (tokens[k - 1]?.kind === CLITIC) k--;
  return k;
}

/**
 * "the Chairman of the China Banking Reform Commission, Liu Mingkang": the
 * country the title's "of" found is the start of a longer name, so it owns
 * nothing. A phrase whose last words lie inside a longer organisation or
 * place mention that starts after the title loses that owner.
 */
export function dropOwnersInLongerNames(phrases: readonly RolePhrase[], accepted: readonly Candidate[]): RolePhrase[] {
  return phrases.map((p) => {
    if (p.of === null || p.end <= p.office.end) return p;
    const longer = accepted.some((c) => c.type !== 'person' && c.start >= p.office.end && c.start < p.end && c.end > p.end);
    return longer ? { ...p, end: p.office.end, of: null } : p;
  });
}

/**
 * "John Allen, the Ministry's chief executive", "The Foundation's chair":
 * an owner written as one capitalised word is the organisation the
 * document names in full with that last word ("Ministry of Foreign Affairs
 * and Trade" has none; "Pacific Cooperation Foundation" ends in it), when
 * it names exactly one; else it stays as written.
 */
export function withFullOwnerNames(drafts: readonly RoleDraft[], accepted: readonly Candidate[], tokens: readonly Tok[], text: string): RoleDraft[] {
  const lone = drafts.filter((d) => d.stated !== null && /^\p{Lu}\p{Ll}+$/u.test(d.stated));
  if (lone.length === 0) return [...drafts];
  const full = new Map<string, Set<string>>();
  for (const c of accepted) {
    if (c.type !== 'org' || c.end - c.start < 2) continue;
    // "Ministry of Foreign Affairs and Trade", "Reserve Bank of New Zealand": the head word is the one before "of".
    let of = c.start + 1;
    while (of < c.end && tokens[of]!.key !== 'of') of++;
    const head = tokens[of - 1]!.text;
    (full.get(head) ?? full.set(head, new Set()).get(head)!).add(candidateName(c, tokens, text));
  }
  return drafts.map((d) => {
    const names = d.stated !== null ? full.get(d.stated) : undefined;
    return names && names.size === 1 ? { ...d, stated: [...names][0]! } : d;
  });
}
