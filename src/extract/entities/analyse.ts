import type { Document } from '../../core/index.js';
import { linkAcronyms, withGivenNameBeforeInitial, withListMateTypes, candidateName, type Candidate, resolveOverlaps, linkShortForms, gazetteerCandidates, givenNameCandidates, honorificCandidates, officeMask, titleCandidates, taggerCandidates, type NerSpanLike } from './candidates/index.js';
import { startBits, type Rules } from './lexicon/index.js';
import { counterpartRoles, possessiveOwner, namedHolderRoles, withNamedParties, withFullOwnerNames, vagueTitleRoles, type TitleNamingNoOne, knownHoldersCountry, withKnownHolders, listedForAnother, withVenues, dropOwnersInLongerNames, outsideItems, ownBracketedOffices, ownOrgOffices, outsideNames, outsideRoles, ownerGiven, portfolioLists, textRoles, withoutPortfolioWords, type RoleDraft } from './roles/index.js';
import { datedTitles, datelineCountry, documentCountry, documentState, type DocumentCountry, type DocumentState, existsIn, isPartyPost, publisherOf, findOffices, inferOwner, buildRolePhrase, type RolePhrase } from './offices/index.js';
import { authorOffice, bestName, clusterPersons, labelOf, type LabelledAuthor, namesInRemovedHeaders, namesInTitle, personMention, sameName, speakerLabels, splitPersonCandidates, withSpeakerLabels, type PersonCluster, type PersonMention, type SpeakerLabel } from './coreference/index.js';
import { entityKey, nameFold, stripPossessive } from './names/index.js';
import { CLITIC, listNumbersForward, markSentences, tokenizeText, WORD, type Tok } from './text/index.js';
import type { DocumentEntity, EntitiesOutput, EntityMention, OfficeMention, RoleEvidence } from './types.js';

/** Tags the given sentences; null without a tagger. */
export type TagSentences = (sentences: readonly { start: number; end: number }[]) => readonly NerSpanLike[] | null;

