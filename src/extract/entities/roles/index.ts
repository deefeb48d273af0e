// Roles given to people: titles next to names (roles.ts), occupations beside them (occupations.ts), lists of names
// (listed-names.ts), counterparts (counterpart.ts), a bare title's listed holder (named-holders.ts),
// the office a vague title's listed holder holds (vague-titles.ts), the venue of a meeting (venue.ts),
// a party named before a name (named-party.ts), organisations' own offices (org-owner.ts), portfolio lists (portfolio-lists.ts), and the role to show (primary-role.ts).
export { possessiveOwner } from './antecedent.js';
export { counterpartRoles } from './counterpart.js';
export { knownHoldersCountry, listedForAnother, withKnownHolders } from './known-holders.js';
export { namedHolderRoles, type TitleNamingNoOne } from './named-holders.js';
export { withNamedParties } from './named-party.js';
export { vagueTitleRoles } from './vague-titles.js';
export { dropOwnersInLongerNames, ownBracketedOffices, ownOrgOffices, withFullOwnerNames } from './org-owner.js';
export { outsideItems, portfolioLists, withoutPortfolioWords, type PortfolioLists } from './portfolio-lists.js';
export { byPreference, primaryRole } from './primary-role.js';
export { outsideNames, outsideRoles, ownerGiven, textRoles, type VagueTitle } from './roles.js';
export type { RoleDraft } from './role-draft.js';
export { withVenues } from './venue.js';
