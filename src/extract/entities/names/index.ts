// Names as strings (names.ts: canonical forms, keys, surnames) and as tokens
// (read-name.ts: where a person's name opens and ends).
// familiar.ts: given names in their familiar forms ("Bob" for "Robert").
export { canonicalName, entityKey, foldDiacritics, inCapitals, mendBrokenGivenName, nameFold, nameFromCapitals, slugify, stripHonorifics, stripPossessive, surnameOf } from './names.js';
export { canOpenName, isNameWord, readName, skipHonorifics, skipHonorificsBack, skipSeatBack } from './read-name.js';
export { FAMILIAR_FORMS, formalGiven } from './familiar.js';