/** Everything the stage finds in one document. */
export function analyse(doc: Document, sentences: readonly { start: number; end: number }[], tag: TagSentences, rules: Rules): EntitiesOutput {
  const { text, meta } = doc;
  const tokens = tokenizeText(text);
  markSentences(tokens, sentences);
  const spans = tag(sentencesWithNames(tokens, text, sentences, rules));
  const starts = startBits(tokens, rules);
  const offices = findOffices(tokens, rules, starts);
  const phrases = datedTitles(offices.map((o) => buildRolePhrase(tokens, o, rules, text)), tokens, meta.published, rules);
  const inOffice = officeMask(tokens, phrases, rules);

  const candidates: Candidate[] = [];
  gazetteerCandidates(tokens, rules, starts, inOffice, candidates);
  honorificCandidates(tokens, rules, starts, inOffice, candidates);
  titleCandidates(tokens, text, rules, phrases, candidates);
  givenNameCandidates(tokens, rules, starts, inOffice, candidates);
  if (spans) taggerCandidates(tokens, spans, rules, inOffice, candidates);
  const labels = speakerLabels(tokens, text, rules, labelledAuthor(meta, rules));
  const merged = retypeNamesakes(withListMateTypes(resolveOverlaps(withSpeakerLabels(candidates, labels, tokens, rules), tokens.length), tokens, rules), tokens, text, outsideNames(meta, rules));
  const accepted = withGivenNameBeforeInitial(linkShortForms(linkAcronyms(merged, tokens, text, rules), tokens, text, rules, inOffice), tokens, text, rules);

  const taken = new Uint8Array(tokens.length);
  for (const c of accepted) taken.fill(1, c.start, c.end);
  const counts = new Map<string, number>();
  for (const c of accepted) if (c.gaz?.kind === 'country') counts.set(c.gaz.name, (counts.get(c.gaz.name) ?? 0) + 1);
  const dateline = datelineCountry(text, (start, end) => {
    const c = accepted.find((a) => (a.gaz?.kind === 'place' || a.gaz?.kind === 'country') && tokens[a.start]!.start === start && tokens[a.end - 1]!.end === end);
    return c?.gaz?.kind === 'country' ? c.gaz.name : (c?.gaz?.country ?? null);
  });
  // A title the reader left in the text (a date in it keeps it from being a headline) still names the publisher.
  const publisher = publisherOf(doc.messages, rules, meta.title ?? firstLine(text));
  const stated = documentCountry(meta, counts, rules, dateline, publisher);

  const persons = splitPersonCandidates(accepted.filter((c) => c.type === 'person'), tokens, rules).map((c) => personMention(c, tokens, text)).filter((m) => m.words.length > 0);
  const found = clusterPersons(persons, outsideNames(meta, rules), tokens, taken, rules, [...namesInTitle(meta.title, rules), ...namesInRemovedHeaders(doc.messages, rules)]);

  // Where the speaker labels and their names start ("MR HOWARD:", "PREMIER CARPENTER:").
  const labelled = new Set(labels.filter((l) => l.kind === 'name').flatMap((l) => [l.start, l.nameStart ?? l.start]));
  const lists = portfolioLists(found, tokens, text, rules, publisher, labelled);
  const { clusters, drafts: listed } = withoutPortfolioWords(found, lists);
  const owned = outsideItems(ownBracketedOffices(ownOrgOffices(dropOwnersInLongerNames(phrases, accepted), accepted, tokens, text, rules), accepted, tokens, text), lists.items);
  const { drafts, used, vague } = textRoles(clusters, owned, tokens, text, rules);
  drafts.push(...vagueTitleRoles(vague, clusters, text, rules, meta.published));
  drafts.push(...listed);
  drafts.push(...outsideRoles(meta, clusters, tokens, rules, drafts));
  drafts.push(...authorRoles(meta, text, clusters, tokens, rules, labels, (info) => inferOwner(info, stated, counts, rules)));
  // "PRIME MINISTER ARDERN: Chris is now our Minister of Education" in an Australian transcript: another speaker's "our".
  const othersTurn = turnOfAnother(labels, tokens, clusters, authorOffice(meta, rules)?.name ?? null, rules);
  // An organisation's "our" office ("Our leader, Simon Bridges" in a party's speech) is the publisher's, as any party post is.
  const ours = (info: RoleDraft['info'], host: string | undefined, at: number, country: DocumentCountry | null, speakers: readonly RoleDraft[] = []) => {
    const turn = othersTurn(at);
    if (turn) {
      // A speaker with no country of their own in a publisher's transcript ("MR PRICE:" at a State Department briefing) speaks for the publisher.
      const theirs = info.flags.has('org') ? null : (speakerCountry(turn.speaker, speakers, rules) ?? (country?.from === 'publisher' ? country.name : null));
      return theirs === null || theirs === host ? null : theirs;
    }
    return info.flags.has('org') ? inferOwner(info, country, counts, rules, host, undefined, publisher) : ourCountry(host, country, counts);
  };
  const unnamed = titlesNamingNoOne(owned, used, tokens);
  drafts.push(...namedHolderRoles(officeMentionsOf(unnamed, tokens, text, (p) => p.of ?? (p.ours ? ours(p.office.info, p.host, tokens[p.start]!.start, stated) : inferOwner(p.office.info, stated, counts, rules, p.host, undefined, publisher))), clusters, drafts, rules, meta.published));
  drafts.push(...counterpartRoles(clusters, drafts, tokens, text, rules, owned.filter((p) => !used.has(p)), meta.published));
  // A party's release speaks of its own people: a party post the text leaves unowned is the party's, given as a
  // front-matter role is, so linking never weighs it against the country the person serves in office.
  const partyPost = (d: RoleDraft) => publisher?.party === true && d.stated === null && !d.ownerUnknown && !d.ours && d.host === undefined && isPartyPost(d.title, d.info) && PARTY_OWN_POSTS.test(d.title);
  const partied = withFullOwnerNames(withNamedParties(drafts, clusters, tokens, rules), accepted, tokens, text).map((d) => (partyPost(d) ? { ...d, stated: publisher!.name } : d));
  shareStatedOwners(partied);
  const known = withKnownHolders(partied, clusters, rules, meta.published);
  // A document nothing else places: the country its known office holders serve, if they mostly serve one.
  const held = stated === null ? knownHoldersCountry(known, rules) : null;
  const country: DocumentCountry | null = held === null ? stated : { name: held, from: 'holders' };
  const placed = withVenues(known, accepted, tokens, rules, country);
  // A state office nothing else owns ("the Premier, Roger Cook") is the state the document is in, in that state's country.
  // Read only when such an office is found: most documents have none.
  let inState: DocumentState | null | undefined;
  const stateOwner = (d: RoleDraft) => {
    if (!d.info.flags.has('local') || d.host !== undefined || country === null) return null;
    inState ??= documentState(tokens, meta.title, rules);
    return inState && country.name === inState.country ? inState.state : null;
  };
  // An inferred owner the office-holders list contradicts (someone else held that office there that month) is
  // none, and so is the state the same evidence would give.
  const inferred = (d: RoleDraft) => {
    const owner = inferOwner(d.info, country, counts, rules, d.host, d.venue, publisher);
    if (owner === null) return stateOwner(d);
    return listedForAnother(d, owner, clusters[d.cluster]!, rules, meta.published) ? null : owner;
  };
  const owners = settleOwners(placed, (d) => d.stated ?? d.known ?? (d.ours ? ours(d.info, d.host, d.start, country, known) : d.ownerUnknown ? (d.possessive ? possessiveOwner(accepted, tokens, text, d.start, d.possessor) : null) : homeOwner(d, rules) ?? inferred(d)));
  const officeMentions = officeMentionsOf(unnamed, tokens, text, (p) => p.of ?? (p.ours ? ours(p.office.info, p.host, tokens[p.start]!.start, country) : inferOwner(p.office.info, country, counts, rules, p.host, undefined, publisher))).map(({ start, end, text, office }) => ({ start, end, text, office }));

  const output = assemble(text, tokens, accepted.filter((c) => c.type !== 'person'), clusters, placed, owners, officeMentions, country, rules.leadingHonorific);
  if (labels.length === 0) return output;
  const labelSpans = labels.map((l) => ({ start: tokens[l.start]!.start, end: tokens[l.end - 1]!.end, text: text.slice(tokens[l.start]!.start, tokens[l.end - 1]!.end), kind: l.kind }));
  return { ...output, speakerLabels: labelSpans };
}

