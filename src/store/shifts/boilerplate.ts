/**
 * Header and footer boilerplate, found from the data rather than listed:
 * datelines, "E&OE", "TRANSCRIPT OF THE PRIME MINISTER …", "PROOF ONLY",
 * "Listen to this speech (MP3 …)", greetings and sign-offs all sit at the
 * very start or end of their documents, while the words of real shifts are
 * spread through the text. A phrase most of whose occurrences fall in the
 * edge zones is furniture, and is never ranked.
 */

/** The edge zone at each end: this many characters … */
export const EDGE_CHARS = 300;
/** … but at most this share of the text, so a short release is not all edge. */
export const EDGE_SHARE = 0.15;

/**
 * A phrase spread evenly through the text has at most 2 × EDGE_SHARE = 30%
 * of its occurrences in the zones, and much less in long transcripts.
 */
export const DEFAULT_MAX_EDGE_SHARE = 0.5;

/** The size of each edge zone of a text this long. */
export const edgeZone = (length: number): number => Math.min(EDGE_CHARS, Math.floor(length * EDGE_SHARE));
