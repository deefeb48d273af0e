// Possible mentions (candidate.ts) from rules (rule-candidates.ts) and the tagger
// (tagger-candidates.ts), overlaps resolved (merge.ts), the odd one out of a list
// retyped (list-mates.ts), acronyms and short forms
// linked to the names they stand for (acronyms.ts, short-forms.ts).
export { linkAcronyms } from './acronyms.js';
export { type Candidate, candidateName } from './candidate.js';
export { resolveOverlaps } from './merge.js';
export { gazetteerCandidates, givenNameCandidates, honorificCandidates, officeMask, titleCandidates } from './rule-candidates.js';
export { withListMateTypes } from './list-mates.js';
export { linkShortForms } from './short-forms.js';
export { withGivenNameBeforeInitial } from './initials.js';
export { type EntityTagger, type NerSpanLike, taggerCandidates } from './tagger-candidates.js';