/** The text's first line, at most 200 characters. */
function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return text.slice(0, end === -1 ? 200 : Math.min(200, end));
}

/** A listed person's one country, for an office it has that the text leaves unowned (`RoleDraft.home`). */
function homeOwner(d: RoleDraft, rules: Rules): string | null {
  if (d.home === undefined || d.host !== undefined || d.info.flags.has('org') || d.info.flags.has('noinfer') || d.info.flags.has('vague')) return null;
  return existsIn(d.info, d.home, rules) ? d.home : null;
}

/** The author as a speaker label may name him ("PRIME MINISTER HOWARD:"), from the metadata. */
function labelledAuthor(meta: Document['meta'], rules: Rules): LabelledAuthor | null {
  const author = authorOffice(meta, rules);
  return author ? { office: author.office.title, surname: nameFold(author.name.split(' ').at(-1)!) } : null;
}

/**
 * Whether the character offset lies in a transcript turn whose label names
 * someone other than the document's author ("PRIME MINISTER ARDERN:" in
 * Turnbull's transcript): there "our" is that speaker's country, which the
 * document does not give. A label naming nobody ("JOURNALIST:") is no other.
 */
function turnOfAnother(labels: readonly SpeakerLabel[], tokens: readonly Tok[], clusters: readonly PersonCluster[], author: string | null, rules: Rules): (at: number) => Turn | null {
  if (labels.length === 0) return () => null;
  // A label with a title before the name ("PRIME MINISTER ARDERN") is no mention itself: its words are matched to the people's surnames.
  const authorIndex = author === null ? -1 : clusters.findIndex((c) => c.outside.some((o) => sameName(o, author)));
  const surnames = new Map<string, number>();
  const noteSurname = (name: string, index: number) => {
    const last = nameFold(name.split(' ').at(-1)!);
    if (!surnames.has(last) || index === authorIndex) surnames.set(last, index);
  };
  // Loops, not a spread of mapped arrays: those threw the function out of optimised code (see personGender).
  clusters.forEach((c, index) => {
    for (const name of c.outside) noteSurname(name, index);
    for (const m of c.mentions) noteSurname(m.name, index);
  });
  const authorSurname = author === null ? null : nameFold(author.split(' ').at(-1)!);
  const turns = labels.map((l) => {
    let another = false;
    let speaker = -1;
    for (let k = l.start; k < l.end; k++) {
      const index = surnames.get(nameFold(tokens[k]!.text));
      if (index !== undefined && index !== authorIndex) {
        another = true;
        speaker = index;
      }
    }
    // "PRIME MINISTER TĀKUTA:" with no other mention of Tākuta: a name after the title that is not the author's.
    const office = rules.offices.match(tokens, l.start);
    if (office && office.end < l.end && !tokens.slice(office.end, l.end).some((t) => nameFold(t.text) === authorSurname)) another = true;
    return { at: tokens[l.start]!.start, another, speaker };
  });
  return (at) => {
    let turn: Turn | null = null;
    for (const t of turns) {
      if (t.at > at) break;
      turn = t.another ? t : null;
    }
    return turn;
  };
}

