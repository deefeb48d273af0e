import type { OfficeInfo } from '../lexicon/index.js';
import type { RoleEvidence, Tense } from '../types.js';

/** A role before its owner country is settled. Offsets are characters. */
export interface RoleDraft {
  readonly cluster: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly title: string;
  readonly info: OfficeInfo;
  /** Country or organisation the text states, or null. */
  readonly stated: string | null;
  readonly tense: Tense;
  readonly source: RoleEvidence['source'];
  /** Set when an unstated owner must stay unknown rather than be inferred (a counterpart is from the other side). */
  readonly ownerUnknown?: true;
  /** "its Leader", "their chairman": the owner is what the possessive points back to (antecedent.ts), if anything. */
  readonly possessive?: true;
  /** "the agency's director general": the noun the possessive points back with (RolePhrase.possessor). */
  readonly possessor?: string;
  /** Where the post is held ("Ambassador to Japan"), when the text says. */
  readonly host?: string;
  /** The owner the office-holders list gives this person for this office (known-holders.ts), when the text states none. */
  readonly known?: string;
  /** The one country every office the list knows this person in belongs to ("Barack Obama": United States), when `known` is not set. */
  readonly home?: string;
  /** "our High Commissioner": the document's country owns it, whatever the office (see RolePhrase.ours). */
  readonly ours?: true;
  /** The other country where the sentence meets the holder ("In Singapore he will meet Prime Minister Lee"): see venue.ts. */
  readonly venue?: string;
}
