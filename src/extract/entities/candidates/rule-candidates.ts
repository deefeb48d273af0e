import type { Candidate } from './candidate.js';
import { STARTS_GAZETTEER, STARTS_GIVEN_NAME, STARTS_HONORIFIC, type Rules } from '../lexicon/index.js';
import { CLITIC, titleReachesName, PUNCT, WORD, type Tok } from '../text/index.js';
import { canOpenName, isNameWord, readName, skipHonorifics } from '../names/index.js';
import type { RolePhrase } from '../offices/index.js';

/** Gazetteer names (countries, places, organisations, well-known people), except inside office titles. */
export function gazetteerCandidates(tokens: readonly Tok[], rules: Rules, starts: Uint8Array, inOffice: Uint8Array, out: Candidate[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!(starts[i]! & STARTS_GAZETTEER) || inOffice[i]) continue;
    const m = rules.gazetteer.match(tokens, i);
    if (!m) continue;
    let covered = false;
    for (let k = i; k < m.end; k++) if (inOffice[k]) covered = true;
    if (covered) continue;
    const v = m.value;
    const acronym = m.end - i === 1 && t.text.length <= 3 && t.text === t.text.toUpperCase();
    out.push({
      start: i,
      end: m.end,
      type: v.type,
      via: 'gazetteer',
      confidence: v.kind === 'country' ? 0.95 : acronym ? 0.8 : 0.9,
      anchor: 'gazetteer',
      nameStart: i,
      gaz: v,
    });
    i = m.end - 1;
  }
}

/** "Mr Peters", "Rt Hon Winston Peters", "Dr. Ayesha Verrall", "Lt Gen Jane Doe": an honorific vouches for the name after it. */
export function honorificCandidates(tokens: readonly Tok[], rules: Rules, starts: Uint8Array, inOffice: Uint8Array, out: Candidate[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!(starts[i]! & STARTS_HONORIFIC) || !t.cap || inOffice[i]) continue;
    const nameStart = skipHonorifics(tokens, i, rules);
    // "Mr Speaker", "Madam President": the chair addressed by office, nobody's name.
    if (nameStart === i || inOffice[nameStart]) continue;
    // "His Majesty King Tupou VI": an office among the honorifics ("King") starts a title's name of its own, which takes the role.
    if (inOffice.subarray(i, nameStart).includes(1)) continue;
    // A rank is also an ordinary word ("Major changes", "General Assembly"): only a name after it makes it a title.
    const end = readName(tokens, nameStart, rules, true);
    if (end === nameStart) continue;
    // "DR Congo", "King George Island": a place or organisation that opens with an honorific's spelling.
    const gaz = rules.gazetteer.match(tokens, i);
    if (gaz && gaz.end >= end && gaz.value.kind !== 'person') continue;
    out.push({ start: i, end, type: 'person', via: 'rule', confidence: 0.95, anchor: 'honorific', nameStart, gaz: null });
    i = end - 1;
  }
}

