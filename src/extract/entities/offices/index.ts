// Office titles in the text (offices.ts) and the words around them: owner and tense
// (role-phrases.ts; names the lists lack, as written: as-written.ts), the owner when unstated (owner.ts, document-country.ts, document-state.ts), titles
// shared by a list (coordinated-titles.ts) or dated (dated-titles.ts).
export { coordinatedTitles } from './coordinated-titles.js';
export { datedTitles } from './dated-titles.js';
export { datelineCountry, documentCountry, publisherOf, type DocumentCountry, type Publisher } from './document-country.js';
export { documentState, type DocumentState } from './document-state.js';
export { canonicalOfficeWith, findOffices, matchOffice, portfolioOfficeWith, prefixedOffice } from './offices.js';
export { existsIn, inferOwner, isPartyPost, ownsPost } from './owner.js';
export { buildRolePhrase, ownerEnding, type RolePhrase } from './role-phrases.js';
