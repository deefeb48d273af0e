// The lexicon (../model/*.json, lexicon.ts) and the lookups compiled from it once per
// stage: `Rules` (compile.ts) over phrase tables (phrase-table.ts).
export { compileLexicon, type GazValue, type OfficeInfo, PLURAL_TITLE_WORD, type Rules, startBits, STARTS_GAZETTEER, STARTS_GIVEN_NAME, STARTS_HONORIFIC, STARTS_OFFICE } from './compile.js';
export { DEFAULT_LEXICON, type EntityLexicon, type OfficeFlag } from './lexicon.js';
export { holderKey, type HolderTerm, type OfficeTerm } from './holders.js';