/** A turn of a speaker other than the document's author: where it starts, and the speaker's cluster when the label names one (else -1). */
interface Turn {
  readonly at: number;
  readonly another: boolean;
  readonly speaker: number;
}

/** Posts a party's release gives its own people: leaders, MPs, spokespeople, candidates (not an organisation's Secretary-General or Chair). */
const PARTY_OWN_POSTS = /^(?:(?:Deputy )?Leader|Co-leader|Deputy Co-leader|Member of Parliament|(?:State |Federal )?Member for |Spokesperson|Candidate)|(?:Spokesperson|Candidate)$/;

/** A country owner itself; an organisation's country the lists give ("State Department": United States); else null. */
function countryOfOwner(owner: string, rules: Rules): string | null {
  if (rules.countryByName.has(owner)) return owner;
  const tokens = tokenizeText(owner);
  const org = rules.gazetteer.match(tokens, 0);
  return org && org.end === tokens.length && org.value.kind === 'org' ? org.value.country : null;
}

/**
 * "SECRETARY CLINTON: … our Ambassador to Fiji, Frankie Reed": in another
 * speaker's turn, "our" is the speaker's country, when one country owns
 * every office the document gives the speaker (as stated or as the
 * office-holders list has it).
 */
function speakerCountry(speaker: number, drafts: readonly RoleDraft[], rules: Rules): string | null {
  if (speaker < 0) return null;
  const owners = new Set<string>();
  for (const d of drafts) {
    if (d.cluster !== speaker) continue;
    const owner = d.stated ?? d.known ?? null;
    const country = owner === null ? null : countryOfOwner(owner, rules);
    if (country !== null) owners.add(country);
  }
  const [only] = owners;
  return owners.size === 1 ? only! : null;
}

/**
 * Whose "our" post is: the document's country, unless the post is held
 * there ("Our Ambassador to New Zealand, Tom Udall" in a US statement about
 * New Zealand): then the one other country the text names most, if one
 * does (a tie says nothing).
 */
function ourCountry(host: string | undefined, country: DocumentCountry | null, counts: ReadonlyMap<string, number>): string | null {
  if (!country) return null;
  if (host !== country.name) return country.name;
  let best: string | null = null;
  let first = 0;
  let tied = false;
  for (const [name, n] of counts) {
    if (name === host || n < first) continue;
    tied = n === first;
    if (n > first) [best, first] = [name, n];
  }
  return tied ? null : best;
}

