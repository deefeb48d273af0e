/**
 * A speaker label opening a line of a transcript: "PRIME MINISTER:",
 * "JOURNALIST:", "PM:", "MITCHELL: Mr Rudd, good morning", "Subject:". Up to
 * four words, each starting with a capital or a digit, then a colon. Labels
 * say who speaks, not what is said, and their conventions change between eras
 * ("PRIME MINISTER" in 1998, "PM" in 2008), so they would otherwise top any
 * ranking. A heading such as "Iraq: the case" loses one word, a small price.
 * The colon must not start a URL ("Http://").
 */
const LABEL = /[\p{Lu}\p{Lt}][\p{L}\p{N}'’.-]*(?:[ \t]+[\p{Lu}\p{Lt}\p{N}][\p{L}\p{N}'’.-]*){0,3}[ \t]*:(?!\/)/uy;

/** A label is short: a colon farther than this from the line start is not one. */
const MAX_LABEL = 60;

/** Where the label starting at `start` ends (after its colon), or -1 when there is none. */
export function labelEnd(text: string, start: number): number {
  // Most lines are prose: look for a colon before a comma or a line end ends the label's chance, and only then run the regex.
  const end = Math.min(text.length, start + MAX_LABEL);
  let k = start;
  for (; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 58) break;
    if (c === 44 || c === 10 || c === 13 || c === 59 || c === 33 || c === 63 || c === 40 || c === 34) return -1;
  }
  if (k === end) return -1;
  LABEL.lastIndex = start;
  return LABEL.test(text) ? LABEL.lastIndex : -1;
}