/** "Foreign Minister Winston Peters", "US Secretary of State, Antony Blinken": a name right after an office title. */
export function titleCandidates(tokens: readonly Tok[], text: string, rules: Rules, phrases: readonly RolePhrase[], out: Candidate[]): void {
  // Where honorific + name candidates end: a title there is written after a name ("Hon John Howard MP"), not before one.
  const nameEnds = new Set(out.filter((c) => c.anchor === 'honorific').map((c) => c.end));
  for (const p of phrases) {
    if (nameEnds.has(p.start) && rules.postNominals.has(tokens[p.start]!.text)) continue;
    let j = p.end;
    if (tokens[j]?.kind === PUNCT && tokens[j]!.text === ',') j++;
    // "Miles Hurrell (Chief Executive, Fonterra)": in brackets, what follows the comma is the title's owner.
    if (j > p.end && tokens[p.start - 1]?.kind === PUNCT && tokens[p.start - 1]!.text === '(') continue;
    const afterHonorifics = skipHonorifics(tokens, j, rules);
    // A title vouches only inside its own sentence: an interview's "PRIME MINISTER" label is not followed by a name in "Well, …".
    if (tokens[afterHonorifics]?.sentence !== tokens[p.end - 1]?.sentence) continue;
    // A title does not vouch for a month or an opener ("The Prime Minister Monday …"); an honorific does,
    // and so does a family name that is also an opener before another name word ("Vice Premier He Lifeng").
    const first = tokens[afterHonorifics];
    const openerSurname = first !== undefined && rules.openerSurnames.has(first.text) && tokens[afterHonorifics + 1] !== undefined && isNameWord(tokens[afterHonorifics + 1]!, rules);
    const end = readName(tokens, afterHonorifics, rules, afterHonorifics > j || openerSurname);
    if (end === afterHonorifics) continue;
    // Nor across lines, but from or to a heading: a list item's title is not the next item's name.
    if (!titleReachesName(p, afterHonorifics, end, tokens, text, rules)) continue;
    // "the Foreign Minister Ukraine had sent": a place or organisation is not a name.
    const gaz = rules.gazetteer.match(tokens, afterHonorifics);
    if (gaz && gaz.end === end && gaz.value.kind !== 'person') continue;
    // Only a single name word after a comma is too weak: "the President, Congress …".
    if (j > p.end && end - afterHonorifics < 2 && afterHonorifics === j) continue;
    // A title in the plural names a list ("Foreign Ministers Penny Wong and Winston Peters"); before one name
    // alone it is no title of that name ("league leaders Arsenal", "division leaders PSV Eindhoven").
    if (p.office.plural && !(tokens[end]?.key === 'and' || tokens[end]?.text === ',' || tokens[end]?.text === '&')) continue;
    out.push({ start: j, end, type: 'person', via: 'rule', confidence: 0.95, anchor: 'title', nameStart: afterHonorifics, gaz: null });
  }
}

/** "Kurt Campbell", "Helen Clark": a listed given name and at least one more name word, away from other capitalised words. */
export function givenNameCandidates(tokens: readonly Tok[], rules: Rules, starts: Uint8Array, inOffice: Uint8Array, out: Candidate[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!(starts[i]! & STARTS_GIVEN_NAME) || !t.cap || inOffice[i] || !rules.givenNames.has(t.text)) continue;
    const prev = tokens[i - 1];
    if (prev && prev.kind === WORD && prev.cap && !prev.sentenceStart && prev.sentence === t.sentence && !inOffice[i - 1]) continue;
    if (!canOpenName(t, rules, false)) continue;
    const end = readName(tokens, i, rules);
    if (end - i < 2) continue;
    out.push({ start: i, end, type: 'person', via: 'rule', confidence: 0.75, anchor: 'given-name', nameStart: i, gaz: null });
    i = end - 1;
  }
}

/**
 * Marks the tokens each office title covers, with its portfolio ("Minister of Commerce and Industry").
 * A country the title's words take after the office ("the special envoy for Burundi, John Smith")
 * stays unmarked: it is a mention as much as the posting in "Ambassador to Japan" is. Not when a
 * capitalised word follows ("Special Envoy for Syria Geir Pedersen": the mark keeps the name from
 * taking the country in), nor an electorate ("MP for Tāmaki Brooke van Velden"), for the same reason.
 */
export function officeMask(tokens: readonly Tok[], phrases: readonly RolePhrase[], rules: Rules): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  for (const p of phrases) {
    // "Queen’s Park", "King’s College": a monarch's title that is also an honorific, before a possessive, names a place or body.
    if (tokens[p.titleEnd]?.kind === CLITIC && (rules.honorifics.match(tokens, p.office.start)?.end ?? -1) >= p.titleEnd) continue;
    mask.fill(1, p.office.start, p.titleEnd);
    for (let k = p.office.end; k < p.titleEnd; k++) {
      const m = rules.gazetteer.match(tokens, k);
      const next = tokens[m?.end ?? k];
      if (!m || m.end > p.titleEnd || m.value.kind !== 'country' || (next?.kind === WORD && next.cap)) continue;
      mask.fill(0, k, m.end);
      k = m.end - 1;
    }
  }
  return mask;
}