/**
 * The author the metadata names (a PM transcript's prime minister) holds the
 * office it gives, as a byline role; and a speaker's label that is that
 * office alone ("PRIME MINISTER:") is a mention of the author, with the role
 * (its owner the one the metadata's role gets, so never inferred).
 */
function authorRoles(meta: Document['meta'], text: string, clusters: readonly PersonCluster[], tokens: readonly Tok[], rules: Rules, labels: readonly SpeakerLabel[], owner: (info: RoleDraft['info']) => string | null): RoleDraft[] {
  const author = authorOffice(meta, rules);
  if (!author) return [];
  const index = clusters.findIndex((c) => c.outside.some((o) => sameName(o, author.name)));
  if (index === -1) return [];
  const cluster = clusters[index]!;
  const { office } = author;
  const of = owner(office);
  const drafts: RoleDraft[] = [];
  for (const l of labels) {
    if (l.kind !== 'office' || l.office?.title !== office.title) continue;
    cluster.mentions.push(labelOf(l, author.name));
    const start = tokens[l.start]!.start;
    const end = tokens[(l.nameStart ?? l.end) - 1]!.end;
    drafts.push({ cluster: index, start, end, text: text.slice(start, end), title: office.title, info: office, stated: of, tense: 'current', source: 'pattern' });
  }
  const first = cluster.mentions.reduce((at, m) => Math.min(at, tokens[m.start]!.start), Infinity);
  const at = Number.isFinite(first) ? first : 0;
  drafts.unshift({ cluster: index, start: at, end: at, text: '', title: office.title, info: office, stated: null, tense: 'current', source: 'byline' });
  return drafts;
}

/**
 * The sentences worth the tagger's time: those with a capitalised word after
 * the first, or a first word that is not a common sentence opener. The rest
 * ("He said it was good.") can hold no name the tagger would find, and the
 * tagger is by far the slowest part of the stage.
 */
function sentencesWithNames(tokens: readonly Tok[], text: string, sentences: readonly { start: number; end: number }[], rules: Rules): { start: number; end: number }[] {
  const keep = new Uint8Array(sentences.length);
  for (const t of tokens) {
    if (t.sentence < 0 || keep[t.sentence] || t.kind !== WORD || !t.cap) continue;
    if (!t.sentenceStart || !rules.openers.has(t.text)) keep[t.sentence] = 1;
  }
  // A list item's number goes back to its item (text/list-numbers.ts); a sentence that was only a number is gone.
  // A loop, not filter(): the call on the returned array kept sending this function back to the interpreter.
  const moved = listNumbersForward(tokens, text, sentences);
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < moved.length; i++) {
    const s = moved[i]!;
    if (keep[i] && s.start < s.end) out.push(s);
  }
  return out;
}

/**
 * The tagger often calls a lone surname an organisation ("Peters said …"
 * tagged ORG). A span only the tagger typed as organisation or place that
 * spells a person's full name or surname found elsewhere in the document
 * (or in the front matter) is that person.
 */
function retypeNamesakes(accepted: Candidate[], tokens: readonly Tok[], text: string, outside: readonly string[]): Candidate[] {
  const names = new Set<string>();
  const add = (name: string) => {
    const words = name.split(' ');
    if (words.length < 2) return;
    names.add(nameFold(name));
    names.add(nameFold(words[words.length - 1]!));
  };
  for (const c of accepted) if (c.type === 'person') add(personMention(c, tokens, text).name);
  for (const n of outside) add(n);
  if (names.size === 0) return accepted;
  return accepted.map((c) => {
    if (c.type === 'person' || c.via !== 'model') return c;
    const spelled = nameFold(stripPossessive(text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end)));
    return names.has(spelled) ? { ...c, type: 'person' } : c;
  });
}

/**
 * "Minister of Foreign Affairs Winston Peters" early in a story and "New
 * Zealand foreign minister Winston Peters" later: a title the same person
 * holds with a stated owner elsewhere in the document has that owner
 * wherever it is unstated, when the document states only one. Inference
 * never gets to guess (and to collide with a foreign counterpart's guess).
 */
function shareStatedOwners(drafts: RoleDraft[]): void {
  const stated = new Map<string, Set<string>>();
  for (const d of drafts) {
    if (d.stated === null) continue;
    const key = `${d.cluster}|${d.title}`;
    (stated.get(key) ?? stated.set(key, new Set()).get(key)!).add(d.stated);
  }
  drafts.forEach((d, k) => {
    if (d.stated !== null || d.ownerUnknown) return;
    const owners = stated.get(`${d.cluster}|${d.title}`);
    if (owners?.size === 1) drafts[k] = { ...d, stated: [...owners][0]! };
  });
}

/**
 * Each draft's owner country. One-holder offices ("Prime Minister") cannot
 * have two holders in one country in one document: when inferred owners
 * collide ("Prime Minister Luxon" and "Prime Minister Albanese" in a New
 * Zealand release), the inferred ones become null; stated ones and the front
 * matter's stay, and so do those the office-holders list gives.
 */
function settleOwners(drafts: readonly RoleDraft[], owner: (d: RoleDraft) => string | null): (string | null)[] {
  const owners = drafts.map(owner);
  const holders = new Map<string, Set<number>>();
  drafts.forEach((d, k) => {
    const of = owners[k];
    if (!of || d.tense !== 'current' || !d.info.flags.has('one')) return;
    const key = `${d.title}|${of}`;
    (holders.get(key) ?? holders.set(key, new Set()).get(key)!).add(d.cluster);
  });
  return drafts.map((d, k) => {
    const of = owners[k] ?? null;
    if (!of || ownerGiven(d) || d.known !== undefined || d.ours) return of;
    const set = holders.get(`${d.title}|${of}`);
    return set && set.size > 1 ? null : of;
  });
}

/**
 * "the Foreign Minister", "the US Secretary of State", "New Zealand's Defence
 * Minister": a definite title with no name, a current office only. Generic
 * uses ("a New Zealand prime minister", "his Foreign Minister counterparts")
 * name no one and are left out.
 */
function titlesNamingNoOne(phrases: readonly RolePhrase[], used: ReadonlySet<RolePhrase>, tokens: readonly Tok[]): RolePhrase[] {
  return phrases.filter((p) => {
    if (used.has(p) || p.tense !== 'current' || p.office.info.flags.has('vague')) return false;
    const before = tokens[p.start - 1];
    let possessive = false;
    for (let k = p.start; k < p.office.start; k++) if (tokens[k]!.kind === CLITIC) possessive = true;
    if (!possessive && !(before && before.kind === WORD && before.key === 'the')) return false;
    const next = tokens[p.end];
    return !(next && next.kind === WORD && next.cap && next.sentence === tokens[p.start]!.sentence);
  });
}

/** Office mentions of those titles, each with its owner. */
function officeMentionsOf(titles: readonly RolePhrase[], tokens: readonly Tok[], text: string, owner: (p: RolePhrase) => string | null): TitleNamingNoOne[] {
  return titles.map((p) => {
    const start = tokens[p.start]!.start;
    const end = tokens[p.end - 1]!.end;
    return { start, end, text: text.slice(start, end), office: { title: p.office.title, of: owner(p) }, info: p.office.info, ownerStated: p.of !== null };
  });
}

interface Draft {
  readonly mention: Omit<EntityMention, 'entity'>;
  readonly group: string;
}

function assemble(
  text: string,
  tokens: readonly Tok[],
  others: readonly Candidate[],
  clusters: readonly PersonCluster[],
  drafts: readonly RoleDraft[],
  owners: readonly (string | null)[],
  officeMentions: OfficeMention[],
  country: ReturnType<typeof documentCountry>,
  leadingHonorific: Rules['leadingHonorific'],
): EntitiesOutput {
  const groups = new Map<string, { type: DocumentEntity['type']; name: string; roles: RoleEvidence[]; gender?: 'f' | 'm'; weak?: true }>();
  const mentionDrafts: Draft[] = [];
  const span = (s: number, e: number) => ({ start: tokens[s]!.start, end: tokens[e - 1]!.end, text: text.slice(tokens[s]!.start, tokens[e - 1]!.end) });
  for (const c of others) {
    const at = span(c.start, c.end);
    const name = candidateName(c, tokens, text);
    const group = `${c.type}|${name.toLowerCase()}`;
    if (!groups.has(group)) groups.set(group, { type: c.type, name, roles: [] });
    mentionDrafts.push({ mention: { type: c.type, ...at, via: c.via, confidence: round(c.confidence) }, group });
  }
  clusters.forEach((cluster, index) => {
    const name = cluster.ambiguous ? cluster.mentions[0]!.name : bestName(cluster);
    const group = `person#${index}`;
    groups.set(group, { type: 'person', name, roles: [], ...(cluster.gender ? { gender: cluster.gender } : {}), ...(cluster.weak ? { weak: true as const } : {}) });
    for (const m of cluster.mentions) mentionDrafts.push({ mention: personMentionOut(m, span, leadingHonorific), group });
    // Named only by the metadata (a transcript's author, a release's minister): an empty span at the start.
    if (cluster.mentions.length === 0) mentionDrafts.push({ mention: { type: 'person', start: 0, end: 0, text: '', via: 'metadata', confidence: 0.95 }, group });
  });
  drafts.forEach((d, k) => {
    const g = groups.get(`person#${d.cluster}`);
    if (!g) return;
    const of = owners[k] ?? null;
    const stated: RoleEvidence = { title: d.title, of, text: d.text, start: d.start, end: d.end, source: d.source, tense: d.tense };
    // Added last, and only when true, so the fields before it keep their order and meaning.
    const role: RoleEvidence = of !== null && !ownerGiven(d) ? { ...stated, ofInferred: true } : stated;
    if (!g.roles.some((r) => r.start === role.start && r.end === role.end && r.title === role.title && r.source === role.source)) g.roles.push(role);
  });

  mentionDrafts.sort((a, b) => a.mention.start - b.mention.start || a.mention.end - b.mention.end);
  const order: string[] = [];
  const seen = new Set<string>();
  for (const d of mentionDrafts) if (!seen.has(d.group)) seen.add(d.group) && order.push(d.group);
  const indexOf = new Map(order.map((g, i) => [g, i]));
  // Fields spelled out, in the order the spread would give them: spreading is slow on a hot path.
  const mentions: EntityMention[] = mentionDrafts.map(({ mention: { type, start, end, text, via, confidence }, group }) => ({ type, start, end, text, via, confidence, entity: indexOf.get(group)! }));
  const entities: DocumentEntity[] = order.map((g) => {
    const { type, name, roles, gender, weak } = groups.get(g)!;
    const entity: DocumentEntity = { type, name, key: entityKey(type, name), roles: sortRoles(roles), mentions: [] as number[] };
    // Added last, and only when known, so the fields before them keep their order.
    return gender || weak ? { ...entity, ...(gender ? { gender } : {}), ...(weak ? { weak } : {}) } : entity;
  });
  mentions.forEach((m, i) => (entities[m.entity]!.mentions as number[]).push(i));
  return { mentions, entities, officeMentions, country };
}

const TENSE_ORDER = { current: 0, future: 1, former: 2 } as const;

/** Current roles first, each group in document order. */
function sortRoles(roles: RoleEvidence[]): RoleEvidence[] {
  return roles.sort((a, b) => TENSE_ORDER[a.tense] - TENSE_ORDER[b.tense] || a.start - b.start || a.end - b.end);
}

/** A person's mention is the name: "Mr Peters" is the mention "Peters" (the honorific has done its work by now). */
function personMentionOut(
  m: PersonMention,
  span: (s: number, e: number) => { start: number; end: number; text: string },
  leadingHonorific: (text: string) => number,
): Omit<EntityMention, 'entity'> {
  const at = span(m.start, m.end);
  const cut = leadingHonorific(at.text);
  return { type: 'person', start: at.start + cut, end: at.end, text: at.text.slice(cut), via: m.via, confidence: round(m.confidence) };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
